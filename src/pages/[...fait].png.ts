import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardFor, type FactPage } from '../lib/fact-pages';
import { loadSite } from '../lib/site';
import { prerenderShareImages, shareImageCached } from '../lib/share-image-cache';

/**
 * Share images (og:image) at /faits/<id>.png, rendered at build time and cached by content hash.
 *
 * A catch-all route on purpose, though every path is under /faits/: Astro asks every route for
 * its paths before rendering any page, then renders catch-all routes last. So the images queued
 * here render in worker threads while the main thread renders the HTML pages, and this route
 * mostly finds them done instead of waiting for each one in turn.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { factPages } = await loadSite();
  await prerenderShareImages(factPages.map(shareCardFor));
  return factPages.map((page) => ({ params: { fait: `faits/${page.id}` }, props: { page } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await shareImageCached(shareCardFor((props as { page: FactPage }).page));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
