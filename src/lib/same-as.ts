import type { ArticleModel } from './article-model';
import type { ContentIssue } from './content-issues';
import { formatPartialDate, toIso } from './partial-date';

/** Dates of a researched event, as written in content (`inconnue` when unknown). */
export interface RecordDates {
  readonly start: string;
  readonly end?: string | undefined;
}

/** First and last sort keys of a partial date's period: `2022-09` spans `2022-09-00`…`2022-09-99`. */
const first = (iso: string) => iso.padEnd(10, iso.length === 4 ? '-00-00' : '-00').slice(0, 10);
const last = (iso: string) => (iso.length === 4 ? `${iso}-99-99` : iso.length === 7 ? `${iso}-99` : iso);

/**
 * An article event declared the same as a researched event (`sameAs`) must fall within its dates:
 * "mercredi" resolving to 30 November cannot be a patrol of May. Unknown record dates are not checked.
 */
export function checkSameAsDates(
  articles: readonly ArticleModel[],
  records: ReadonlyMap<string, RecordDates>,
): ContentIssue[] {
  return articles.flatMap((article) =>
    article.events.flatMap((event, index): ContentIssue[] => {
      const record = event.sameAs ? records.get(event.sameAs) : undefined;
      if (!record || !event.date || record.start === 'inconnue') return [];
      const end = record.end ?? record.start;
      const date = toIso(event.date);
      const overlaps =
        first(date) <= last(end === 'inconnue' ? '9999' : end) && first(record.start) <= last(date);
      return overlaps
        ? []
        : [
            {
              file: article.filePath,
              field: `events[${index}].sameAs`,
              message: `l’événement daté du ${formatPartialDate(event.date)} ne peut pas être « ${event.sameAs} » (${record.start}${record.end ? ` → ${record.end}` : ''})`,
            },
          ];
    }),
  );
}
