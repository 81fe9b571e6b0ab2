import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site';
import { siteDescription, siteName } from '../lib/nav';
import { FEED_LATEST } from '../lib/article-lists';
import { feedChannel } from '../lib/feed-channel';
import { urls } from '../lib/urls';

/** Feed of the latest articles, newest first (feed readers poll it: it must not grow forever). */
export const GET: APIRoute = async (context) => {
  const { articles } = await loadSite();
  return rss({
    title: siteName,
    description: siteDescription,
    site: context.site!,
    ...feedChannel(urls.feed(), context.site!),
    items: articles.slice(0, FEED_LATEST).map((article) => ({
      title: article.title,
      description: article.summary,
      link: article.url,
      // Noon UTC: the feed's RFC 822 date then names the publication day in every time zone from UTC−11 to UTC+11.
      pubDate: new Date(`${article.dateIso}T12:00:00Z`),
    })),
  });
};
