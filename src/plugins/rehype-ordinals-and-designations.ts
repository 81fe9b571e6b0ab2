import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { typesetRuns, type TextRun } from '../lib/french-typography.ts';
import { isOtherLanguage } from './hast-language.ts';

/**
 * Elements whose text stays as it is: code and data, text never shown as page text, text that
 * cannot hold markup (a title, an option, SVG or MathML text), and text already set by this plugin.
 */
const LEFT_AS_IS = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'template',
  'title',
  'option',
  'textarea',
  'svg',
  'math',
  'sup',
  'sub',
]);

/** The class of a designation kept on one line (`white-space: nowrap` in the site's stylesheet). */
const UNBROKEN_CLASS = 'designation';

/**
 * Sets the suffix of every French ordinal in superior letters, "1<sup>er</sup>",
 * "5<sup>e</sup> patrouille", as French typography writes them rather than "1er" and "5e" on the
 * line; and keeps every designation on one line, "<span class="designation">Il-20</span>", where a
 * browser would otherwise end a line on "Il-" (in a quote in any language: "Tu-" then "95" is as
 * wrong in English). The text itself is unchanged: copied, searched or read aloud it is still "1er"
 * and "Il-20"; plain-text outputs (titles, descriptions, feeds, data, share images) keep the plain
 * form. Idempotent: text already set is left alone.
 */
const rehypeOrdinalsAndDesignations: Plugin<[], Root> = () => (tree) => {
  typesetChildren(tree, true, false);
};

/** Headings, whose hyphenated words stay whole (« au-dessus » never split over two lines). */
const HEADINGS = new Set(['h1', 'h2', 'h3']);

/**
 * Typesets the text under `parent`, whose language is French or not (`french`), in place;
 * `heading` when it is a headline's.
 */
function typesetChildren(parent: Root | Element, french: boolean, heading: boolean): void {
  for (let index = 0; index < parent.children.length; index += 1) {
    const child = parent.children[index];
    if (child?.type === 'element') {
      const alreadySet = child.tagName === 'span' && classes(child).includes(UNBROKEN_CLASS);
      if (LEFT_AS_IS.has(child.tagName) || alreadySet) continue;
      typesetChildren(child, languageIsFrench(child) ?? french, heading || HEADINGS.has(child.tagName));
    } else if (child?.type === 'text') {
      const runs = typesetRuns(child.value, { ordinals: french, compounds: heading && french });
      if (runs.every((run) => run.set === 'as-is')) continue;
      const replaced = runs.map(toHast);
      parent.children.splice(index, 1, ...replaced);
      index += replaced.length - 1;
    }
  }
}

/** Whether an element's own `lang` says French (true), another language (false), or nothing. */
function languageIsFrench(element: Element): boolean | undefined {
  if (isOtherLanguage(element)) return false;
  return typeof element.properties.lang === 'string' && element.properties.lang !== '' ? true : undefined;
}

function toHast(run: TextRun): ElementContent {
  const text: ElementContent = { type: 'text', value: run.text };
  if (run.set === 'as-is') return text;
  const element: Element =
    run.set === 'superior'
      ? { type: 'element', tagName: 'sup', properties: {}, children: [text] }
      : { type: 'element', tagName: 'span', properties: { className: [UNBROKEN_CLASS] }, children: [text] };
  return element;
}

function classes(element: Element): unknown[] {
  const className = element.properties.className;
  return Array.isArray(className) ? className : [];
}

export default rehypeOrdinalsAndDesignations;
