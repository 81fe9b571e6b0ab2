import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ArticleModel } from './article-model';
import type { ContentIssue } from './content-issues';
import { toIso, type PartialDate } from '../dates/partial-date';

/**
 * The committed ledger of what the site displays: for each fact, a digest of what its card shows
 * and how many corrections it carries. A published fact may change only with a correction.
 */
export const PUBLISHED_FACTS_FILE = 'published-facts.json';

/** What the ledger holds of one fact. */
export interface LedgerEntry {
  readonly digest: string;
  readonly corrections: number;
}
export type Ledger = Readonly<Record<string, LedgerEntry>>;

/** A fact as built now: where it is written, and what the ledger would hold of it. */
export interface FactState extends LedgerEntry {
  readonly id: string;
  readonly file: string;
  readonly field: string;
}

/** SHA-256 of a value's JSON: the key order is the one the code builds, so it is stable. */
const digestOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** A fact of an article, as its model holds it. */
type ArticleFact = ArticleModel['figures' | 'events' | 'claims'][number];

/** A researched event as validated, with its file. */
export interface RecordEntry {
  readonly id: string;
  readonly file: string;
  readonly data: { readonly corrections?: readonly unknown[] | undefined } & Record<string, unknown>;
}

/**
 * Every fact's state: what its card displays (value, words, dates, verdict, sources…), without
 * its corrections, which are counted apart.
 */
export function factStates(articles: readonly ArticleModel[], record: readonly RecordEntry[]): FactState[] {
  return [
    ...articles.flatMap((article) => {
      // What the card shows of a figure, an event or a statement: its fields, its words, its date
      // as the page writes it; the corrections are counted apart.
      const state = (fact: ArticleFact, field: string): FactState => {
        const { corrections, quote, date, ...shown } = fact as ArticleFact & { date?: PartialDate };
        return {
          id: fact.id,
          file: article.filePath,
          field,
          digest: digestOf({
            ...shown,
            ...('date' in fact ? { date: date && toIso(date) } : {}),
            quote: quote.text,
          }),
          corrections: corrections.length,
        };
      };
      return [
        ...article.figures.map((figure, index) => state(figure, `figures[${index}]`)),
        ...article.claims.map((claim, index) => state(claim, `claims[${index}]`)),
        ...article.events.map((event, index) => state(event, `events[${index}]`)),
      ];
    }),
    ...record.map(({ id, file, data }) => {
      // The title is the newsroom's naming of the series (« Mer conjointe 2024 »), not a fact of the
      // event: harmonising it needs no correction. The names the sources use are facts, and counted.
      // Likewise the newsroom's French translation of an excerpt: a reading aid beside the source's
      // own words, which are counted.
      const shown = Object.fromEntries(
        Object.entries(data)
          .filter(([key]) => key !== 'corrections' && key !== 'title')
          .map(([key, value]) => [key, key === 'sources' ? withoutTranslations(value) : value]),
      );
      return { id, file, field: id, digest: digestOf(shown), corrections: data.corrections?.length ?? 0 };
    }),
  ];
}

const withoutTranslations = (sources: unknown): unknown =>
  Array.isArray(sources)
    ? sources.map((source: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'translationFr')),
      )
    : sources;

/** The ledger of the project being built. */
export function readLedger(file = PUBLISHED_FACTS_FILE): Ledger {
  if (!existsSync(file))
    throw new Error(
      `${file} introuvable : le registre des faits publiés est attendu (« {} » pour un site neuf)`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as Ledger;
}

/**
 * Published facts whose display changed with no new correction: a reader who relied on the card
 * would never learn it changed. A fact the ledger does not hold yet is new, and free to change.
 */
export function unloggedChanges(states: readonly FactState[], ledger: Ledger): ContentIssue[] {
  return states.flatMap((state) => {
    const published = ledger[state.id];
    if (!published || published.digest === state.digest || state.corrections > published.corrections)
      return [];
    return [
      {
        file: state.file,
        field: state.field,
        message: `le fait publié « ${state.id} » a changé sans rectificatif : ajoutez à ses \`corrections\` une entrée (date, field, before, after, why, sources), puis enregistrez l’état publié (npm run build && npm run facts:record)`,
      },
    ];
  });
}

/** The ledger of the facts as built now: what `npm run facts:record` commits. */
export function ledgerOf(states: readonly FactState[]): Ledger {
  return Object.fromEntries(
    [...states]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((state) => [state.id, { digest: state.digest, corrections: state.corrections }]),
  );
}
