import type { Day } from 'date-fns';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { previousDay } from 'date-fns/previousDay';
import { subYears } from 'date-fns/subYears';
import { fr } from 'date-fns/locale/fr';
import type { PartialDate, Precision } from '../dates/partial-date';

/**
 * Resolves the article's own date expressions ("mercredi", "en septembre", "le 24 février")
 * against its publication date: the most recent such day or month on or before it.
 * Returns undefined for an expression it does not understand, so the caller can report it.
 */
export function resolveDatePhrase(phrase: string, published: PartialDate): PartialDate | undefined {
  if (published.precision !== 'day' || published.month === undefined || published.day === undefined) {
    throw new Error('La date de publication doit être connue au jour près pour résoudre « ' + phrase + ' ».');
  }
  const reference = new Date(published.year, published.month - 1, published.day);
  // parse() fills what the phrase lacks from its reference date: start from 1 January, not the
  // publication day, or "février" parsed on 30 November would overflow into March.
  const startOfYear = new Date(published.year, 0, 1);
  const text = phrase.trim().toLowerCase().replace(/\s+/g, ' ');

  // « mercredi 30 novembre » is the day its date says, if that day is a Wednesday.
  const datedWeekday = /^(?:le )?(\p{L}+) (\d.*)$/u.exec(text);
  const namedDay = datedWeekday?.[1] === undefined ? undefined : weekdayIndex(datedWeekday[1]);
  if (namedDay !== undefined && datedWeekday?.[2]) {
    const date = resolveDatePhrase(`le ${datedWeekday[2]}`, published);
    const real = date?.day === undefined ? undefined : new Date(date.year, date.month! - 1, date.day);
    return real && getDay(real) === namedDay ? date : undefined;
  }

  const weekdayWords = /^(?:le |ce )?(\p{L}+)( dernier)?$/u.exec(text);
  const weekday = weekdayWords?.[1] === undefined ? undefined : weekdayIndex(weekdayWords[1]);
  if (weekday !== undefined) {
    // A weekday equal to the publication's day is that very day; « vendredi dernier » in a
    // Friday's article is the week before.
    const today = getDay(reference) === weekday && !weekdayWords?.[2];
    return fromDate(today ? reference : previousDay(reference, weekday), 'day');
  }

  // With its year the phrase is absolute: « en septembre 2022 », « le 30 novembre 2022 ».
  const withYear = /^(?:(?:en|au mois d[e’'] ?) ?|le )?(?:(\d{1,2})(?:er)? )?(\p{L}+) (\d{4})$/u.exec(text);
  if (withYear?.[2] && withYear[3]) {
    const format = withYear[1] ? 'd MMMM yyyy' : 'MMMM yyyy';
    const words = withYear[1]
      ? `${withYear[1]} ${withYear[2]} ${withYear[3]}`
      : `${withYear[2]} ${withYear[3]}`;
    const parsed = parse(words, format, startOfYear, { locale: fr });
    return isValid(parsed) && parsed <= reference
      ? fromDate(parsed, withYear[1] ? 'day' : 'month')
      : undefined;
  }

  const month = /^(?:en|au mois d[e’'] ?) ?(.+)$/.exec(text);
  if (month?.[1]) {
    const parsed = parse(month[1], 'MMMM', startOfYear, { locale: fr });
    if (isValid(parsed)) {
      // "en décembre" in a January article is the previous December.
      const date = parsed > reference ? subYears(parsed, 1) : parsed;
      return fromDate(date, 'month');
    }
  }

  const dayMonth = /^le (\d{1,2})(?:er)? (.+)$/.exec(text);
  if (dayMonth?.[1] && dayMonth[2]) {
    // The most recent such day on or before publication; "le 29 février" looks back to a leap year.
    for (let year = published.year; year > published.year - 8; year--) {
      const parsed = parse(`${dayMonth[1]} ${dayMonth[2]}`, 'd MMMM', new Date(year, 0, 1), { locale: fr });
      if (isValid(parsed) && parsed <= reference) return fromDate(parsed, 'day');
    }
  }
  return undefined;
}

/** Weekday names come from date-fns' French locale rather than a list typed here. */
function weekdayIndex(name: string): Day | undefined {
  for (let index = 0; index < 7; index++) {
    const day = index as Day;
    if (fr.localize.day(day, { width: 'wide' }) === name) return day;
  }
  return undefined;
}

function fromDate(date: Date, precision: Exclude<Precision, 'year'>): PartialDate {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  return precision === 'month' ? { year, month, precision } : { year, month, day: date.getDate(), precision };
}
