import type { Plugin } from 'unified';
import type { Root, Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { paragraphIds } from '../lib/paragraphs';

/**
 * Gives every top-level paragraph a stable id from its opening words (see `paragraphIds`),
 * so fact cards can link back to `/articles/<slug>/#<id>`.
 */
const rehypeParagraphIds: Plugin<[], Root> = () => (tree) => {
  const paragraphs = tree.children.filter(
    (node): node is Element => node.type === 'element' && node.tagName === 'p',
  );
  const ids = paragraphIds(paragraphs.map((p) => toString(p)));
  paragraphs.forEach((p, index) => {
    p.properties.id = ids[index];
  });
};

export default rehypeParagraphIds;
