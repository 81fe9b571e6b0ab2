import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * What the browser tests expect, read from the CONTENT (frontmatter, shared entries, the text as
 * received) and never from the built HTML: a wrong page cannot supply its own expectation.
 */

export const SLUG = 'bombardiers-russes-chinois-patrouille-conjointe';
export const ARTICLE_PATH = `/articles/${SLUG}/`;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The text as the newsroom received it, kept in the repository beside the article it became. */
const SEED = fileURLToPath(new URL('../../../content/sources/article-2022-11.txt', import.meta.url));

export interface Quoted {
  readonly ref: string;
  readonly quote: string;
}

/** A verification as written in content: verdict, summary, sources. */
export interface CheckEntry {
  readonly verdict: string;
  readonly summary: string;
  readonly arithmetic?: string;
  readonly sources: readonly {
    url: string;
    publisher: string;
    lang: string;
    excerpt: string;
    translation?: string;
  }[];
}

export interface FigureEntry {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: string;
  readonly event: string;
  readonly quote: string;
  readonly check?: CheckEntry;
}

export interface EventEntry {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly when?: string;
  readonly date?: string;
  /** The record event it is: its card is the record's (one real event, one card). */
  readonly sameAs?: string;
  readonly actors?: readonly string[];
  readonly aircraft?: readonly string[];
  readonly places?: readonly string[];
  readonly quote: string;
  readonly check?: CheckEntry;
}

/** Another statement of the article, checked against sources. */
export interface ClaimEntry {
  readonly id: string;
  readonly label: string;
  readonly event?: string;
  readonly quote: string;
  readonly check: CheckEntry;
}

export interface ArticleFrontmatter {
  readonly editorial: { readonly title: string; readonly summary: string };
  readonly sourceDate?: string;
  readonly date: string;
  readonly dateBasis?: string;
  readonly actors: readonly Quoted[];
  readonly places: readonly Quoted[];
  readonly aircraft: readonly Quoted[];
  readonly figures: readonly FigureEntry[];
  readonly events: readonly EventEntry[];
  readonly claims: readonly ClaimEntry[];
}

/** YAML may read `2022-11-30` as a date depending on the schema: always convert back to ISO text. */
function isoText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

export function readArticle(): ArticleFrontmatter {
  const source = readFileSync(`${ROOT}content/articles/${SLUG}.md`, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match?.[1]) throw new Error(`Frontmatter introuvable dans content/articles/${SLUG}.md`);
  const data = parse(match[1]) as ArticleFrontmatter & { date: unknown };
  return { ...data, date: isoText(data.date) };
}

/** A shared entry (`content/aircraft/tu-95.yaml`, `content/actors/russie.yaml`…). */
export function readEntry<T = Record<string, unknown>>(
  collection: 'aircraft' | 'actors' | 'places' | 'exercises' | 'publishers',
  id: string,
): T {
  return parse(readFileSync(`${ROOT}content/${collection}/${id}.yaml`, 'utf8')) as T;
}

/**
 * The paragraphs of the text as received. Its first line starts with a metadata header
 * (`date 2022-11`) that is not article text: it is removed.
 */
export function seedParagraphs(): string[] {
  const text = readFileSync(SEED, 'utf8').replace(/^\s*date\s+\d{4}(?:-\d{2}){0,2}\s+/, '');
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * Reduces a text to its words and punctuation: no-break spaces (U+00A0, U+202F) → space, English
 * quotes “ ” → « », runs of white space merged (around the quotes too).
 */
export function normaliseTypography(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/“/g, '«')
    .replace(/”/g, '»')
    .replace(/«\s*/g, '« ')
    .replace(/\s*»/g, ' »')
    .replace(/\s+/g, ' ')
    .trim();
}

/** French month names, written out here so expectations never come from the code under test. */
export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** An ISO date `AAAA-MM-JJ` as a French newspaper writes it: « 1er décembre 2022 », « 30 novembre 2022 ». */
export function frenchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Date ISO attendue : ${iso}`);
  const [, year, month, day] = match;
  const dayNumber = Number(day);
  return `${dayNumber === 1 ? '1er' : dayNumber} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** A regular expression that accepts any space (plain or no-break) wherever the text has one. */
export function anySpacePattern(text: string): RegExp {
  const escaped = normaliseTypography(text)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('[\\s\\u00a0\\u202f]+'));
}
