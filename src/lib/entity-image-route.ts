import type { APIRoute, GetStaticPaths } from 'astro';
import { entityCards, entityShareCard, type EntityCard } from './entity-cards';
import type { EntityCollection } from './entity-index';
import { loadSite } from './site';
import { withCacheKeys } from './view-digest';
import { prerenderShareImages, shareImageCached } from './share-image-cache';

/**
 * The share images of one collection's pages (`/acteurs/<id>.png`…), rendered at build time and
 * cached by content hash, like the fact cards'. One route per directory, one definition here.
 */
export function entityImageRoute(collection: EntityCollection): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  return {
    getStaticPaths: async () => {
      const cards = entityCards(await loadSite()).filter((card) => card.collection === collection);
      await prerenderShareImages(cards.map(entityShareCard));
      return withCacheKeys(cards.map((card) => ({ params: { id: card.id }, props: { card } })));
    },
    GET: async ({ props }) => {
      const png = await shareImageCached(entityShareCard((props as { card: EntityCard }).card));
      return new Response(png, { headers: { 'Content-Type': 'image/png' } });
    },
  };
}
