import type { ShareCard } from './share-image';
import type { FactCard } from './cards';
import type { TimelineItem } from './timeline';
import { siteName } from './nav';

/** A page under /faits/<id>/: an article fact, or an event of the researched record. */
export type FactPage =
  { kind: 'fact'; id: string; card: FactCard } | { kind: 'event'; id: string; item: TimelineItem };

/** Every /faits/ page: article figures and events, then researched events (ids are unique site-wide). */
export function factPages(cards: readonly FactCard[], timeline: readonly TimelineItem[]): FactPage[] {
  return [
    ...cards.map((card): FactPage => ({ kind: 'fact', id: card.id, card })),
    ...timeline
      .filter((item) => item.context)
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
      // The whole sentence: the quote alone often repeats the value word for word.
      quote: `« ${card.quote.sentence} »`,
      source: `D’après l’article du ${card.source.dateText}`,
      siteName,
    };
  }
  const { item } = page;
  const publishers = [...new Set(item.sources.map((cited) => cited.name))];
  return {
    kicker: `Chronologie · ${item.kindLabel}`,
    title: item.title,
    value: item.dateVariantsText ?? item.dateText,
    ...(item.seriesText ? { quote: item.seriesText } : {}),
    source: `Sources : ${publishers.slice(0, 3).join(', ')}${publishers.length > 3 ? '…' : ''}`,
    siteName,
  };
}
