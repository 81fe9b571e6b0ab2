/**
 * Where a text uses a name (« Tu-95MS », « mer du Japon ») as a whole word: not inside another
 * word or designation (« Tu-95 » is not in « Tu-95MS »). A name's first letter may be capitalised
 * at the start of a sentence; otherwise it must be written as the entry spells it.
 */
export function nameOccurrences(text: string, name: string): { start: number; end: number; words: string }[] {
  const form = name.normalize('NFC');
  const first = form.charAt(0);
  const initial =
    first === first.toUpperCase() ? escape(first) : `[${escape(first)}${escape(first.toUpperCase())}]`;
  const pattern = new RegExp(`(?<![\\p{L}\\d-])${initial}${escape(form.slice(1))}(?![\\p{L}\\d-])`, 'gu');
  return [...text.normalize('NFC').matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    words: match[0],
  }));
}

/** True when the text uses any of the names. */
export const namesAny = (text: string, names: readonly string[]): boolean =>
  names.some((name) => nameOccurrences(text, name).length > 0);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
