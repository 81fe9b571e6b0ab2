import { externalHref } from './safe-url';
import type { TimelineItem } from './timeline';
import { toIso } from './partial-date';
import type { CardSource, FactCard } from './cards';
import { siteName } from './nav';
import { verdictRatings } from '../vocabulary/verdicts';

/** schema.org NewsArticle for an article page. */
export function newsArticleLd(article: CardSource & { summary: string }, site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.dateIso,
    inLanguage: 'fr',
    url: new URL(article.url, site).href,
    publisher: { '@type': 'Organization', name: siteName },
  };
}

/**
 * schema.org for a fact card: the Claim (the fact, its quotation, the article it appears in); a
 * checked fact is a ClaimReview of that claim, with the verdict as its rating.
 */
export function factCardLd(card: FactCard, site: URL, dateModified?: string): Record<string, unknown> {
  const article = {
    '@type': 'NewsArticle',
    headline: card.source.title,
    datePublished: card.source.dateIso,
    url: new URL(card.source.url, site).href,
  };
  const claim = {
    '@type': 'Claim',
    name: card.value ? `${card.title} : ${card.value}` : card.title,
    inLanguage: 'fr',
    isBasedOn: article,
    appearance: article,
    firstAppearance: article,
    citation: { '@type': 'Quotation', text: card.quote.text, isPartOf: article },
  };
  const common = {
    '@context': 'https://schema.org',
    url: new URL(card.url, site).href,
    inLanguage: 'fr',
    image: new URL(card.imageUrl, site).href,
  };
  if (!card.check)
    return {
      ...common,
      ...claim,
      ...(dateModified
        ? { mainEntityOfPage: { '@type': 'WebPage', url: new URL(card.url, site).href, dateModified } }
        : {}),
    };
  const rating = verdictRatings[card.check.verdict];
  return {
    ...common,
    '@type': 'ClaimReview',
    name: `Vérification : ${card.title}`,
    // A ClaimReview is a CreativeWork: it says when what it shows last changed, and only then.
    ...(dateModified ? { dateModified } : {}),
    claimReviewed: card.quote.sentence,
    itemReviewed: claim,
    author: { '@type': 'Organization', name: siteName },
    reviewBody: card.check.summary,
    reviewRating: {
      '@type': 'Rating',
      alternateName: card.check.verdictLabel,
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
    },
    citation: card.check.sources.map((source) => ({
      '@type': 'CreativeWork',
      url: externalHref(source.url),
      publisher: { '@type': 'Organization', name: source.publisher },
      datePublished: source.dateIso,
      inLanguage: source.lang,
    })),
  };
}

/** schema.org Event for a researched event, citing its sources (and the articles that report it). */
export function eventLd(item: TimelineItem, site: URL, dateModified?: string): Record<string, unknown> {
  return {
    // Only when something the page shows was corrected; an Event has no date of its own for that,
    // its page (a WebPage, a CreativeWork) does.
    ...(dateModified
      ? { mainEntityOfPage: { '@type': 'WebPage', url: new URL(item.url, site).href, dateModified } }
      : {}),
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    url: new URL(item.url, site).href,
    inLanguage: 'fr',
    image: new URL(`/faits/${item.id}.png`, site).href,
    ...(item.start ? { startDate: toIso(item.start) } : {}),
    ...(item.end ? { endDate: toIso(item.end) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: item.context?.areaText ?? item.areas.join(', ') },
    subjectOf: [
      ...item.sources.map((page) => ({
        '@type': 'CreativeWork',
        url: externalHref(page.url),
        ...(page.lang ? { inLanguage: page.lang } : {}),
      })),
      ...item.mentions.map((mention) => ({
        '@type': 'NewsArticle',
        headline: mention.articleTitle,
        url: new URL(mention.articleUrl, site).href,
      })),
    ],
  };
}
