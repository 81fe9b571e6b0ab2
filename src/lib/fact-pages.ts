import { sourcesLine } from './share-text';
import type { ShareCard } from './share-card';
import { hasOwnPage, type FactCard } from './cards';
import type { TimelineItem } from './timeline';
import type { ContextEvent } from '../schema/context-event';
import { siteName } from './nav';
import { rankBeyondTitle } from './timeline-line';

/** A timeline item of the researched record: its card has the research's texts. */
export type RecordItem = TimelineItem & { readonly context: ContextEvent };

/** A page under /faits/<id>/: an article fact, or an event of the researched record. */
export type FactPage =
  { kind: 'fact'; id: string; card: FactCard } | { kind: 'event'; id: string; item: RecordItem };

/**
 * Every /faits/ page: article figures and events, then researched events (ids are unique
 * site-wide). An article event the record holds has no page of its own: one real event, one card.
 */
export function factPages(cards: readonly FactCard[], timeline: readonly TimelineItem[]): FactPage[] {
  return [
    ...cards.filter(hasOwnPage).map((card): FactPage => ({ kind: 'fact', id: card.id, card })),
    ...timeline
      .filter((item): item is RecordItem => item.context !== undefined)
      .map((item): FactPage => ({ kind: 'event', id: item.id, item })),
  ];
}

/** What the page's share image says. */
export function shareCardFor(page: FactPage): ShareCard {
  if (page.kind === 'fact') {
    const { card } = page;
    return {
      kicker: card.kicker,
      title: card.title,
      ...(card.value ? { value: card.value } : {}),
      // The sentence, cut around the figure's own words if it is long: the quote alone often
      // repeats the value word for word.
      quote: card.quote.sentence,
      quoteIsArticle: true,
      quoteFocus: card.quote.text,
      ...(card.check ? { verdict: `Vérification : ${card.check.verdictLabel}` } : {}),
      source: `D’après l’article du ${card.source.dateText}`,
      siteName,
    };
  }
  const { item } = page;
  const publishers = [...new Set(item.sources.map((cited) => cited.name))];
  // The article's account travels with the event it reports, verdict included.
  const checked = item.mentions.find((mention) => mention.check);
  const rank = rankBeyondTitle(item);
  return {
    // With a verdict beside it, the kicker is the event's kind alone: both fit on their line.
    kicker: checked?.check ? item.kindLabel : `Chronologie · ${item.kindLabel}`,
    title: item.title,
    value: shareDate(item),
    ...(rank ? { quote: rank } : {}),
    ...(checked?.check ? { verdict: `Vérification de l’article : ${checked.check.verdictLabel}` } : {}),
    source: sourcesLine(publishers),
    siteName,
  };
}

/**
 * Longest date text that still fits the share image's two lines of value at its smallest size
 * ("du 6 au 7 juin 2023 ou 7 juin 2023 selon les sources"): a longer one would be cut short.
 */
const SHARE_DATE_MAX = 52;

/**
 * The date a share image states: every source's dates when they fit ("24 ou 25 juillet 2024 selon
 * les sources"), else the record's own saying that sources disagree, rather than a clamped
 * "… 7 septembre 2022 selon…" that drops who says what.
 */
export function shareDate(item: Pick<TimelineItem, 'dateText' | 'dateVariantsText'>): string {
  if (item.dateVariantsText === undefined) return item.dateText;
  if (item.dateVariantsText.length <= SHARE_DATE_MAX) return item.dateVariantsText;
  return `${item.dateText} (les sources divergent)`;
}
