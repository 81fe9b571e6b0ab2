import { existsOnCalendar } from '../dates/partial-date';
import type { ContentIssue } from './content-issues';

/**
 * YAML turns an unquoted `2022-11-31` into a JavaScript Date, which silently rolls over to
 * 1 December before any schema sees it. This reads the file as written and reports every
 * unquoted calendar date that does not exist, with the key it belongs to.
 */
export function impossibleDates(file: string, text: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/(?:^|[\s[,{:])(\d{4})-(\d{2})-(\d{2})(?=$|[\s\],}#])/g)) {
      const [, year, month, day] = match;
      if (!existsOnCalendar(`${year}-${month}-${day}`)) {
        const key = /^\s*-?\s*([\w.]+)\s*:/.exec(line)?.[1] ?? 'date';
        issues.push({
          file,
          field: `${key} (ligne ${index + 1})`,
          message: `date impossible : ${year}-${month}-${day} n’existe pas (format attendu AAAA-MM-JJ, jour existant)`,
        });
      }
    }
  });
  return issues;
}
