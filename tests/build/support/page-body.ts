import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** What `astro dev` adds to a page for its own tooling, never part of what readers get. */
const DEV_ONLY_ELEMENTS = new Set(['script', 'style', 'astro-dev-toolbar']);

/**
 * A page's `<body>` as readers read it, serialised: scripts and styles left out (dev serves them
 * from its own module URLs, the build from hashed files) and so are the source-location attributes
 * dev writes on each element. Everything else (every character of text, every element and
 * attribute, the typography's spaces, superior ordinals and unbroken designations) counts.
 */
export function readableBody(html: string): string {
  const tree: Root = fromHtml(html);
  let body: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'body') return undefined;
    body = node;
    return SKIP;
  });
  if (!body) throw new Error('page sans <body>');
  visit(body, 'element', (node, index, parent) => {
    if (parent && index !== undefined && DEV_ONLY_ELEMENTS.has(node.tagName)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const key of Object.keys(node.properties)) {
      if (key.startsWith('dataAstroSource')) delete node.properties[key];
    }
    return undefined;
  });
  return toHtml(body);
}
