import type { ArticleModel } from './article-model';
import type { ContentIssue } from './content-issues';
import { endsBefore, parsePartialDate } from '../dates/partial-date';
import { formatPartialDate } from './date-format';
import { UNKNOWN_DATE } from '../vocabulary/unknown-date';

/** Dates of a researched event, as written in content (`inconnue` when unknown). */
export interface RecordDates {
  readonly start: string;
  readonly end?: string | undefined;
}

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
      if (!record || !event.date || record.start === UNKNOWN_DATE) return [];
      const end = record.end ?? record.start;
      // The periods may share a day; an unknown end bounds nothing.
      const overlaps =
        !endsBefore(event.date, parsePartialDate(record.start)) &&
        (end === UNKNOWN_DATE || !endsBefore(parsePartialDate(end), event.date));
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
