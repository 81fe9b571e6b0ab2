import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../plugins/rehype-paragraph-ids';
import { sanitizeSchema } from '../plugins/sanitize-schema';
import { linkMentions } from './fact-mentions';
import type { MentionTarget } from './mention-targets';
import { remoteResources, type RemoteResource } from './remote-resources';

/** A top-level paragraph of the body: its anchor and its text as a reader sees it (markup removed). */
export interface BodyParagraph {
  readonly id: string;
  readonly text: string;
}

/**
 * An article body parsed once: the tree the page is rendered from, its paragraphs, and what it
 * would make a reader's browser fetch from other hosts (read from the same parse, before HTML).
 */
export interface ArticleBody {
  readonly tree: Root;
  readonly paragraphs: readonly BodyParagraph[];
  readonly remoteResources: readonly RemoteResource[];
}

// Astro's own markdown steps (GFM, raw HTML, heading ids), without smartypants, whose English
// curly quotes the page's French typography would have to undo (src/middleware.ts typesets).
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  // Raw HTML parsed first, so sanitizing removes exactly what an author may paste by mistake
  // (script, on* handlers, javascript: URLs) and keeps the text and harmless markup around it.
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeHeadingIds)
  .use(rehypeParagraphIds);

const printer = unified().use(rehypeStringify);

/**
 * Parses an article body (NFC) into the tree its page shows: quotes are looked up in these
 * paragraphs and cards link to these anchors, so what is checked is what is published.
 */
export function parseArticleBody(markdown: string): ArticleBody {
  // Astro's heading-id plugin keeps its headings in the file's data.
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
  const markdownTree = parser.parse(file);
  const remote = remoteResources(markdownTree);
  const tree = parser.runSync(markdownTree, file);
  const paragraphs = tree.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'p')
    .map((p) => ({ id: String(p.properties.id), text: toString(p) }));
  return { tree, paragraphs, remoteResources: remote };
}

/**
 * The body's HTML with its mentions linked to their cards; `missed` are the targets no occurrence
 * could take (the model reports them). Works on a copy: the parsed body stays as it was read.
 */
export function renderArticleBody(
  body: ArticleBody,
  targets: readonly MentionTarget[],
): { html: string; missed: MentionTarget[] } {
  const tree = structuredClone(body.tree);
  const missed = linkMentions(tree, targets);
  return { html: printer.stringify(tree), missed };
}
