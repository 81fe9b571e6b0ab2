import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';

/**
 * The built site read as files: what a page says, links and declares is in its HTML, so the tests
 * that read no layout, run no script and move no focus parse `dist/` instead of opening Chromium.
 */

/** The built site under test: `dist/`, or the folder named by `$SITE_DIR` (another build of the site). */
export const SITE_DIR = resolve(process.env['SITE_DIR'] ?? 'dist');

/** The file a URL path is served from: `/a/` → `a/index.html`, `/rss.xml` → `rss.xml`. */
export function fileOf(path: string): string {
  const pathname = new URL(path, 'http://site.invalid').pathname;
  return join(SITE_DIR, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
}

/** The bytes a URL path serves; a missing file fails the test with the path (a reader's 404). */
export function builtFile(path: string): Buffer {
  const file = fileOf(path);
  if (!existsSync(file)) throw new Error(`${path} : aucun fichier dans le site construit (${file})`);
  return readFileSync(file);
}

const parsed = new Map<string, Root>();

/** The parsed HTML of the page at `path` (parsed once per test file). */
export function builtPage(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) {
    tree = fromHtml(builtFile(path).toString('utf8'));
    parsed.set(path, tree);
  }
  return tree;
}

/** The elements matching a CSS selector, in document order. */
export function $$(scope: Root | Element, selector: string): Element[] {
  return selectAll(selector, scope);
}

/** The first element matching a CSS selector; none fails the test, naming the selector. */
export function $(scope: Root | Element, selector: string): Element {
  const found = select(selector, scope);
  if (!found) throw new Error(`aucun élément ne répond à « ${selector} »`);
  return found;
}

/** An attribute as the DOM's `getAttribute` gives it (lists joined by spaces), or null. */
export function attr(element: Element, name: string): string | null {
  const value = element.properties[find(html, name).property];
  if (value === undefined || value === null || value === false) return null;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text as `innerText` lays it out from the markup alone (blocks on their own lines, no CSS). */
export function innerText(node: Root | Element): string {
  return toText(node);
}

/** Every text node, as `textContent` gives it (what a screen reader and the search index get). */
export function textContent(node: Root | Element): string {
  return toString(node);
}

/**
 * A region as `getByRole('region', { name })` finds it: a <section> named by `aria-label` or by the
 * text of the element its `aria-labelledby` points to. Undefined when the page has none.
 */
export function region(page: Root, name: string): Element | undefined {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
  return $$(page, 'section[aria-labelledby], section[aria-label]').find((section) => {
    const label = attr(section, 'aria-label');
    if (label !== null) return norm(label) === name;
    const parts = (attr(section, 'aria-labelledby') ?? '').split(/\s+/).map((id) => {
      const target = select(`[id="${id}"]`, page);
      return target ? textContent(target) : '';
    });
    return norm(parts.join(' ')) === name;
  });
}

/** The first element after `element`, among its siblings, that matches `selector` (XPath's following-sibling). */
export function followingSibling(page: Root, element: Element, selector: string): Element | undefined {
  let found: Element | undefined;
  visit(page, 'element', (node, index, parent) => {
    if (node !== element || index === undefined || !parent) return;
    found = parent.children
      .slice(index + 1)
      .find((sibling): sibling is Element => sibling.type === 'element' && matches(selector, sibling));
  });
  return found;
}
