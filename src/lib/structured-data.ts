import { externalHref } from './safe-url';
import type { TimelineItem } from './timeline';
import { toIso } from '../dates/partial-date';
import type { CardSource, FactCard } from './cards';
import type { CheckView } from './claim-checks';
import type { LocatedQuote } from './quotes';
import { urls } from './urls';
import { siteName } from './nav';
import { verdictRatings } from '../vocabulary/verdicts';
// schema.org's own vocabulary as types: a misnamed property or a value of the wrong type fails
// `astro check`, as a structured-data validator would flag it.
import type { Claim, ClaimReview, Event as SchemaEvent, NewsArticle, WithContext } from 'schema-dts';

/** schema.org NewsArticle for an article page; `dateModified` only when a fact it shows was corrected. */
export function newsArticleLd(
  article: Pick<CardSource, 'title' | 'url' | 'dateIso'> & { summary: string; imageUrl: string },
  site: URL,
  dateModified?: string,
): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.dateIso,
    ...(dateModified ? { dateModified } : {}),
    inLanguage: 'fr',
    url: urls.absolute(article.url, site),
    image: urls.absolute(article.imageUrl, site),
    publisher: { '@type': 'Organization', name: siteName },
  };
}

/** A claim of an article as schema.org sees it: the words, where they appear, and the card that shows them. */
interface ClaimOfArticle {
  /** The card's URL. */
  readonly url: string;
  readonly imageUrl: string;
  /** What the claim is about: « Durée de la mission : 8 heures ». */
  readonly name: string;
  readonly quote: LocatedQuote;
  readonly article: { readonly title: string; readonly dateIso: string; readonly url: string };
  readonly check: CheckView | undefined;
}

/**
 * The Claim (the fact, its quotation, the article it appears in); a checked claim is a
 * ClaimReview of it, with the verdict as its rating.
 */
function claimLd(
  claim: ClaimOfArticle,
  site: URL,
  dateModified?: string,
): WithContext<Claim> | WithContext<ClaimReview> {
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    headline: claim.article.title,
    datePublished: claim.article.dateIso,
    url: urls.absolute(claim.article.url, site),
  };
  const item: Claim = {
    '@type': 'Claim',
    name: claim.name,
    inLanguage: 'fr',
    isBasedOn: article,
    appearance: article,
    firstAppearance: article,
    citation: { '@type': 'Quotation', text: claim.quote.text, isPartOf: article },
  };
  const common = {
    '@context': 'https://schema.org' as const,
    url: urls.absolute(claim.url, site),
    inLanguage: 'fr',
    image: urls.absolute(claim.imageUrl, site),
  };
  if (!claim.check)
    return {
      ...common,
      ...item,
      ...(dateModified
        ? { mainEntityOfPage: { '@type': 'WebPage', url: urls.absolute(claim.url, site), dateModified } }
        : {}),
    };
  const rating = verdictRatings[claim.check.verdict];
  return {
    ...common,
    '@type': 'ClaimReview',
    name: `Vérification : ${claim.name}`,
    // A ClaimReview is a CreativeWork: it says when what it shows last changed, and only then.
    ...(dateModified ? { dateModified } : {}),
    claimReviewed: claim.quote.sentence,
    itemReviewed: item,
    author: { '@type': 'Organization', name: siteName },
    reviewBody: claim.check.summary,
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.check.verdictLabel,
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
    },
    citation: claim.check.sources.map((source) => ({
      '@type': 'CreativeWork',
      url: externalHref(source.url),
      publisher: { '@type': 'Organization', name: source.publisher },
      datePublished: source.dateIso,
      inLanguage: source.lang,
    })),
  };
}

/** schema.org for a fact card: its claim, reviewed when the newsroom has checked it. */
export function factCardLd(
  card: FactCard,
  site: URL,
  dateModified?: string,
): WithContext<Claim> | WithContext<ClaimReview> {
  return claimLd(
    {
      url: card.url,
      imageUrl: card.imageUrl,
      name: card.value ? `${card.title} : ${card.value}` : card.title,
      quote: card.quote,
      article: card.source,
      check: card.check,
    },
    site,
    dateModified,
  );
}

/**
 * schema.org for a researched event's card: the Event, then a ClaimReview of each article's
 * account of it the newsroom has checked (the card shows them: one real event, one card).
 */
export function eventCardLd(
  item: TimelineItem,
  site: URL,
  dateModified?: string,
): (WithContext<SchemaEvent> | WithContext<Claim> | WithContext<ClaimReview>)[] {
  return [
    eventLd(item, site, dateModified),
    ...item.mentions
      .filter((mention) => mention.check)
      .map((mention) =>
        claimLd(
          {
            url: item.url,
            imageUrl: urls.factImage(item.id),
            name: `${item.title} : ce qu’en dit l’article du ${mention.articleDateText}`,
            quote: mention.quote,
            article: {
              title: mention.articleTitle,
              dateIso: mention.articleDateIso,
              url: mention.articleUrl,
            },
            check: mention.check,
          },
          site,
          dateModified,
        ),
      ),
  ];
}

/** schema.org Event for a researched event, citing its sources (and the articles that report it). */
function eventLd(item: TimelineItem, site: URL, dateModified?: string): WithContext<SchemaEvent> {
  return {
    // Only when something the page shows was corrected; an Event has no date of its own for that,
    // its page (a WebPage, a CreativeWork) does.
    ...(dateModified
      ? { mainEntityOfPage: { '@type': 'WebPage', url: urls.absolute(item.url, site), dateModified } }
      : {}),
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    url: urls.absolute(item.url, site),
    inLanguage: 'fr',
    image: urls.absolute(urls.factImage(item.id), site),
    ...(item.start ? { startDate: toIso(item.start) } : {}),
    ...(item.end ? { endDate: toIso(item.end) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: item.context?.areaText ?? item.areas.join(', ') },
    subjectOf: [
      ...item.sources.map((page) => ({
        '@type': 'CreativeWork' as const,
        url: externalHref(page.url),
        publisher: { '@type': 'Organization' as const, name: page.name },
        ...(page.lang ? { inLanguage: page.lang } : {}),
      })),
      ...item.mentions.map((mention) => ({
        '@type': 'NewsArticle' as const,
        headline: mention.articleTitle,
        url: urls.absolute(mention.articleUrl, site),
      })),
    ],
  };
}
