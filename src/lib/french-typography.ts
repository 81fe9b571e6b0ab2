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

/**
 * Two things a page sets apart from the text around them, found in one pass (the text's order):
 * - an abbreviated French ordinal: digits, then the suffix French typography sets in superior
 *   letters ("1er", "1re", "5e", "42e", plurals "1ers", "2es"). It is a word of its own: it starts
 *   the text or follows a space or an opening sign, and ends before a space or punctuation, so it is
 *   never part of an identifier ("2022-09", "5ef3", "#5e3a00");
 * - a designation: letters, a hyphen, a number, perhaps letters and digits after it ("Tu-95MS",
 *   "Il-20", "H-6K", "Tu-22M3", "Vostok-2022"). Browsers may break a line after its hyphen ("Il-"
 *   then "20"), which no reader would write. Not inside a longer hyphenated word or a path
 *   ("patrouille-maritime-2023-07", "/mission-2014/").
 */
const ORDINAL_OR_DESIGNATION =
  /(?<=^|[\s(«[])(\d+)(ers?|res?|es?)(?=$|[\s),.;:!?»\]])|(?<![\p{L}\p{N}/._-])\p{L}{1,12}-\p{N}+(?:\p{L}+\p{N}*)?(?![\p{L}\p{N}_-])/gu;

/**
 * A run of text, and how a page sets it: as it is, in superior letters (an ordinal's suffix) or on
 * one line (a designation).
 */
export interface TextRun {
  readonly text: string;
  readonly set: 'as-is' | 'superior' | 'unbroken';
}

/**
 * Cuts a text where its ordinals' suffixes and its designations are ("du 1er au 7" → "du 1", "er",
 * " au 7"; "un Il-20 russe" → "un ", "Il-20", " russe"), so a page can set each suffix in superior
 * letters, as French typography writes "1ᵉʳ" and "5ᵉ", and keep each designation on one line.
 * Ordinals only in French text (`ordinals: false` elsewhere: "5e" means nothing in an English
 * quote), designations in any language; with `compounds`, hyphenated words too, for headlines
 * (« au-dessus » broken into « au- » and « dessus » reads badly in a title). Joined back, the runs
 * are the text itself: only the presentation changes, never a character.
 */
export function typesetRuns(
  text: string,
  { ordinals = true, compounds = false }: { ordinals?: boolean; compounds?: boolean } = {},
): TextRun[] {
  const runs = designationAndOrdinalRuns(text, ordinals);
  return compounds ? runs.flatMap((run) => (run.set === 'as-is' ? compoundRuns(run.text) : [run])) : runs;
}

/** A hyphenated French word (« au-dessus », « Asie-Pacifique »), which a headline keeps whole. */
const COMPOUND = /(?<![\p{L}\p{N}_-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}_-])/gu;

/** Cuts a text where its compound words are, each to be kept on one line. */
function compoundRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(COMPOUND)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), set: 'as-is' });
    runs.push({ text: match[0], set: 'unbroken' });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), set: 'as-is' });
  return runs;
}

function designationAndOrdinalRuns(text: string, ordinals: boolean): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  const push = (to: number, set: TextRun['set']) => {
    if (to > from) runs.push({ text: text.slice(from, to), set });
    from = to;
  };
  for (const match of text.matchAll(ORDINAL_OR_DESIGNATION)) {
    const end = match.index + match[0].length;
    const digits = match[1];
    if (digits === undefined) {
      push(match.index, 'as-is');
      push(end, 'unbroken');
    } else if (ordinals) {
      push(match.index + digits.length, 'as-is');
      push(end, 'superior');
    }
  }
  push(text.length, 'as-is');
  return runs;
}
