import { entityImageRoute } from '../../lib/entity-image-route';

// The share image of each page of /appareils/ (og:image).
export const { getStaticPaths, GET } = entityImageRoute('aircraft');
