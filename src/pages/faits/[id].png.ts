import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardFor } from '../../lib/fact-pages';
import { loadSite } from '../../lib/site';
import { withCacheKeys } from '../../lib/view-digest';
import { prerenderShareImages, shareImageCached } from '../../lib/share-image-cache';
import type { ShareCard } from '../../lib/share-card';

export const getStaticPaths: GetStaticPaths = async () => {
  const { factPages } = await loadSite();
  // The image's props are the card it draws, nothing more: its cache key digests what the image
  // shows, and a change elsewhere on the fact's page leaves the image reused.
  const shares = factPages.map((page) => ({ id: page.id, card: shareCardFor(page) }));
  // Astro asks every route for its paths before rendering any page: queue the missing images now,
  // so worker threads render them while the HTML pages are being rendered.
  await prerenderShareImages(shares.map((share) => share.card));
  return withCacheKeys(shares.map(({ id, card }) => ({ params: { id }, props: { card } })));
};

/** The page's share image (og:image), rendered at build time and cached by content hash. */
export const GET: APIRoute = async ({ props }) => {
  const png = await shareImageCached((props as { card: ShareCard }).card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
