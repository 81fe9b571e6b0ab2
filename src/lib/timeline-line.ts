import { toIso } from '../dates/partial-date';
import type { ArticleMention, TimelineItem } from './timeline';
import { capitalise } from './labels';

/** One line of the compact chronology: when, what kind, which event, one sentence; the rest is on its card. */
export interface TimelineLine {
  /** The line's anchor: `/chronologie/#<id>` lands on it. */
  readonly id: string;
  /** The event's card. */
  readonly url: string;
  readonly title: string;
  /** Machine-readable start, at its precision; undefined when unknown. */
  readonly dateIso: string | undefined;
  /** "du 29 avril au 4 mai 2019"; when sources disagree, the card says who gives which dates. */
  readonly dateText: string;
  readonly kindLabel: string;
  /** « Sujet de l’article du 30 novembre 2022 », with the way to the article's words. */
  readonly marks: readonly { readonly text: string; readonly url: string }[];
  /** What happened, in one sentence: who, where (a record event), or the article's words. */
  readonly summary: string;
}

const countryList = new Intl.ListFormat('fr', { type: 'conjunction' });

/** « Sujet de l’article du 30 novembre 2022 », « Cité dans l’article du 30 novembre 2022 ». */
export const mentionMark = (mention: Pick<ArticleMention, 'isSubject' | 'articleDateText'>): string =>
  `${mention.isSubject ? 'Sujet de' : 'Cité dans'} l’article du ${mention.articleDateText}`;

/**
 * The rank line of an event (« 5e … depuis 2019 »), unless its title already is its rank: a
 * patrol titled « 5e patrouille aérienne stratégique conjointe » need not say it twice.
 */
export function rankBeyondTitle(item: Pick<TimelineItem, 'seriesText' | 'title'>): string | undefined {
  const lower = (text: string) => text.toLocaleLowerCase('fr');
  return item.seriesText && !lower(item.seriesText).startsWith(lower(item.title))
    ? item.seriesText
    : undefined;
}

/** The line of an item; `countryName` gives an actor's French name. */
export function timelineLine(item: TimelineItem, countryName: (id: string) => string): TimelineLine {
  const marks = item.mentions.map((mention) => ({ text: mentionMark(mention), url: mention.link }));
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    dateIso: item.start && toIso(item.start),
    dateText: item.dateText,
    kindLabel: item.kindLabel,
    marks,
    summary: summaryOf(item, countryName),
  };
}

/**
 * "Autres pays : Iran ; golfe d’Oman." for a record event (its rank first when the series is
 * numbered and the title does not already say it); the article's own words for an article event.
 */
function summaryOf(item: TimelineItem, countryName: (id: string) => string): string {
  const quote = item.mentions[0]?.quote.text;
  if (!item.context) return quote === undefined ? '' : `« ${quote} »`;
  // Every event of this chronology involves Russia and China: the line names only the others.
  const others = item.countries.filter((id) => id !== 'russie' && id !== 'chine');
  const who = others.length > 0 ? `autres pays : ${countryList.format(others.map(countryName))} ; ` : '';
  const rankText = rankBeyondTitle(item);
  const rank = rankText ? `${rankText} ; ` : '';
  return capitalise(`${rank}${who}${item.context.areaText}.`);
}
