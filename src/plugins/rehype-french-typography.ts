import type { Plugin } from 'unified';
import type { Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography } from '../lib/french-typography';

/** Elements whose text is code or data, not prose. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** Applies French typography (see `frenchTypography`) to every prose text node. */
const rehypeFrenchTypography: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node) => {
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
    if (node.type === 'text') node.value = frenchTypography(node.value);
    return undefined;
  });
};

export default rehypeFrenchTypography;
