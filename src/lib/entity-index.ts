import type { Actor } from '../schema/actor';
import type { Aircraft } from '../schema/aircraft';
import { namesAny } from './names';
import type { ArticleModel } from './article-model';
import type { FactCard } from './cards';
import { quoteLink, type LocatedQuote } from './quotes';
import type { TimelineItem } from './timeline';

export type EntityCollection = 'actors' | 'aircraft' | 'places';

/** Where an entity appears: the articles naming it (with their words) and the facts involving it. */
export interface EntityAppearances {
  readonly mentions: readonly { article: ArticleModel; quote: LocatedQuote; link: string }[];
  readonly facts: readonly FactCard[];
}

/** How many articles name the entity (an article quoted twice counts once): its page and directory say it. */
export function articleCount(appearances: EntityAppearances): number {
  return new Set(appearances.mentions.map((mention) => mention.article.slug)).size;
}

/** Everything that involves one actor, aircraft or place, across every article. */
export function appearancesOf(
  collection: EntityCollection,
  id: string,
  articles: readonly ArticleModel[],
  cards: readonly FactCard[],
): EntityAppearances {
  const mentions = articles.flatMap((article) =>
    article[collection]
      .filter((mention) => mention.ref === id)
      .map((mention) => ({ article, quote: mention.quote, link: quoteLink(article.url, mention.quote) })),
  );
  const facts = cards.filter((card) => card[collection].includes(id));
  return { mentions, facts };
}

/**
 * The researched record's events that a country takes part in (`countries`) or that take place
 * at a place (`areas`), in timeline order. Only the record's: a fixed corpus of a few dozen joint
 * exercises and patrols, which no article may name, whereas an article's own events already reach
 * the entity's page as its facts, and grow with every article.
 */
export function recordEventsOf(
  timeline: readonly TimelineItem[],
  by: 'countries' | 'areas',
  id: string,
): TimelineItem[] {
  return timeline.filter((item) => item.context !== undefined && item[by].includes(id));
}

/**
 * The record's events an actor's page lists, and its directory line counts: a country's
 * participations. The record names countries only; an institution, a person or an alliance has none.
 */
export function actorRecordEvents(
  timeline: readonly TimelineItem[],
  id: string,
  kind: Actor['kind'],
): TimelineItem[] {
  return kind === 'pays' ? recordEventsOf(timeline, 'countries', id) : [];
}

/** The record's events a place's page lists, and its directory line counts: those held there. */
export function placeRecordEvents(timeline: readonly TimelineItem[], id: string): TimelineItem[] {
  return recordEventsOf(timeline, 'areas', id);
}

/**
 * The record's events an aircraft took part in: those whose participants name it, under its
 * designation or another name (« bombardiers Tu-95MS » is the Tu-95). Read from the record's own
 * words, so an event that does not say which aircraft flew is not counted.
 */
export function aircraftRecordEvents(timeline: readonly TimelineItem[], aircraft: Aircraft): TimelineItem[] {
  const names = [aircraft.designation, ...aircraft.aliases];
  return timeline.filter((item) => {
    const participants = item.context?.participants;
    return participants !== undefined && namesAny(Object.values(participants).join(' ; '), names);
  });
}
