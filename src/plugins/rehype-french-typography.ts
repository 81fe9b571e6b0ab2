import type { Plugin } from 'unified';
import type { Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography, NNBSP, startsWithHighSign } from '../lib/french-typography.ts';

/** Elements whose text is code or data, not prose. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * Applies French typography (see `frenchTypography`) to every prose text node, and across markup:
 * in "l’<em>OTAN</em> ?" or "<time>2022</time><span> : …</span>" the sign starts another text
 * node, so the space before it is fixed against the text that precedes it in reading order.
 */
const rehypeFrenchTypography: Plugin<[], Root> = () => (tree) => {
  let previous: Text | undefined;
  visit(tree, (node) => {
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    node.value = frenchTypography(node.value);
    if (previous && /\S/.test(previous.value) && startsWithHighSign(node.value)) {
      previous.value = previous.value.replace(/[ \u00a0\u202f]+$/, '');
      node.value = node.value.replace(/^[ \u00a0\u202f]*/, NNBSP);
    }
    if (/\S/.test(node.value)) previous = node;
    return undefined;
  });
};

export default rehypeFrenchTypography;
