// Search page enhancement: loads Pagefind's index (static files) and lists results in French.
// Only this page loads it; every other page needs no JavaScript.

import { keepNumbersTogether, keepSignsAttached } from '../lib/french-typography';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; kind?: string; date?: string } }>;
}
interface Pagefind {
  /** Resolves to null when a newer search started before this one's pause ran out. */
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

let pagefind: Promise<Pagefind> | undefined;
// A variable path keeps Vite from bundling the index, which only exists after the build.
const indexUrl = '/pagefind/pagefind.js';
const load = () => (pagefind ??= import(/* @vite-ignore */ indexUrl) as Promise<Pagefind>);

/**
 * Pagefind excerpts mark matches with <mark>; everything else is text, rebuilt without innerHTML.
 * The index keeps plain spaces only, so the no-break spaces of numbers and of ; : ! ? « » are put
 * back ("2 000 soldats" would otherwise break after the 2 on a phone, and a line start with ":"),
 * over the whole excerpt: "300 <mark>véhicules</mark>" spans two parts.
 */
function excerptNodes(excerpt: string): Node[] {
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    return { marked: match !== null, text: decode(match ? (match[1] ?? '') : part) };
  });
  // Each space they replace becomes one no-break space: the same length, so the parts cut back out.
  const typeset = keepSignsAttached(keepNumbersTogether(parts.map((part) => part.text).join('')));
  let at = 0;
  return parts.map(({ marked, text }) => {
    const piece = typeset.slice(at, (at += text.length));
    if (!marked) return document.createTextNode(piece);
    const mark = document.createElement('mark');
    mark.textContent = piece;
    return mark;
  });
}

/**
 * Entities decoded by the HTML parser, never run. Parsed inside <body>: a document's leading spaces
 * are dropped before its body starts, and the space after a <mark> went with them.
 */
function decode(text: string): string {
  return new DOMParser().parseFromString(`<body>${text}`, 'text/html').body.textContent ?? '';
}

async function run(query: string): Promise<void> {
  if (!statusLine || !list) return;
  if (!query.trim()) {
    list.replaceChildren();
    statusLine.textContent = '';
    return;
  }
  // As one types: Pagefind waits for a pause in typing, and drops a search overtaken by the next.
  const search = await (await load()).debouncedSearch(query, {}, 250);
  if (search === null) return;
  const { results } = search;
  const found = await Promise.all(results.slice(0, 20).map((result) => result.data()));
  // An article first for its own words: the cards quote it and outweigh it in term counts (their
  // sources repeat the words), but a reader searching a passage wants the text it comes from.
  const data = [
    ...found.filter((item) => item.meta.kind === 'Article'),
    ...found.filter((item) => item.meta.kind !== 'Article'),
  ];
  list.replaceChildren();
  statusLine.textContent =
    results.length === 0
      ? `Aucun résultat pour « ${query} ».`
      : `${results.length} résultat${results.length > 1 ? 's' : ''} pour « ${query} »${results.length > 20 ? ' (20 premiers affichés)' : ''}.`;
  for (const item of data) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    // What the page is and when: « Chiffre · 30 novembre 2022 » (from the page's data-pagefind-meta).
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [item.meta.kind, item.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(item.excerpt));
    li.append(link, meta, excerpt);
    list.append(li);
  }
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
  const update = () => {
    history.replaceState(null, '', input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
    void run(input.value);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener('input', update);
}
