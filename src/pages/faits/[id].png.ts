import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardFor, type FactPage } from '../../lib/fact-pages';
import { loadSite } from '../../lib/site';
import { withCacheKeys } from '../../lib/view-digest';
import { prerenderShareImages, shareImageCached } from '../../lib/share-image-cache';

export const getStaticPaths: GetStaticPaths = async () => {
  const { factPages } = await loadSite();
  // Astro asks every route for its paths before rendering any page: queue the missing images now,
  // so worker threads render them while the HTML pages are being rendered.
  await prerenderShareImages(factPages.map(shareCardFor));
  return withCacheKeys(factPages.map((page) => ({ params: { id: page.id }, props: { page } })));
};

/** The page's share image (og:image), rendered at build time and cached by content hash. */
export const GET: APIRoute = async ({ props }) => {
  const png = await shareImageCached(shareCardFor((props as { page: FactPage }).page));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
