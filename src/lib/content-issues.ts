/** A mistake in content, located precisely enough for an author to fix it without searching. */
export interface ContentIssue {
  /** Path of the file, relative to the project (`content/articles/x.md`). */
  readonly file: string;
  /** Field path inside the entry (`figures[2].quote`). */
  readonly field: string;
  /** What was expected, in French. */
  readonly message: string;
}

/** One line per issue: `content/articles/x.md → figures[2].quote : citation introuvable…`. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return [
    `Contenu invalide (${issues.length} erreur${issues.length > 1 ? 's' : ''}) :`,
    ...issues.map((issue) => `  ${issue.file} → ${issue.field} : ${issue.message}`),
  ].join('\n');
}

/** Thrown to stop the build; its message lists every issue at once. */
export class ContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
  }
}
