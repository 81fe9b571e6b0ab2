/** Narrow no-break space (U+202F): French puts one before ; ! ? and inside « ». */
export const NNBSP = '\u202f';

/**
 * French typography for a run of text, without changing a word:
 * - English curly quotes “…” become guillemets « … » (a French page never shows “…”);
 * - a narrow no-break space inside « » and before ; : ! ? (replacing a plain space, or added
 *   when missing), so the sign never starts a line.
 * Colons glued to digits or slashes (10:30, https://) are left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/“\s*/g, `«${NNBSP}`)
    .replace(/\s*”/g, `${NNBSP}»`)
    .replace(/«[ \u00a0]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0]*»/g, `${NNBSP}»`)
    .replace(/(\S)[ \u00a0]*([;!?])(?=\s|$)/g, (match, before: string, sign: string) =>
      before === NNBSP || before === sign ? match : `${before}${NNBSP}${sign}`,
    )
    .replace(/([^\s\d/:])[ \u00a0]*:(?=\s|$)/g, `$1${NNBSP}:`);
}
