import { format } from 'date-fns';
import { fr } from 'date-fns/locale';

/** How much of a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** A date known to a precision; `month` and `day` are 1-based and absent when unknown. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

/** Parses `2022`, `2022-09` or `2022-11-30` (already validated by the schema). */
export function parsePartialDate(iso: string): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`Date partielle invalide : « ${iso} »`);
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  if (d === undefined) return { year, month: Number(m), precision: 'month' };
  return { year, month: Number(m), day: Number(d), precision: 'day' };
}

/** The ISO 8601 form at the date's own precision: valid in `<time datetime>`, never a made-up day. */
export function toIso(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * A local Date for formatting. Built from components, then formatted in the same (local) zone,
 * so the calendar day never shifts with the machine's time zone.
 */
function toLocalDate(date: PartialDate): Date {
  return new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** French day of month: "1er", then "2", "3"… (date-fns' `do` would say "30e"). */
function dayOfMonth(date: PartialDate): string {
  return date.day === 1 ? '1er' : String(date.day);
}

/** "30 novembre 2022", "1er septembre 2022", "septembre 2022" or "2022", following the precision. */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const monthYear = format(toLocalDate(date), 'MMMM yyyy', { locale: fr });
  return date.precision === 'month' ? monthYear : `${dayOfMonth(date)} ${monthYear}`;
}

/**
 * A French date range that does not repeat what both ends share:
 * "du 1er au 7 septembre 2022", "du 30 août au 5 septembre 2022",
 * "du 30 décembre 2022 au 2 janvier 2023", "de juillet à septembre 2022", "de 2019 à 2021".
 * A range whose ends are equal is a single date.
 */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  if (!end || toIso(start) === toIso(end)) return formatPartialDate(start);
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  const month = (d: PartialDate) => format(toLocalDate(d), 'MMMM', { locale: fr });
  if (start.precision === 'day' && end.precision === 'day') {
    if (sameMonth) return `du ${dayOfMonth(start)} au ${formatPartialDate(end)}`;
    if (sameYear) return `du ${dayOfMonth(start)} ${month(start)} au ${formatPartialDate(end)}`;
    return `du ${formatPartialDate(start)} au ${formatPartialDate(end)}`;
  }
  if (start.precision === 'month' && end.precision === 'month' && sameYear) {
    return `${elidedDe(month(start))} à ${formatPartialDate(end)}`;
  }
  // Known month, known last day within it: "juillet 2024, jusqu’au 17".
  if (start.precision === 'month' && end.precision === 'day' && sameMonth) {
    return `${formatPartialDate(start)}, jusqu’au ${dayOfMonth(end)}`;
  }
  // Mixed precisions ("du 15 septembre à octobre 2022"): the start drops a year the end repeats.
  const startText = !sameYear
    ? formatPartialDate(start)
    : start.precision === 'day'
      ? `${dayOfMonth(start)} ${month(start)}`
      : start.precision === 'month'
        ? month(start)
        : String(start.year);
  const prefix = start.precision === 'day' ? `du ${startText}` : elidedDe(startText);
  return `${prefix} ${end.precision === 'day' ? 'au' : 'à'} ${formatPartialDate(end)}`;
}

/** "de" elides before a vowel: "d’avril", "d’août", but "de juillet", "de 2019". */
function elidedDe(word: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(word) ? `d’${word}` : `de ${word}`;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Total order across precisions: by the first day each date can mean, then coarser first
 * ("2022" before "2022-01" before "2022-01-01"). Callers break remaining ties by id.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 1) - (b.month ?? 1) ||
    (a.day ?? 1) - (b.day ?? 1) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]
  );
}

/** "entre le 27 septembre et le 1er octobre 2024", "entre juillet et septembre 2022": a window for an unknown date. */
export function formatBetween(first: PartialDate, last: PartialDate): string {
  const sameYear = first.year === last.year;
  const month = (d: PartialDate) => format(toLocalDate(d), 'MMMM', { locale: fr });
  if (first.precision === 'day' && last.precision === 'day') {
    if (sameYear && first.month === last.month)
      return `entre le ${dayOfMonth(first)} et le ${formatPartialDate(last)}`;
    if (sameYear) return `entre le ${dayOfMonth(first)} ${month(first)} et le ${formatPartialDate(last)}`;
    return `entre le ${formatPartialDate(first)} et le ${formatPartialDate(last)}`;
  }
  if (first.precision === 'month' && last.precision === 'month' && sameYear) {
    return `entre ${month(first)} et ${formatPartialDate(last)}`;
  }
  return `entre ${formatPartialDate(first)} et ${formatPartialDate(last)}`;
}

/** "à partir du 21 janvier 2022", "à partir de janvier 2022", "à partir d’août 2022": a start without a known end. */
export function formatFrom(start: PartialDate): string {
  return start.precision === 'day'
    ? `à partir du ${formatPartialDate(start)}`
    : `à partir ${elidedDe(formatPartialDate(start))}`;
}
