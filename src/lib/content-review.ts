import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './content-issues';
import { readContent } from './content-files';
import { reviewMarks } from './review-marks';
import { buildSite } from './site-model';

/** What an editor still has to do on a draft before publishing it. */
export interface DraftReview {
  readonly file: string;
  /** Each « # À REVOIR » mark left by `npm run new-article`, with its line. */
  readonly marks: readonly { line: number; note: string }[];
  /** Ids of the facts (figures, events) that no primary source checks yet. */
  readonly unchecked: readonly string[];
}

export interface ContentReport {
  /** Every content error, in the build's format and words (an empty list: the content builds). */
  readonly issues: readonly ContentIssue[];
  /** One review per draft. */
  readonly drafts: readonly DraftReview[];
}

/**
 * Validates all content as the build does (the same schemas, then the same cross-file checks,
 * drafts included) without rendering a page, and says what each draft still needs.
 */
export function reviewContent(root: string): ContentReport {
  const { content, issues } = readContent(root);
  if (issues.length > 0) return { issues, drafts: [] };
  const built = buildSite(content, { drafts: true, root });
  const drafts = content.articles
    .filter((article) => article.data.draft)
    .map((article) => ({
      file: article.filePath,
      marks: reviewMarks(readFileSync(join(root, article.filePath), 'utf8')),
      unchecked: [...article.data.figures, ...article.data.events]
        .filter((fact) => !fact.check)
        .map((fact) => fact.id),
    }));
  return { issues: built.issues, drafts };
}
