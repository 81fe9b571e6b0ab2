/** Narrow no-break space (U+202F): French puts one before ; ! ? and inside « ». */
export const NNBSP = '\u202f';

/** Spaces that may stand where a narrow no-break space belongs. */
const SPACES = '[ \\u00a0\\u202f]*';

/**
 * A run of ; : ! ? used as punctuation, which French sets off by a narrow no-break space: followed
 * by a space, the end of the text or a closing guillemet (so never the colon of "10:30" or "https://").
 */
const HIGH_SIGNS = '[;:!?]+(?=\\s|$|»)';

/**
 * A number written in groups of three digits: 1 to 3 digits, then groups of exactly 3. Not a year
 * followed by a number ("en 2022 300 avions" has no 1-3 digit head) nor a decimal part ("10,2").
 */
const THOUSANDS = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g;

/**
 * A number, or an ordinal ("1er", "4e"), then a space and a word: what it counts or the month it
 * dates ("21 avions", "30 novembre"). The number starts a word (or is the decimal part of one,
 * "10,2 milliards"): never a designation, a time, a numeric date or the end of a URL ("Tu-95 russes",
 * "10:30 précises", "?annee=2022 à").
 */
const NUMBER_THEN_WORD = /(?<=^|[\s(«[,])(\d+(?:er|re|e)?)[ \n](?=\p{L})/gu;

/**
 * French typography for a run of text, without changing a word:
 * - English curly quotes “…” become guillemets « … » (a French page never shows “…”);
 * - one narrow no-break space inside « » and before ; : ! ? (replacing whatever space was there,
 *   or added when missing), so the sign never starts a line. A run of signs ("?!") counts as one.
 * - digits grouped by thousands ("2 000", "50 000") are joined by a narrow no-break space, as
 *   `Intl.NumberFormat('fr-FR')` writes them, so a number never breaks across two lines;
 * - a number and the word after it are joined by a no-break space (U+00A0), as the fact boxes'
 *   values already are, so "21" never ends a line whose next one starts "avions".
 * Colons not followed by a space (10:30, https://) are left alone. Idempotent.
 */
export function frenchTypography(text: string): string {
  return keepNumbersTogether(text)
    .replace(/“/g, '«')
    .replace(/”/g, '»')
    .replace(new RegExp(`«${SPACES}`, 'g'), `«${NNBSP}`)
    .replace(new RegExp(`${SPACES}»`, 'g'), `${NNBSP}»`)
    .replace(new RegExp(`([^\\s;:!?«])${SPACES}(${HIGH_SIGNS})`, 'g'), `$1${NNBSP}$2`);
}

/**
 * Only the no-break spaces of numbers (inside "2 000", after "21" in "21 avions"): safe on a text
 * whose language is unknown, such as a search excerpt that may come from an English source, where
 * guillemets and spaces before ; : would misquote it. Each space it replaces becomes one no-break
 * space: the text keeps its length, character for character.
 */
export function keepNumbersTogether(text: string): string {
  return text
    .replace(THOUSANDS, (number) => number.replace(/[ \u00a0]/g, NNBSP))
    .replace(NUMBER_THEN_WORD, '$1\u00a0');
}

/**
 * Only the spaces a text already has before ; : ! ? » and after « , each made a narrow no-break
 * space so the sign never starts a line. None is added: like `keepNumbersTogether`, safe on a text
 * whose language is unknown, and the text keeps its length, character for character.
 */
export function keepSignsAttached(text: string): string {
  return text.replace(new RegExp(`[ \\u00a0](?=${HIGH_SIGNS}|»)|(?<=«)[ \\u00a0]`, 'g'), NNBSP);
}

/** Whether a text starts with a sign that wants a narrow no-break space before it. */
export const startsWithHighSign = (text: string): boolean => /^[ \u00a0\u202f]*[;:!?»]/.test(text);
