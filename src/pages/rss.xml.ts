import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site';
import { siteDescription, siteName } from '../lib/nav';
import { FEED_LATEST } from '../lib/article-lists';

/** Feed of the latest articles, newest first (feed readers poll it: it must not grow forever). */
export const GET: APIRoute = async (context) => {
  const { articles } = await loadSite();
  return rss({
    title: siteName,
    description: siteDescription,
    site: context.site!,
    // The feed names its own address (RSS Advisory Board, W3C feed validator): readers that were
    // handed a copy or a redirect subscribe to the real one.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>fr-FR</language>',
      `<atom:link href="${new URL('/rss.xml', context.site).href}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.slice(0, FEED_LATEST).map((article) => ({
      title: article.title,
      description: article.summary,
      link: article.url,
      // Noon UTC: the feed's RFC 822 date then names the publication day in every time zone from UTC−11 to UTC+11.
      pubDate: new Date(`${article.dateIso}T12:00:00Z`),
    })),
  });
};
