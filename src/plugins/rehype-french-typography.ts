import type { Plugin } from 'unified';
import type { Element, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography, NNBSP, startsWithHighSign } from '../lib/french-typography.ts';
import { isOtherLanguage } from './hast-language.ts';

/** Elements whose text is code or data, not prose: shown as it is. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp']);
/** Elements whose text is never read as page text. */
const UNREAD = new Set(['script', 'style', 'template']);

/**
 * Applies French typography (see `frenchTypography`) to every French prose text node, and across
 * markup: in "l’<em>OTAN</em> ?" or "<time>2022</time><span> : …</span>" the sign starts another
 * text node, so the space before it is fixed against the text that precedes it in reading order.
 */
const rehypeFrenchTypography: Plugin<[], Root> = () => (tree) => {
  // What the next sign follows in reading order: French text, or text left as it is (code, a quote
  // in another language), which gets the narrow space before the sign but is never edited.
  let previous: Text | 'untouched' | undefined;
  visit(tree, (node) => {
    if (node.type === 'element' && UNREAD.has(node.tagName)) return SKIP;
    if (node.type === 'element' && (SKIPPED.has(node.tagName) || isOtherLanguage(node))) {
      if (hasText(node)) previous = 'untouched';
      return SKIP;
    }
    if (node.type !== 'text') return undefined;
    node.value = frenchTypography(node.value);
    if (previous && startsWithHighSign(node.value)) {
      if (previous !== 'untouched' && /\S/.test(previous.value)) {
        previous.value = previous.value.replace(/[ \u00a0\u202f]+$/, '');
      }
      node.value = node.value.replace(/^[ \u00a0\u202f]*/, NNBSP);
    }
    if (/\S/.test(node.value)) previous = node;
    return undefined;
  });
};

/** Whether an element holds visible text (an empty <code></code> is not text a sign can follow). */
function hasText(element: Element): boolean {
  let found = false;
  visit(element, 'text', (text) => {
    if (/\S/.test(text.value)) found = true;
  });
  return found;
}

export default rehypeFrenchTypography;
