/** Narrow no-break space (U+202F): French puts one before ; ! ? and inside « ». */
export const NNBSP = '\u202f';

/** Spaces that may stand where a narrow no-break space belongs. */
const SPACES = '[ \\u00a0\\u202f]*';

/**
 * A number written in groups of three digits: 1 to 3 digits, then groups of exactly 3. Not a year
 * followed by a number ("en 2022 300 avions" has no 1-3 digit head) nor a decimal part ("10,2").
 */
const THOUSANDS = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g;

/**
 * French typography for a run of text, without changing a word:
 * - English curly quotes “…” become guillemets « … » (a French page never shows “…”);
 * - one narrow no-break space inside « » and before ; : ! ? (replacing whatever space was there,
 *   or added when missing), so the sign never starts a line. A run of signs ("?!") counts as one.
 * - digits grouped by thousands ("2 000", "50 000") are joined by a narrow no-break space, as
 *   `Intl.NumberFormat('fr-FR')` writes them, so a number never breaks across two lines.
 * Colons not followed by a space (10:30, https://) are left alone. Idempotent.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(THOUSANDS, (number) => number.replace(/[ \u00a0]/g, NNBSP))
    .replace(/“/g, '«')
    .replace(/”/g, '»')
    .replace(new RegExp(`«${SPACES}`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACES}»`, 'g'), `${NNBSP}»`)
    .replace(new RegExp(`([^\\s;:!?«])${SPACES}([;:!?]+)(?=\\s|$|»)`, 'g'), `$1${NNBSP}$2`);
}

/** Whether a text starts with a sign that wants a narrow no-break space before it. */
export const startsWithHighSign = (text: string): boolean => /^[ \u00a0\u202f]*[;:!?»]/.test(text);
