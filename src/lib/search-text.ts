/**
 * What the search index reads of a built page.
 *
 * Pagefind sets apart the text of the elements it knows as blocks (p, li, h2…), but runs the rest
 * together: a definition list's terms into their descriptions (Pagefind issue #736), a table's
 * header cells, and the spans and quotes our stylesheet shows on lines of their own. Astro's
 * compressed HTML has no whitespace between elements, so the index read « mer de Chine
 * orientalePaysRussie, Chine », « 8 heuresDurée de la mission », « SputnikRussian and Chinese
 * ships »: words no query finds, excerpts no reader reads. A line break between two elements,
 * which Pagefind keeps as a space, gives it the words the page shows.
 *
 * Not on the page itself: there, a space between two inline elements would show. Nor before an
 * element whose text opens with closing punctuation, which continues what precedes it
 * (« du 1er au 7 septembre 2022<span>, ou du 31 août… »).
 */
const ADJACENT_ELEMENTS = /(<\/[a-z][a-z\d-]*>)(?=<[a-z][^>]*>(?![,.;:!?)\]»…]))/gi;

export function separateElementsForSearch(html: string): string {
  return html.replace(ADJACENT_ELEMENTS, '$1\n');
}
