/** A text as the newsroom receives it: an optional date line, then paragraphs. */
export interface ReceivedText {
  /** The date its first line gives (`date 2022-11` → `2022-11`), if any. */
  readonly sourceDate: string | undefined;
  /** Its paragraphs, in order, words unchanged (line breaks inside a paragraph read as spaces). */
  readonly paragraphs: readonly string[];
}

/**
 * Reads a received text (UTF-8, paragraphs separated by blank lines). Its first line may be
 * `date AAAA-MM` or `date AAAA-MM-JJ`, followed by a line break or, as in the seed, by the text
 * itself on the same line.
 */
export function parseReceivedText(raw: string): ReceivedText {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const header = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s)/.exec(text);
  const rest = header ? text.slice(header[0].length) : text;
  const paragraphs = rest
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim().replace(/\s*\n\s*/g, ' '))
    .filter((paragraph) => paragraph.length > 0);
  return { sourceDate: header?.[1], paragraphs };
}

/**
 * A paragraph as a markdown line that renders as the same words: a leading « - », « # », « > »
 * or « 1. » would make a list, a heading or a quote of it; markdown's escapes do not show.
 */
export function markdownParagraph(paragraph: string): string {
  return paragraph.replace(/^([#>+*-]|\d+[.)])(?=\s)/, '\\$1');
}
