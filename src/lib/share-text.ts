/**
 * What a share image says, cut to fit before it is drawn: the renderer clamps lines wherever a
 * line ends, mid-word (« participer à un va… ») and before the words that matter (an 8-hour card
 * whose quote stops before « huit heures »). These choose the words; `share-image-layout.ts` places them.
 */

const ELLIPSIS = '…';

/**
 * The part of `sentence` around `focus` (a figure's own words) that fits in `maxChars`: whole
 * words only, the focus always whole, cut ends marked « … ». The sentence whole when it fits.
 */
export function quoteAround(sentence: string, focus: string | undefined, maxChars: number): string {
  const text = sentence.trim();
  if (text.length <= maxChars) return text;
  const at = focus ? text.indexOf(focus) : -1;
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // The words the focus spans (all of them, or the first word when there is no focus).
  let first = at === -1 ? 0 : words.findIndex((w) => w.end > at);
  let last = at === -1 ? 0 : words.findLastIndex((w) => w.start < at + focus!.length);
  const length = (from: number, to: number) =>
    words[to]!.end -
    words[from]!.start +
    (from > 0 ? ELLIPSIS.length + 1 : 0) +
    (to < words.length - 1 ? ELLIPSIS.length : 0);
  // Widen one word at a time, after first (a sentence reads on), then before, while it fits.
  for (let grew = true; grew;) {
    grew = false;
    if (last < words.length - 1 && length(first, last + 1) <= maxChars) {
      last++;
      grew = true;
    }
    if (first > 0 && length(first - 1, last) <= maxChars) {
      first--;
      grew = true;
    }
  }
  const excerpt = text.slice(words[first]!.start, words[last]!.end).replace(/[,;:]$/, '');
  return `${first > 0 ? `${ELLIPSIS} ` : ''}${excerpt}${last < words.length - 1 ? ELLIPSIS : ''}`;
}

/**
 * A figure as a headline never splits from its unit: « 10,2 milliards de dollars » breaks only
 * where no number is left alone (the number binds to the next word, a scale to its noun).
 */
export function bindFigure(value: string): string {
  return value
    .replace(/(\d(?:[\d\u00a0\u202f,]*\d)?) (?=\p{L})/gu, '$1\u00a0')
    .replace(
      /(milliards?|millions?|milliers?)[ \u00a0](de|d’)( ?)/gu,
      (_, scale: string, of: string, space: string) => `${scale}\u00a0${of}${space ? '\u00a0' : ''}`,
    );
}

/**
 * Who a share image says the sources are, in the footer's one line (about 44 characters at its
 * size): as many names as fit, then how many others, never a name cut short.
 */
export function sourcesLine(publishers: readonly string[], maxChars = 44): string {
  const others = (n: number) => (n === 0 ? '' : ` et ${n === 1 ? '1 autre' : `${n} autres`}`);
  for (let shown = Math.min(publishers.length, 3); shown > 1; shown--) {
    const names = publishers.slice(0, shown);
    const rest = publishers.length - shown;
    const line =
      rest === 0
        ? `Sources : ${names.slice(0, -1).join(', ')} et ${names.at(-1)}`
        : `Sources : ${names.join(', ')}${others(rest)}`;
    if (line.length <= maxChars) return line;
  }
  if (publishers.length === 0) return 'Relevé de la rédaction';
  return `Source${publishers.length > 1 ? 's' : ''} : ${publishers[0]}${others(publishers.length - 1)}`;
}
