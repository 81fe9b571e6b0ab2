/** Narrow no-break space (U+202F): French puts one before ; ! ? and inside « ». */
export const NNBSP = '\u202f';

/** Spaces that may stand where a narrow no-break space belongs. */
const SPACES = '[ \\u00a0\\u202f]*';

/**
 * French typography for a run of text, without changing a word:
 * - English curly quotes “…” become guillemets « … » (a French page never shows “…”);
 * - one narrow no-break space inside « » and before ; : ! ? (replacing whatever space was there,
 *   or added when missing), so the sign never starts a line. A run of signs ("?!") counts as one.
 * Colons not followed by a space (10:30, https://) are left alone. Idempotent.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/“/g, '«')
    .replace(/”/g, '»')
    .replace(new RegExp(`«${SPACES}`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACES}»`, 'g'), `${NNBSP}»`)
    .replace(new RegExp(`([^\\s;:!?«])${SPACES}([;:!?]+)(?=\\s|$|»)`, 'g'), `$1${NNBSP}$2`);
}

/** Whether a text starts with a sign that wants a narrow no-break space before it. */
export const startsWithHighSign = (text: string): boolean => /^[ \u00a0\u202f]*[;:!?»]/.test(text);
