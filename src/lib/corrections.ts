import type { Correction } from '../schema/correction';
import { sourceView, type CheckSourceView, type Publishers } from './claim-checks';
import { parsePartialDate } from '../dates/partial-date';
import { formatPartialDate } from './date-format';

/** A correction as readers see it, on its fact's page and on /rectificatifs/. */
export interface CorrectionView {
  readonly dateIso: string;
  /** « 1er décembre 2026 ». */
  readonly dateText: string;
  /** The page of the corrected fact, and its title. */
  readonly factUrl: string;
  readonly factTitle: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly why: string;
  readonly sources: readonly CheckSourceView[];
}

/** A fact that carries corrections: where it lives and what it is called. */
export interface CorrectedFact {
  readonly url: string;
  readonly title: string;
  readonly corrections: readonly Correction[] | undefined;
}

/** Every correction of every fact, newest first (then by fact, for a stable order). */
export function correctionViews(facts: readonly CorrectedFact[], publishers: Publishers): CorrectionView[] {
  return facts
    .flatMap((fact) =>
      (fact.corrections ?? []).map((correction) => ({
        dateIso: correction.date,
        dateText: formatPartialDate(parsePartialDate(correction.date)),
        factUrl: fact.url,
        factTitle: fact.title,
        field: correction.field,
        before: correction.before,
        after: correction.after,
        why: correction.why,
        sources: correction.sources.map((source) => sourceView(source, publishers)),
      })),
    )
    .sort((a, b) => b.dateIso.localeCompare(a.dateIso) || a.factUrl.localeCompare(b.factUrl));
}

/** The date a page last changed what it shows: its latest correction's, or none. */
export function lastModified(corrections: readonly Pick<CorrectionView, 'dateIso'>[]): string | undefined {
  return corrections
    .map((c) => c.dateIso)
    .sort()
    .at(-1);
}
