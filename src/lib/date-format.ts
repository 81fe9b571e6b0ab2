import { format } from 'date-fns/format';
import { fr } from 'date-fns/locale/fr';
import { firstDay, toIso, type PartialDate } from '../dates/partial-date';

/** Partial dates (`src/dates/partial-date.ts`) as a French text writes them. */

/** French day of month: "1er", then "2", "3"… (date-fns' `do` would say "30e"). */
function dayOfMonth(date: PartialDate): string {
  return date.day === 1 ? '1er' : String(date.day);
}

/** "30 novembre 2022", "1er septembre 2022", "septembre 2022" or "2022", following the precision. */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const monthYear = format(firstDay(date), 'MMMM yyyy', { locale: fr });
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
  const month = (d: PartialDate) => format(firstDay(d), 'MMMM', { locale: fr });
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

/** "entre le 27 septembre et le 1er octobre 2024", "entre juillet et septembre 2022": a window for an unknown date. */
export function formatBetween(first: PartialDate, last: PartialDate): string {
  const sameYear = first.year === last.year;
  const month = (d: PartialDate) => format(firstDay(d), 'MMMM', { locale: fr });
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
