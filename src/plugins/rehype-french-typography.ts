import type { Plugin } from 'unified';
import type { Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography, NNBSP, startsWithHighSign } from '../lib/french-typography';

/** Elements whose text is code or data, not prose. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * Applies French typography (see `frenchTypography`) to every prose text node, and across markup:
 * "l’<em>OTAN</em> ?" gets its narrow no-break space although "?" starts another text node.
 */
const rehypeFrenchTypography: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    node.value = frenchTypography(node.value);
    const previous = index === undefined || index === 0 ? undefined : parent?.children[index - 1];
    if (previous?.type === 'element' && startsWithHighSign(node.value)) {
      node.value = node.value.replace(/^[ \u00a0\u202f]*/, NNBSP);
    }
    return undefined;
  });
};

export default rehypeFrenchTypography;
