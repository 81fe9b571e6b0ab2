import { oncePer } from './once-per';
import { checkView, publisherOf, type CheckView, type Publishers } from './claim-checks';
import type { ArticleModel, ClaimFact, EventFact, FigureFact } from './article-model';
import { eventKindLabel } from './labels';
import { toIso } from '../dates/partial-date';
import { formatPartialDate } from './date-format';
import { quoteLink, type LocatedQuote } from './quotes';
import { urls } from './urls';
import type { FactType } from '../vocabulary/fact-types';

/** The article a fact comes from, as a card cites it. */
export interface CardSource {
  readonly slug: string;
  readonly title: string;
  readonly url: string;
  readonly dateIso: string;
  readonly dateText: string;
}

export interface RelatedLink {
  readonly url: string;
  readonly label: string;
}

/**
 * One fact of an article (a figure, an event or a checked statement), as its own shareable page at
 * /faits/<id>/; an event the record holds too is shown on the record event's page instead (see
 * `hasOwnPage`).
 */
export interface FactCard {
  readonly id: string;
  readonly type: FactType;
  readonly url: string;
  readonly imageUrl: string;
  /** "Chiffre clé", "Événement · exercice", "Affirmation vérifiée". */
  readonly kicker: string;
  /** What the fact is: the figure's, the event's or the statement's label. */
  readonly title: string;
  /** The figure formatted for French readers, or the event's date at its precision. */
  readonly value: string | undefined;
  /**
   * What a figure or a statement is about, for a reader who arrives from a share: its event and
   * when (« Patrouille conjointe de bombardiers russes et chinois, 30 novembre 2022 »).
   */
  readonly context: string | undefined;
  /** A figure's number, unit id and qualifier, for the data exports. */
  readonly numericValue: number | undefined;
  readonly unit: string | undefined;
  readonly qualifier: string | undefined;
  /** Machine-readable date of an event, at its precision. */
  readonly dateIso: string | undefined;
  /**
   * The article's words an event's date is read from ("mardi" in an article of Wednesday
   * 30 November is the 29th), when the date is exactly what they designate: see `dateNote`.
   */
  readonly dateWords: string | undefined;
  /** The cited page an event's date comes from, when the article does not date it itself. */
  readonly dateSource: { readonly url: string; readonly publisher: string } | undefined;
  readonly quote: LocatedQuote;
  readonly source: CardSource;
  /** Link to the paragraph, highlighting the quote where browsers support text fragments. */
  readonly backLink: string;
  /** The article event the fact is (an event), belongs to (a figure) or is about (a statement, if any). */
  readonly eventId: string | undefined;
  readonly actors: readonly string[];
  readonly aircraft: readonly string[];
  readonly places: readonly string[];
  /** The record event this fact belongs to (a figure's event, or the event itself), when the record holds it. */
  readonly sameAs: string | undefined;
  /** What primary sources make of the fact, when the newsroom has checked it. */
  readonly check: CheckView | undefined;
  /** Other cards of the same event, then cards sharing an actor or an aircraft. */
  readonly related: readonly RelatedLink[];
}

/** Every fact card of every article, in article order then as the frontmatter lists them. */
export function factCards(articles: readonly ArticleModel[], publishers: Publishers): FactCard[] {
  const cards = articles.flatMap((article) => {
    const source: CardSource = {
      slug: article.slug,
      title: article.title,
      url: article.url,
      dateIso: article.dateIso,
      dateText: article.dateText,
    };
    const events = new Map(article.events.map((event) => [event.id, event]));
    return [
      ...article.figures.map((figure) => figureCard(figure, events.get(figure.eventId), source, publishers)),
      ...article.events.map((event) => eventCard(event, source, publishers)),
      ...article.claims.map((claim) =>
        claimCard(claim, claim.eventId ? events.get(claim.eventId) : undefined, source, publishers),
      ),
    ];
  });
  const related = relatedCards(cards);
  return cards.map((card) => ({ ...card, related: related.get(card.id) ?? [] }));
}

type Draft = Omit<FactCard, 'related'>;

function figureCard(
  figure: FigureFact,
  event: EventFact | undefined,
  source: CardSource,
  publishers: Publishers,
): Draft {
  return {
    id: figure.id,
    type: 'chiffre',
    url: urls.fact(figure.id),
    imageUrl: urls.factImage(figure.id),
    kicker: 'Chiffre clé',
    title: figure.label,
    value: figure.display,
    context: event && eventContext(event),
    numericValue: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    dateIso: undefined,
    dateWords: undefined,
    dateSource: undefined,
    quote: figure.quote,
    source,
    backLink: quoteLink(source.url, figure.quote),
    eventId: figure.eventId,
    // A figure involves whoever its event involves.
    actors: event?.actors ?? [],
    aircraft: event?.aircraft ?? [],
    places: event?.places ?? [],
    sameAs: event?.sameAs,
    check: figure.check && checkView(figure.check, publishers),
  };
}

function eventCard(event: EventFact, source: CardSource, publishers: Publishers): Draft {
  return {
    id: event.id,
    type: 'evenement',
    // One real event, one card: an event the record holds is shown on the record's card.
    url: eventCardUrl(event),
    imageUrl: urls.factImage(event.sameAs ?? event.id),
    kicker: `Événement · ${eventKindLabel(event.kind)}`,
    title: event.label,
    // Undated, the card's headline is its title alone: « date non précisée » is no fact to headline.
    value: event.date ? formatPartialDate(event.date) : undefined,
    context: undefined,
    numericValue: undefined,
    unit: undefined,
    qualifier: undefined,
    dateIso: event.date ? toIso(event.date) : undefined,
    dateWords: event.when && event.dateFromWords ? event.when : undefined,
    dateSource: event.dateSource && {
      url: event.dateSource.url,
      publisher: publisherOf(event.dateSource.publisher, publishers).name,
    },
    quote: event.quote,
    source,
    backLink: quoteLink(source.url, event.quote),
    eventId: event.id,
    actors: event.actors,
    aircraft: event.aircraft,
    places: event.places,
    sameAs: event.sameAs,
    check: event.check && checkView(event.check, publishers),
  };
}

function claimCard(
  claim: ClaimFact,
  event: EventFact | undefined,
  source: CardSource,
  publishers: Publishers,
): Draft {
  return {
    id: claim.id,
    type: 'affirmation',
    url: urls.fact(claim.id),
    imageUrl: urls.factImage(claim.id),
    kicker: 'Affirmation vérifiée',
    title: claim.label,
    value: undefined,
    context: event && eventContext(event),
    numericValue: undefined,
    unit: undefined,
    qualifier: undefined,
    dateIso: undefined,
    dateWords: undefined,
    dateSource: undefined,
    quote: claim.quote,
    source,
    backLink: quoteLink(source.url, claim.quote),
    // A statement about an event involves whoever the event involves; otherwise it stands alone.
    eventId: claim.eventId,
    actors: event?.actors ?? [],
    aircraft: event?.aircraft ?? [],
    places: event?.places ?? [],
    sameAs: event?.sameAs,
    check: checkView(claim.check, publishers),
  };
}

/** « Patrouille conjointe de bombardiers russes et chinois, 30 novembre 2022 »: an event and its date. */
const eventContext = (event: EventFact): string =>
  event.date ? `${event.label}, ${formatPartialDate(event.date)}` : event.label;

const bySlug = oncePer((cards: readonly FactCard[]) => Map.groupBy(cards, (card) => card.source.slug));

/** An article's cards, in their order among all cards: grouped once for all the article pages. */
export const articleCards = (
  article: { readonly slug: string },
  cards: readonly FactCard[],
): readonly FactCard[] => bySlug(cards).get(article.slug) ?? [];

/** Whether a card is a page of its own: not an event the record holds, whose page is the record's. */
export const hasOwnPage = (card: Pick<FactCard, 'type' | 'sameAs'>): boolean =>
  !(card.type === 'evenement' && card.sameAs !== undefined);

/** The card of an article event: the record's when the record holds the same real event. */
export function eventCardUrl(event: Pick<EventFact, 'id' | 'sameAs'>): string {
  return urls.fact(event.sameAs ?? event.id);
}

/** How many related cards a card lists: beyond that, the actor and aircraft pages list everything. */
const MAX_RELATED = 6;

/**
 * Same event first (the strongest link), then shared aircraft, then shared actors; no duplicates.
 * Indexed by key so a site of thousands of cards stays linear, not quadratic.
 */
function relatedCards(cards: readonly Draft[]): Map<string, RelatedLink[]> {
  const index = (keys: (card: Draft) => readonly string[]) => {
    const map = new Map<string, Draft[]>();
    for (const card of cards) {
      for (const key of keys(card)) {
        const group = map.get(key);
        if (group) group.push(card);
        else map.set(key, [card]);
      }
    }
    return map;
  };
  const byEvent = index((card) => (card.eventId === undefined ? [] : [card.eventId]));
  const byAircraft = index((card) => card.aircraft);
  const byActor = index((card) => card.actors);
  const related = new Map<string, RelatedLink[]>();
  for (const card of cards) {
    const seen = new Set<string>([card.id]);
    const links: RelatedLink[] = [];
    const candidates = [
      (card.eventId === undefined ? undefined : byEvent.get(card.eventId)) ?? [],
      ...card.aircraft.map((id) => byAircraft.get(id) ?? []),
      ...card.actors.map((id) => byActor.get(id) ?? []),
    ];
    for (const group of candidates) {
      for (const other of group) {
        if (links.length === MAX_RELATED) break;
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        links.push({ url: other.url, label: other.value ? `${other.title} : ${other.value}` : other.title });
      }
    }
    related.set(card.id, links);
  }
  return related;
}

/** "Date déduite de « mardi », dans l’article publié le 30 novembre 2022.": why a card shows a day the text never writes. */
export function dateNote(
  card: Pick<FactCard, 'dateWords' | 'dateSource' | 'source' | 'value'>,
): string | undefined {
  if (card.dateWords)
    return `Date déduite de « ${card.dateWords} », dans l’article publié le ${card.source.dateText}.`;
  // "Non daté dans l'article ; 2 août 2022 selon Fortune.": the date is the source's, said so.
  if (card.dateSource) return `Non daté dans l’article ; ${card.value} selon ${card.dateSource.publisher}.`;
  return undefined;
}
