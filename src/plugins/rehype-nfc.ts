import type { Plugin } from 'unified';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Text in one Unicode form (NFC): a body saved with decomposed accents (« é » as e + ◌́) reads and
 * matches its frontmatter quotes, anchors and date words like any other.
 */
const rehypeNfc: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'text', (node) => {
    node.value = node.value.normalize('NFC');
  });
};

export default rehypeNfc;
