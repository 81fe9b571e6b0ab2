import type { APIRoute, GetStaticPaths } from 'astro';
import { articleChecks } from '../../lib/article-checks';
import { articleShareCard } from '../../lib/article-share';
import { loadSite } from '../../lib/site';
import { withCacheKeys } from '../../lib/view-digest';
import { prerenderShareImages, shareImageCached } from '../../lib/share-image-cache';
import type { ShareCard } from '../../lib/share-card';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles, cards } = await loadSite();
  const shares = articles.map((article) => ({
    slug: article.slug,
    card: articleShareCard(article, articleChecks(article, cards)),
  }));
  await prerenderShareImages(shares.map((share) => share.card));
  return withCacheKeys(shares.map(({ slug, card }) => ({ params: { slug }, props: { card } })));
};

/** The article's share image (og:image), rendered at build time and cached by content hash. */
export const GET: APIRoute = async ({ props }) => {
  const png = await shareImageCached((props as { card: ShareCard }).card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
