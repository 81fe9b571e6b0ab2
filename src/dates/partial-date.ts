import type { Interval } from 'date-fns';
import { isBefore } from 'date-fns/isBefore';
import { isValid } from 'date-fns/isValid';
import { isWithinInterval } from 'date-fns/isWithinInterval';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { lastDayOfYear } from 'date-fns/lastDayOfYear';
import { parseISO } from 'date-fns/parseISO';

/**
 * A calendar date known to the year, the month or the day, as the record and the articles write
 * it (`2022`, `2022-09`, `2022-11-30`), and the period it stands for: a date known to the month
 * is any day of that month, from its first to its last. The one place that parses, checks,
 * compares and bounds such dates; the schemas validate with it and the pages format from it
 * (`src/lib/date-format.ts`). Below `src/schema/` and `src/lib/`: it imports neither.
 */

/** How much of a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** A date known to a precision; `month` and `day` are 1-based and absent when unknown. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

/** ISO 8601 with only the known parts: `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`. */
export const PARTIAL_ISO_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Whether a written date exists on the calendar: `2022-13` and `2022-02-30` do not, though a
 * pattern alone would accept them. A year or a month stands for its first day here.
 */
export function existsOnCalendar(iso: string): boolean {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  // parseISO rejects month 13 and 2022-02-30; reading the parts back also rejects what it would
  // have rolled over or read another way.
  const probe = parseISO(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return (
    isValid(probe) &&
    probe.getFullYear() === year &&
    probe.getMonth() + 1 === month &&
    probe.getDate() === day
  );
}

/** Parses `2022`, `2022-09` or `2022-11-30` (already validated by the schema). */
export function parsePartialDate(iso: string): PartialDate {
  if (!PARTIAL_ISO_PATTERN.test(iso)) throw new Error(`Date partielle invalide : « ${iso} »`);
  const [y, m, d] = iso.split('-');
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  if (d === undefined) return { year, month: Number(m), precision: 'month' };
  return { year, month: Number(m), day: Number(d), precision: 'day' };
}

/** A written date, or undefined when it is not one (malformed, or not on the calendar). */
export function readPartialDate(iso: string): PartialDate | undefined {
  return PARTIAL_ISO_PATTERN.test(iso) && existsOnCalendar(iso) ? parsePartialDate(iso) : undefined;
}

/** The ISO 8601 form at the date's own precision: valid in `<time datetime>`, never a made-up day. */
export function toIso(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The first day the date can mean, as a local Date at midnight: `2022-09` → 1 September 2022.
 * Built from components and read back in the same (local) zone, so the calendar day never shifts
 * with the machine's time zone.
 */
export function firstDay(date: PartialDate): Date {
  return new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day the date can mean: `2022-09` → 30 September 2022, `2024-02` → 29 February 2024. */
export function lastDay(date: PartialDate): Date {
  if (date.precision === 'year') return lastDayOfYear(firstDay(date));
  if (date.precision === 'month') return lastDayOfMonth(firstDay(date));
  return firstDay(date);
}

/** The days the date can mean, first and last included, as a date-fns interval. */
function periodOf(date: PartialDate): Interval<Date> {
  return { start: firstDay(date), end: lastDay(date) };
}

/**
 * Whether every day `date` can mean lies in `period`: `2022-11-30` and `2022-11` are within
 * `2022-11` and within `2022`; `2022-11` is not within `2022-11-30`, nor `2022-12-01` within `2022-11`.
 */
export function isWithin(date: PartialDate, period: PartialDate): boolean {
  const days = periodOf(period);
  return isWithinInterval(firstDay(date), days) && isWithinInterval(lastDay(date), days);
}

/**
 * Whether `a` is over before `b` can have begun: every day `a` may mean precedes every day `b`
 * may mean. `2022-10` does not end before `2022-10-04` (it may be the 4th or later); it ends
 * before `2022-11`. Two dates of which neither ends before the other may be the same day.
 */
export function endsBefore(a: PartialDate, b: PartialDate): boolean {
  return isBefore(lastDay(a), firstDay(b));
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * The one total order of partial dates, the timeline's: by the first day each date can mean, then
 * coarser first ("2022" before "2022-01" before "2022-01-01"), so that a fact known to the year
 * heads the facts of that year it may precede. Callers break remaining ties by id
 * (`compareByDateThenId`).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 1) - (b.month ?? 1) ||
    (a.day ?? 1) - (b.day ?? 1) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]
  );
}

/**
 * The order of dated things that have an id (record events, timeline lines): by their date as
 * `comparePartialDates` orders it, the undated after all the dated, then by id (code units, not a
 * locale's collation, so the order is the same on every machine) so equal dates never swap
 * between builds.
 */
export function compareByDateThenId<T extends { readonly id: string }>(
  dateOf: (thing: T) => PartialDate | undefined,
): (a: T, b: T) => number {
  return (a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da && db) {
      const byDate = comparePartialDates(da, db);
      if (byDate !== 0) return byDate;
    } else if (da || db) {
      return da ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
