import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { MONTHS, readArticle, type EventEntry } from './content';

// The researched record (content/exercises/*.yaml) and the article's events as the timeline files
// them: what the timeline tests, in Chromium and on the built HTML, expect.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const UNKNOWN = 'inconnue';

export interface Exercise {
  readonly id: string;
  readonly kind: string;
  readonly series?: string;
  readonly name: { fr?: string; translation?: string };
  readonly title?: string;
  readonly nameEn: string;
  readonly start: string;
  readonly end?: string;
  readonly startWindow?: { notBefore: string; notAfter: string };
  readonly dateVariants?: readonly { start?: string; end?: string; according: string }[];
  readonly countries: readonly string[];
  readonly areas: readonly string[];
  readonly sources: readonly { url: string; publisher?: string; lang: string; excerpt: string }[];
}

/** The record, as written (quoted YAML dates stay text; a number is turned back into text). */
export const exercises: Exercise[] = readdirSync(`${ROOT}content/exercises`)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const data = parse(readFileSync(`${ROOT}content/exercises/${name}`, 'utf8')) as Exercise;
    return {
      ...data,
      id: basename(name, '.yaml'),
      start: String(data.start),
      ...(data.end === undefined ? {} : { end: String(data.end) }),
    };
  });

export const article = readArticle();
export type ArticleEvent = EventEntry & { readonly sameAs?: string };
export const articleEvents = article.events as readonly ArticleEvent[];
/** The article's events that have their own row (the others are merged with the record). */
export const ownEvents = articleEvents.filter((event) => !event.sameAs);

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date of an article event according to the calendar: its explicit date, otherwise its words
 * (« mardi », « en septembre », « le 24 février ») read as no later than the publication day.
 */
export function articleEventDate(event: ArticleEvent): string | undefined {
  if (event.date !== undefined) return String(event.date);
  if (!event.when) return undefined;
  const published = new Date(`${article.date}T00:00:00Z`);
  const when = event.when.toLowerCase();
  const weekday = WEEKDAYS.indexOf(when);
  if (weekday !== -1) {
    const back = (published.getUTCDay() - weekday + 7) % 7;
    return new Date(published.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  }
  const month = /^en (\S+)$/.exec(when);
  if (month?.[1]) {
    const index = MONTHS.indexOf(month[1]);
    const year = published.getUTCFullYear() - (index > published.getUTCMonth() ? 1 : 0);
    return `${year}-${pad(index + 1)}`;
  }
  const dayMonth = /^le (\d{1,2})(?:er)? (\S+)$/.exec(when);
  if (dayMonth?.[1] && dayMonth[2]) {
    const index = MONTHS.indexOf(dayMonth[2]);
    const candidate = `${published.getUTCFullYear()}-${pad(index + 1)}-${pad(Number(dayMonth[1]))}`;
    return candidate > article.date ? `${published.getUTCFullYear() - 1}${candidate.slice(4)}` : candidate;
  }
  throw new Error(`Expression de date non prévue par le test : « ${event.when} »`);
}

/** Where a row is placed: its start, otherwise the start of its window, otherwise its known end. */
function placedAt(exercise: Exercise): string | undefined {
  if (exercise.start !== UNKNOWN) return exercise.start;
  if (exercise.startWindow) return String(exercise.startWindow.notBefore);
  return exercise.end !== undefined && exercise.end !== UNKNOWN ? exercise.end : undefined;
}

/** Every expected row of the timeline: id, type, and the year it is filed under. */
export const expectedItems = [
  ...exercises.map((e) => ({ id: e.id, kind: e.kind, year: placedAt(e)?.slice(0, 4) })),
  ...ownEvents.map((e) => ({ id: e.id, kind: e.kind, year: articleEventDate(e)?.slice(0, 4) })),
];

/** The air patrol of 30 November 2022, the article's subject. */
export const PATROL_ID = 'patrouille-aerienne-strategique-2022-11';

/** Text with its runs of whitespace as single spaces, as compared with what YAML holds. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
