import { oncePer } from './once-per';
import type { ContextEvent } from '../schema/context-event';
import { citedPages, type CitedPage } from './cited-pages';
import { contextFeatureLabels } from '../vocabulary/context-features';
import { contextSeries } from '../vocabulary/context-series';
import { UNKNOWN_DATE } from '../vocabulary/unknown-date';
import { derivedFirsts, seriesFirstYears, seriesLabel, seriesOrdinals, sortDate } from './series';
import { contextSubkindLabels, eventKindLabels, type EventKind } from '../vocabulary/event-kinds';
import type { ArticleModel, EventFact } from './article-model';
import {
  compareByDateThenId,
  comparePartialDates,
  endsBefore,
  parsePartialDate,
  toIso,
  type PartialDate,
} from '../dates/partial-date';
import { formatBetween, formatDateRange, formatFrom, formatPartialDate } from './date-format';
import { quoteLink, type LocatedQuote } from './quotes';
import { urls } from './urls';
import { capitalise } from './labels';
import { checkView, publisherOf, type CheckView, type Publishers } from './claim-checks';

/** What an article says of a timeline event: its words, where they are, and its check. */
export interface ArticleMention {
  readonly articleTitle: string;
  readonly articleUrl: string;
  readonly articleDateText: string;
  readonly articleDateIso: string;
  readonly quote: LocatedQuote;
  /** Paragraph link with a text fragment highlighting the words. */
  readonly link: string;
  /** What primary sources make of the article's account, when the newsroom has checked it. */
  readonly check: CheckView | undefined;
  /** True for the event the article is about (its first event), not one it cites as context. */
  readonly isSubject: boolean;
}

/** One line of the timeline: a researched event, an article event, or both merged. */
export interface TimelineItem {
  /** The card id: the researched event's id when there is one (it carries the sources), else the article event's. */
  readonly id: string;
  readonly url: string;
  readonly kind: EventKind;
  /** "patrouille aérienne", "exercice naval". */
  readonly kindLabel: string;
  readonly title: string;
  /** True when the French name is the newsroom's translation, not read in a French source. */
  readonly titleIsTranslation: boolean;
  /** "5e patrouille aérienne stratégique conjointe depuis 2019", derived from the record's dates. */
  readonly seriesText: string | undefined;
  /** "Premier événement de la chronologie où…", derived: the earliest event carrying the feature. */
  readonly firsts: readonly string[];
  /** Where the item sorts: its start, or the start of its window when the start is unknown. */
  readonly sortKey: PartialDate | undefined;
  /** Undefined when the date is unknown. */
  readonly start: PartialDate | undefined;
  readonly end: PartialDate | undefined;
  /** "du 1er au 7 septembre 2022", "septembre 2022", "date inconnue". */
  readonly dateText: string;
  /** "24 ou 25 juillet 2024 selon les sources", when sources disagree: short, for descriptions and share images. */
  readonly dateVariantsText: string | undefined;
  /**
   * Each disagreeing source's dates and who gives them, for the page: "25 juillet 2024 selon le
   * ministère chinois de la Défense et Xinhua (heure asiatique)". Empty when the sources agree.
   */
  readonly otherDates: readonly string[];
  readonly year: number | undefined;
  readonly countries: readonly string[];
  readonly areas: readonly string[];
  /** Researched record, when the event is in it. */
  readonly context: ContextEvent | undefined;
  /** What articles say of it. */
  readonly mentions: readonly ArticleMention[];
  /** The web pages the research cites, each once with all its passages; none for an article's own event. */
  readonly sources: readonly CitedPage[];
}

interface IdentifiedContextEvent {
  readonly id: string;
  readonly data: ContextEvent;
}

/**
 * The timeline: researched events and article events in one list, an article event that is the
 * same real event as a researched one (`sameAs`) merged into it, in the timeline's order
 * (`compareItems`).
 */
export function buildTimeline(
  contextEvents: readonly IdentifiedContextEvent[],
  articles: readonly ArticleModel[],
  /** Tells country actors from people and institutions: only countries feed the country filters. */
  isCountry: (actorId: string) => boolean,
  /** Resolve the publishers of the articles' checks (a check naming one not given throws). */
  publishers: Publishers = new Map(),
): TimelineItem[] {
  const mentionsByContext = new Map<string, ArticleMention[]>();
  const articleOnly: TimelineItem[] = [];
  for (const article of articles) {
    for (const [index, event] of article.events.entries()) {
      const mention: ArticleMention = {
        articleTitle: article.title,
        articleUrl: article.url,
        articleDateText: article.dateText,
        articleDateIso: article.dateIso,
        quote: event.quote,
        link: quoteLink(article.url, event.quote),
        check: event.check && checkView(event.check, publishers),
        isSubject: index === 0,
      };
      if (event.sameAs) {
        mentionsByContext.set(event.sameAs, [...(mentionsByContext.get(event.sameAs) ?? []), mention]);
      } else {
        articleOnly.push(articleItem(event, mention, isCountry, publishers));
      }
    }
  }
  const records = contextEvents.map((event) => ({ ...event.data, id: event.id }));
  const ordinals = seriesOrdinals(records);
  const since = seriesFirstYears(records);
  const firstOf = derivedFirsts(records);
  const derived = (event: IdentifiedContextEvent) => {
    const series = event.data.series && contextSeries[event.data.series];
    const ordinal = ordinals.get(event.id);
    const rank =
      series && ordinal && series.numbered
        ? { ordinal, label: series.label, gender: series.gender, since: since.get(event.data.series!) }
        : undefined;
    const seriesText = rank && seriesLabel(rank.ordinal, rank.label, rank);
    const firsts = (event.data.features ?? [])
      .filter((feature) => firstOf.get(feature) === event.id)
      .map((feature) => `Premier événement de la chronologie où ${contextFeatureLabels[feature]}.`);
    // One French name per series: the patrols are titled by their rank, as the ministries number them.
    const rankTitle =
      rank && series && 'titledByRank' in series
        ? capitalise(seriesLabel(rank.ordinal, rank.label, { gender: rank.gender }))
        : undefined;
    return { seriesText, firsts, sortKey: sortDate(event.data), rankTitle };
  };
  const items = [
    ...contextEvents.map((event) =>
      contextItem(event, mentionsByContext.get(event.id) ?? [], derived(event), publishers),
    ),
    ...articleOnly,
  ];
  return items.sort(compareItems);
}

/**
 * The timeline's order: by where each item sorts (its start, or the start of its window when the
 * start is unknown: the same key the series rank by), undated last, then by id.
 */
export const compareItems: (a: TimelineItem, b: TimelineItem) => number = compareByDateThenId(
  (item: TimelineItem) => item.sortKey,
);

function contextItem(
  { id, data }: IdentifiedContextEvent,
  mentions: ArticleMention[],
  {
    rankTitle,
    ...derived
  }: Pick<TimelineItem, 'seriesText' | 'firsts' | 'sortKey'> & {
    rankTitle: string | undefined;
  },
  publishers: Publishers,
): TimelineItem {
  const start = data.start === UNKNOWN_DATE ? undefined : parsePartialDate(data.start);
  const end = data.end === undefined || data.end === UNKNOWN_DATE ? undefined : parsePartialDate(data.end);
  const endUnknown = data.end === UNKNOWN_DATE;
  const named = 'fr' in data.name ? data.name.fr : data.name.translation;
  const title = rankTitle ?? data.title ?? named;
  return {
    id,
    url: urls.fact(id),
    kind: data.kind,
    kindLabel: data.subkind ? contextSubkindLabels[data.subkind].one : eventKindLabels[data.kind].one,
    title: capitalise(title),
    // A rank is ours, written in French; any other title not read in a French source is our translation.
    titleIsTranslation: rankTitle === undefined && !('fr' in data.name && data.name.fr.startsWith(title)),
    ...derived,
    start,
    end,
    dateText: contextDateText(data, start, end, endUnknown),
    dateVariantsText: dateVariantsText(data, start, end),
    otherDates: start
      ? variantRanges(data, start, end).map(
          (range) => `${formatDateRange(range.start, range.end)} selon ${range.according}`,
        )
      : [],
    // The year an item is filed under is where it sorts: an unknown start placed by its end counts there.
    year: derived.sortKey?.year,
    countries: data.countries.map((ref) => ref.id),
    areas: data.areas.map((ref) => ref.id),
    context: data,
    mentions,
    sources: citedPages(data.sources, publishers),
  };
}

function articleItem(
  event: EventFact,
  mention: ArticleMention,
  isCountry: (id: string) => boolean,
  publishers: Publishers,
): TimelineItem {
  return {
    id: event.id,
    url: urls.fact(event.id),
    kind: event.kind,
    kindLabel: eventKindLabels[event.kind].one,
    title: event.label,
    titleIsTranslation: false,
    seriesText: undefined,
    firsts: [],
    sortKey: event.date,
    start: event.date,
    end: undefined,
    dateText: event.date
      ? event.dateSource
        ? `${formatPartialDate(event.date)} (non daté dans l’article ; selon ${publisherOf(event.dateSource.publisher, publishers).name})`
        : formatPartialDate(event.date)
      : 'date non précisée dans l’article',
    dateVariantsText: undefined,
    otherDates: [],
    year: event.date?.year,
    // Only countries: the country filters must not list a person or a ministry.
    countries: event.actors.filter(isCountry),
    areas: event.places,
    context: undefined,
    mentions: [mention],
    sources: [],
  };
}

function contextDateText(
  data: ContextEvent,
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  endUnknown: boolean,
): string {
  if (start) return endUnknown ? `${formatFrom(start)} (fin inconnue)` : formatDateRange(start, end);
  const window = data.startWindow
    ? ` (${formatBetween(parsePartialDate(data.startWindow.notBefore), parsePartialDate(data.startWindow.notAfter))})`
    : '';
  if (end) return `début inconnu${window}, fin : ${formatPartialDate(end)}`;
  return window ? `début inconnu${window}, fin inconnue` : 'date inconnue';
}

/** "24 ou 25 juillet 2024 selon les sources": the main dates and every disagreeing source's. */
function dateVariantsText(
  data: ContextEvent,
  start: PartialDate | undefined,
  end: PartialDate | undefined,
): string | undefined {
  if (!data.dateVariants || !start) return undefined;
  const ranges = [{ start, end }, ...variantRanges(data, start, end)];
  const singleDaysOfOneMonth = ranges.every(
    (r) =>
      r.start.precision === 'day' &&
      (!r.end || toIso(r.end) === toIso(r.start)) &&
      r.start.year === start.year &&
      r.start.month === start.month,
  );
  if (singleDaysOfOneMonth) {
    const days = [...new Set(ranges.map((r) => (r.start.day === 1 ? '1er' : String(r.start.day))))];
    const monthYear = formatPartialDate({ year: start.year, month: start.month!, precision: 'month' });
    return `${days.join(' ou ')} ${monthYear} selon les sources`;
  }
  const texts = [...new Set(ranges.map((r) => formatDateRange(r.start, r.end)))];
  return `${texts.join(' ou ')} selon les sources`;
}

/** Each disagreeing source's range: the bound it does not dispute is the record's own. */
function variantRanges(
  data: ContextEvent,
  start: PartialDate,
  end: PartialDate | undefined,
): { start: PartialDate; end: PartialDate | undefined; according: string }[] {
  return (data.dateVariants ?? []).map((variant) => ({
    start: variant.start ? parsePartialDate(variant.start) : start,
    end: variant.end ? parsePartialDate(variant.end) : end,
    according: variant.according,
  }));
}

/** An event named in a short list: the words shown, and whether they are the newsroom's translation. */
export interface ShortName {
  readonly text: string;
  readonly isTranslation: boolean;
}

/**
 * How a short list names an event: its series label when it has one ("5e patrouille…", which we
 * derive and write in French), else its name, which may be our translation and must then say so.
 */
export function shortName(
  item: Pick<TimelineItem, 'title' | 'titleIsTranslation' | 'seriesText'>,
): ShortName {
  return item.seriesText
    ? { text: item.seriesText, isTranslation: false }
    : { text: item.title, isTranslation: item.titleIsTranslation };
}

interface TimelineLookup {
  /** Each article's items (those that mention it), by the article's URL, in timeline order. */
  readonly byArticle: ReadonlyMap<string, readonly TimelineItem[]>;
  /** The researched record's items, in timeline order. */
  readonly record: readonly TimelineItem[];
  readonly position: ReadonlyMap<TimelineItem, number>;
}

/** Grouped once per timeline: every article page looks its items up in the same one. */
const lookup = oncePer((timeline: readonly TimelineItem[]): TimelineLookup => {
  const mentioned = timeline.flatMap((item) =>
    [...new Set(item.mentions.map((mention) => mention.articleUrl))].map((url) => ({ url, item })),
  );
  return {
    byArticle: new Map(
      [...Map.groupBy(mentioned, ({ url }) => url)].map(([url, list]) => [url, list.map(({ item }) => item)]),
    ),
    record: timeline.filter((item) => item.context !== undefined),
    position: new Map(timeline.map((item, index) => [item, index])),
  };
});

/** The items an article reports (merged with the record's or not), in timeline order. */
export const articleItems = (
  article: Pick<ArticleModel, 'url'>,
  timeline: readonly TimelineItem[],
): readonly TimelineItem[] => lookup(timeline).byArticle.get(article.url) ?? [];

/**
 * An article's own timeline: the items it reports (merged or not), plus the researched events
 * of the same period (from its earliest to its latest dated event), in timeline order.
 */
export function articleTimeline(article: ArticleModel, timeline: readonly TimelineItem[]): TimelineItem[] {
  const { record, position } = lookup(timeline);
  const own = articleItems(article, timeline);
  const dates = own.flatMap((item) => (item.start ? [item.start] : []));
  if (dates.length === 0) return [...own];
  const sorted = [...dates].sort(comparePartialDates);
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const within = (item: TimelineItem) =>
    item.start !== undefined &&
    comparePartialDates(item.start, from) >= 0 &&
    // Begun by the end of the latest one's period: « 2022-11-05 » is within « 2022-11 ».
    !endsBefore(to, item.start);
  // Context means the researched record: another article's own events are not this article's story.
  return [...new Set([...own, ...record.filter(within)])].sort((a, b) => position.get(a)! - position.get(b)!);
}
