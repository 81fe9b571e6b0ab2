import { entityImageRoute } from '../../lib/entity-image-route';

// The share image of each page of /acteurs/ (og:image).
export const { getStaticPaths, GET } = entityImageRoute('actors');
