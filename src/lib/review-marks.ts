import type { ContentIssue } from './content-issues';

/**
 * The mark `npm run new-article` leaves, as a YAML comment, beside every proposal an editor has
 * to confirm or write (a label, a kind, a link between a figure and its event): « # À REVOIR : … ».
 */
export const REVIEW_MARK = 'À REVOIR';

/** Where a file still carries review marks: line (from 1) and what is left to do. */
export function reviewMarks(text: string): { line: number; note: string }[] {
  return text.split('\n').flatMap((line, index) => {
    const at = line.normalize('NFC').indexOf(`# ${REVIEW_MARK}`);
    if (at === -1) return [];
    const note = line
      .normalize('NFC')
      .slice(at + REVIEW_MARK.length + 2)
      .replace(/^\s*:\s*/, '')
      .trim();
    return [{ line: index + 1, note }];
  });
}

/** A published article (no `draft: true`) must not keep a mark: what it flags was never reviewed. */
export function leftoverReviewMarks(file: string, text: string): ContentIssue[] {
  return reviewMarks(text).map(({ line, note }) => ({
    file,
    field: `ligne ${line}`,
    message: `marque « ${REVIEW_MARK} » restante${note ? ` (${note})` : ''} : relisez la proposition, supprimez la marque, ou remettez draft: true pour ne pas publier l’article`,
  }));
}
