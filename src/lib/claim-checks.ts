import type { CheckSource, ClaimCheck } from '../schema/claim-check';
import type { Publisher } from '../schema/publisher';
import { publisherKindLabels } from '../vocabulary/publisher-kinds';
import { verdictDefinitions, verdictLabels, type Verdict } from '../vocabulary/verdicts';
import { parsePartialDate, toIso } from '../dates/partial-date';
import { formatPartialDate } from './date-format';

/** A source of a verification as a reader sees it: who, what kind, when, the words, in French too. */
export interface CheckSourceView {
  readonly url: string;
  readonly publisher: string;
  /** « média d’État », « agence de presse »…, with the country when content gives one. */
  readonly publisherKind: string;
  readonly publisherNote: string | undefined;
  readonly dateIso: string;
  readonly dateText: string;
  readonly lang: string;
  readonly excerpt: string;
  /** The newsroom's French translation of a non-French excerpt. */
  readonly translation: string | undefined;
  readonly note: string | undefined;
}

/** What the sources make of a claim, resolved for pages, share images and data. */
export interface CheckView {
  readonly verdict: Verdict;
  /** « confirmé », « nuancé », « contredit », « non vérifié ». */
  readonly verdictLabel: string;
  readonly verdictDefinition: string;
  readonly summary: string;
  /** The newsroom's arithmetic on the sources' numbers, shown as such. */
  readonly arithmetic: string | undefined;
  readonly sources: readonly CheckSourceView[];
}

/** Publishers by id (`content/publishers/`). */
export type Publishers = ReadonlyMap<string, Publisher>;

/** A publisher by id. References are checked before any view is made: a miss is a programming error. */
export function publisherOf(id: string, publishers: Publishers): Publisher {
  const publisher = publishers.get(id);
  if (!publisher) throw new Error(`éditeur inconnu : ${id}`);
  return publisher;
}

/** What kind of source it is, as a reader weighs it: « média d’État, Russie ». */
export const publisherKind = (publisher: Publisher): string =>
  [publisherKindLabels[publisher.kind], publisher.country].filter(Boolean).join(', ');

/** A source with its publisher resolved. */
export function sourceView(source: CheckSource, publishers: Publishers): CheckSourceView {
  const publisher = publisherOf(source.publisher, publishers);
  const date = parsePartialDate(source.date);
  return {
    url: source.url,
    publisher: publisher.name,
    publisherKind: publisherKind(publisher),
    publisherNote: publisher.note,
    dateIso: toIso(date),
    dateText: formatPartialDate(date),
    lang: source.lang,
    excerpt: source.excerpt,
    translation: source.translation,
    note: source.note,
  };
}

/** The verification of a claim, with its publishers resolved. */
export function checkView(check: ClaimCheck, publishers: Publishers): CheckView {
  return {
    verdict: check.verdict,
    verdictLabel: verdictLabels[check.verdict],
    verdictDefinition: verdictDefinitions[check.verdict],
    summary: check.summary,
    arithmetic: check.arithmetic,
    sources: check.sources.map((source) => sourceView(source, publishers)),
  };
}

/** Publishers a verification names that `content/publishers/` does not hold, located for the author. */
export function unknownPublishers(
  check: { readonly sources: readonly { readonly publisher: string }[] },
  field: string,
  known: ReadonlySet<string>,
): { field: string; message: string }[] {
  return check.sources.flatMap((source, index) =>
    known.has(source.publisher)
      ? []
      : [
          {
            field: `${field}.sources[${index}].publisher`,
            message: `« ${source.publisher} » ne correspond à aucune entrée de content/publishers/ (un éditeur se décrit une fois : nom, type, pays)`,
          },
        ],
  );
}
