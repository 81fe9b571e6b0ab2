import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A resource a body would make the reader's browser fetch from another host. */
export interface RemoteResource {
  readonly url: string;
  /** Line of the body (1-based) where it is written. */
  readonly line: number | undefined;
}

/** An address with a scheme (`https:`, `data:`) or protocol-relative (`//host/`): not the site's own. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** Attributes by which HTML fetches a resource (an `href` is a link, followed only on a click). */
const FETCHING_ATTRIBUTE =
  /\b(?:src|srcset|poster|data|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * Images and other resources of a markdown body (its syntax tree, as the page's parser reads it)
 * that live elsewhere: a reader's browser would request them wherever the site's Content Security
 * Policy is not served (a mirror, a feed reader, a saved page), telling that host who reads what.
 * The site's own files (`/images/…`) are fine.
 */
export function remoteResources(tree: Root): RemoteResource[] {
  const found: RemoteResource[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  visit(tree, (node) => {
    const line = node.position?.start.line;
    // `![…](url)`, or `![…][ref]` with `[ref]: url`: links to outside pages are fine, images are not.
    const url =
      node.type === 'image'
        ? node.url
        : node.type === 'imageReference'
          ? definitions.get(node.identifier)
          : undefined;
    if (url !== undefined && REMOTE.test(url)) found.push({ url, line });
    if (node.type === 'html') {
      for (const match of node.value.matchAll(FETCHING_ATTRIBUTE)) {
        const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
        if (value.split(',').some((part) => REMOTE.test(part.trim()))) found.push({ url: value, line });
      }
    }
  });
  return found;
}
