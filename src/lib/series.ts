import { compareByDateThenId, parsePartialDate, type PartialDate } from '../dates/partial-date';
import { UNKNOWN_DATE } from '../vocabulary/unknown-date';
import type { Gender } from '../vocabulary/context-series';

/**
 * Ordinals and "firsts" of the context timeline, derived from dates rather than stored, so adding
 * or redating an event can never leave a stale "5e" or "première fois" behind.
 * Pure functions on plain objects (no Astro import): usable in pages, scripts and unit tests.
 */

/** The date fields of a context event (a validated entry's `data` fits). */
export interface DatedEvent {
  /** `AAAA`, `AAAA-MM`, `AAAA-MM-JJ` or `inconnue`. */
  readonly start: string;
  /** Same forms; absent when the event ends on its start date. */
  readonly end?: string | undefined;
  /** Window of an unknown start. */
  readonly startWindow?: { readonly notBefore: string; readonly notAfter: string } | undefined;
}

/** The fields of a context event the series functions read (a validated entry's `data` plus its id). */
export interface SeriesEvent extends DatedEvent {
  readonly id: string;
  readonly series?: string | undefined;
  readonly features?: readonly string[] | undefined;
}

/**
 * The date an event is placed at: its start; for an unknown start, the earliest date it may have
 * begun (start window), else its known end. Undefined when nothing is known.
 */
export function sortDate(event: DatedEvent): PartialDate | undefined {
  if (event.start !== UNKNOWN_DATE) return parsePartialDate(event.start);
  if (event.startWindow) return parsePartialDate(event.startWindow.notBefore);
  if (event.end !== undefined && event.end !== UNKNOWN_DATE) return parsePartialDate(event.end);
  return undefined;
}

/** Total order of events: by sort date, undated last, then by id (the timeline's order, `compareByDateThenId`). */
export const compareEvents: (a: SeriesEvent, b: SeriesEvent) => number =
  compareByDateThenId<SeriesEvent>(sortDate);

/** Map id → rank (1, 2, 3…) of each event within its series, by date; events without series are absent. */
export function seriesOrdinals(events: readonly SeriesEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  const ordinals = new Map<string, number>();
  for (const event of [...events].sort(compareEvents)) {
    if (event.series === undefined) continue;
    const rank = (counts.get(event.series) ?? 0) + 1;
    counts.set(event.series, rank);
    ordinals.set(event.id, rank);
  }
  return ordinals;
}

/** Map series → year of its first event ("depuis 2019"). */
export function seriesFirstYears(events: readonly SeriesEvent[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const event of [...events].sort(compareEvents)) {
    const date = sortDate(event);
    if (event.series !== undefined && date && !years.has(event.series)) years.set(event.series, date.year);
  }
  return years;
}

/** French abbreviated ordinal: "1re" (feminine) or "1er" (masculine), then "2e", "3e"… */
export function frenchOrdinal(n: number, gender: Gender = 'f'): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Rang invalide : ${n}`);
  if (n === 1) return gender === 'f' ? '1re' : '1er';
  return `${n}e`;
}

/**
 * "5e patrouille aérienne stratégique conjointe depuis 2019". `since` is left out for the first
 * of a series ("1re … depuis 2019" would be nonsense); `gender` follows the label's noun.
 */
export function seriesLabel(
  ordinal: number,
  seriesLabelFr: string,
  options: { since?: number | undefined; gender?: Gender | undefined } = {},
): string {
  const since = options.since !== undefined && ordinal > 1 ? ` depuis ${options.since}` : '';
  return `${frenchOrdinal(ordinal, options.gender)} ${seriesLabelFr}${since}`;
}

/**
 * Map feature → id of the earliest event carrying it: the event that may say "première fois".
 * Pass one series' events to get firsts within that series.
 */
export function derivedFirsts(events: readonly SeriesEvent[]): Map<string, string> {
  const firsts = new Map<string, string>();
  for (const event of [...events].sort(compareEvents)) {
    for (const feature of event.features ?? []) {
      if (!firsts.has(feature)) firsts.set(feature, event.id);
    }
  }
  return firsts;
}
