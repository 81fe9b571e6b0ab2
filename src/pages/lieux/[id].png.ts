import { entityImageRoute } from '../../lib/entity-image-route';

// The share image of each page of /lieux/ (og:image).
export const { getStaticPaths, GET } = entityImageRoute('places');
