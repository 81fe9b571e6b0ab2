import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site';
import { siteName } from '../../lib/nav';
import { urls } from '../../lib/urls';
import { feedChannel } from '../../lib/feed-channel';

/** Feed of the corrections, newest first: a reader who relied on a fact learns it changed. */
export const GET: APIRoute = async (context) => {
  const { corrections } = await loadSite();
  return rss({
    title: `${siteName} : rectificatifs`,
    description:
      'Chaque correction d’un fait affiché par le site : ce qui était dit, ce qui l’est désormais, et pourquoi.',
    site: context.site!,
    ...feedChannel(urls.correctionsFeed(), context.site!),
    items: corrections.map((correction) => ({
      title: `Rectificatif du ${correction.dateText} : ${correction.factTitle}`,
      description: `Ce que disait la fiche : ${correction.before} Ce qu’elle dit désormais : ${correction.after} Pourquoi : ${correction.why}`,
      // The card itself: @astrojs/rss would put the trailing slash after a fragment.
      link: correction.factUrl,
      // One guid per correction: a second correction of the same fact is a new item.
      customData: `<guid isPermaLink="false">${urls.absolute(correction.factUrl, context.site!)}#rectificatif-${correction.dateIso}-${correction.field}</guid>`,
      // Noon UTC: the RFC 822 date names the correction's day in every time zone from UTC−11 to UTC+11.
      pubDate: new Date(`${correction.dateIso}T12:00:00Z`),
    })),
  });
};
