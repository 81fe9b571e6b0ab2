import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../../astro.config.mjs';
import { ARTICLE_PATH, readArticle } from '../support/content';
import { openForTest } from '../support/pages';
import { SITE_DIR, siteInChromium } from '../support/site';

// Links and resources of the WHOLE built site (SITE_DIR), read from the parsed HTML:
// - every internal URL (href, src, srcset, cite, action, og:image, <meta refresh> redirect…)
//   leads to a file of the site, and every #fragment (before any `:~:text=`) to an id of the target page;
// - no page makes the browser load a resource (script, stylesheet, image, font, frame…) from
//   another host: <a> links to the sources load nothing;
// - in Chromium, the article, a fact card and the timeline request nothing except from 127.0.0.1.

if (!astroConfig.site) throw new Error('astro.config.mjs : `site` manquant');
/** The production origin (`site` in astro.config.mjs): an absolute URL pointing to it is internal. */
const SITE = new URL(astroConfig.site).origin;

/** A reference found in a page: what it points to and whether the browser loads it. */
interface Reference {
  /** Where it is written, for the message: `img[srcset]`, `meta[property=og:image]`… */
  readonly where: string;
  readonly value: string;
  /** `resource`: loaded by the browser (script, style, image, font, frame); `link`: followed on click. */
  readonly kind: 'resource' | 'link';
}

interface SitePage {
  readonly file: string;
  readonly path: string;
  readonly ids: ReadonlySet<string>;
  readonly references: readonly Reference[];
}

/** `rel` values of a <link> that make the browser load something. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
]);

/** Attributes (hast property names) that carry a loaded URL, per element. */
const RESOURCE_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xLinkHref'],
  use: ['href', 'xLinkHref'],
  feImage: ['href', 'xLinkHref'],
};
/** Attributes that carry a followed URL (navigation, form submission, citation). */
const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'xLinkHref'],
  area: ['href'],
  form: ['action'],
  button: ['formAction'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};
/** Open Graph / Twitter metadata that contain a URL (checked if it is on `site`). */
const URL_METAS = new Map<string, Reference['kind']>([
  ['og:image', 'resource'],
  ['og:image:url', 'resource'],
  ['og:image:secure_url', 'resource'],
  ['twitter:image', 'resource'],
  ['og:url', 'link'],
]);

function list(value: Properties[string]): string[] {
  if (value === undefined || value === null || value === false || value === true) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
 * The URLs of a `srcset`: each candidate is "URL [descriptor]", separated by commas;
 * a URL may itself contain a comma (data:), hence this browser-style splitting.
 */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') return urls;
    const url = /^\S+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(url.length);
    // Trailing commas end the URL (no descriptor); otherwise skip the descriptor.
    if (/,+$/.test(url)) urls.push(url.replace(/,+$/, ''));
    else {
      urls.push(url);
      rest = rest.replace(/^[^,]*/, '');
    }
  }
}

/** The URLs of an attribute value (hast may return a list: join it back as written). */
function urlsOf(attribute: string, value: Properties[string]): string[] {
  if (attribute === 'srcSet') return srcsetUrls(list(value).join(', '));
  return list(value).map((url) => url.trim());
}

function referencesOf(node: Element): Reference[] {
  const found: Reference[] = [];
  const add = (kind: Reference['kind'], attribute: string, where = `${node.tagName}[${attribute}]`) => {
    for (const value of urlsOf(attribute, node.properties[attribute])) found.push({ where, value, kind });
  };
  if (node.tagName === 'link') {
    const rels = list(node.properties['rel']).map((rel) => rel.toLowerCase());
    add(
      rels.some((rel) => FETCHING_RELS.has(rel)) ? 'resource' : 'link',
      'href',
      `link[rel=${rels.join(' ')}]`,
    );
  }
  for (const attribute of RESOURCE_ATTRIBUTES[node.tagName] ?? []) add('resource', attribute);
  for (const attribute of LINK_ATTRIBUTES[node.tagName] ?? []) add('link', attribute);
  if (node.tagName === 'meta') {
    const name = String(node.properties['property'] ?? node.properties['name'] ?? '').toLowerCase();
    const content = String(node.properties['content'] ?? '').trim();
    const kind = URL_METAS.get(name);
    // Only on our domain: a share image hosted elsewhere is only loaded by social networks.
    if (kind && content.startsWith(`${SITE}/`)) found.push({ where: `meta[${name}]`, value: content, kind });
    if (list(node.properties['httpEquiv']).some((equiv) => equiv.toLowerCase() === 'refresh')) {
      const url = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(.+)$/i.exec(content)?.[1];
      if (url)
        found.push({
          where: 'meta[http-equiv=refresh]',
          value: url.trim().replace(/^['"]|['"]$/g, ''),
          kind: 'link',
        });
    }
  }
  return found;
}

/** URL path of an HTML file of the site: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

function readPage(file: string): SitePage {
  const tree = fromHtml(readFileSync(join(SITE_DIR, file), 'utf8'));
  const ids = new Set<string>();
  const references: Reference[] = [];
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (id !== undefined && id !== null) ids.add(String(id));
    // A named anchor (<a name>) is also a fragment target.
    if (node.tagName === 'a' && typeof node.properties['name'] === 'string') ids.add(node.properties['name']);
    references.push(...referencesOf(node));
  });
  return { file, path: urlPathOf(file), ids, references };
}

const files = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.split('\\').join('/'))
  .sort();
const pages = files.map(readPage);
const pagesByFile = new Map(pages.map((page) => [page.file, page]));

/** The SITE_DIR file served for `pathname` (`/a/` → `a/index.html`), or an error message. */
function targetFile(pathname: string): { file: string } | { error: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 'adresse mal encodée' };
  }
  const relativePath = decoded.replace(/^\/+/, '');
  if (relativePath.split('/').includes('..')) return { error: 'sort du site (..)' };
  if (decoded.endsWith('/')) {
    const file = `${relativePath}index.html`;
    return existsSync(join(SITE_DIR, file)) ? { file } : { error: `aucun fichier ${file}` };
  }
  const full = join(SITE_DIR, relativePath);
  if (!existsSync(full)) return { error: `aucun fichier ${relativePath}` };
  if (statSync(full).isDirectory()) {
    return existsSync(join(full, 'index.html'))
      ? { error: `répertoire sans barre finale (trailingSlash: 'always') : écrire ${decoded}/` }
      : { error: `${relativePath}/ est un répertoire sans index.html` };
  }
  return { file: relativePath };
}

/** The resources that a stylesheet of the site makes the browser load (`url()`, `@import`). */
const cssCache = new Map<string, string[]>();
function cssUrls(file: string): string[] {
  let urls = cssCache.get(file);
  if (!urls) {
    const css = readFileSync(join(SITE_DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)]
      .map((match) => (match[2] ?? match[4] ?? '').trim())
      .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('#'));
    cssCache.set(file, urls);
  }
  return urls;
}

/** A page's problems: broken internal URLs, missing fragments, resources from another host. */
function problemsOf(page: SitePage): string[] {
  const problems: string[] = [];
  const base = `${SITE}${page.path}`;
  const check = (reference: Reference, from = base): void => {
    const label = `${reference.where}="${reference.value}"`;
    let url: URL;
    try {
      url = new URL(reference.value, from);
    } catch {
      problems.push(`${label} : adresse invalide`);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      // data: (inline images) is allowed; mailto:, tel: are links; javascript: is for security.test.ts.
      if (reference.kind === 'resource' && url.protocol !== 'data:') {
        problems.push(`${label} : ressource en ${url.protocol}`);
      }
      return;
    }
    if (url.origin !== SITE) {
      if (reference.kind === 'resource')
        problems.push(`${label} : ressource chargée depuis un autre hôte (${url.host})`);
      return;
    }
    const target = targetFile(url.pathname);
    if ('error' in target) {
      problems.push(`${label} : ${target.error}`);
      return;
    }
    if (target.file.endsWith('.css') && reference.kind === 'resource') {
      for (const value of cssUrls(target.file))
        check({ where: `${target.file} → url()`, value, kind: 'resource' }, url.href);
    }
    // `#id:~:text=…`: only what precedes the text fragment directive names an id.
    const fragment = url.hash.slice(1).split(':~:')[0] ?? '';
    if (fragment === '') return;
    const targetPage = pagesByFile.get(target.file);
    if (!targetPage) return; // fragment of a non-HTML file (SVG…): out of scope here
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      problems.push(`${label} : fragment mal encodé`);
      return;
    }
    // `#top` with no element of that id scrolls to the top of the page (HTML, « scroll to the fragment »).
    if (!targetPage.ids.has(id) && id.toLowerCase() !== 'top') {
      problems.push(`${label} : aucun id="${id}" dans ${target.file}`);
    }
  };
  page.references.forEach((reference) => check(reference));
  // The same broken link repeated (header and footer): one line, with the number of occurrences.
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  return [...counts].map(([problem, count]) => (count > 1 ? `${problem} (×${count})` : problem));
}

describe('liens et ressources dans le HTML construit', () => {
  it(`SITE_DIR (${SITE_DIR}) contient des pages HTML ; site = ${SITE}`, () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.map((page) => page.path)).toContain(ARTICLE_PATH);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
    const problems = problemsOf(page);
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} problème(s) dans ${page.file} :\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
  });
});

describe('dans Chromium : aucune requête vers un autre hôte', () => {
  const site = siteInChromium();

  const CARD_PATH = `/faits/${readArticle().figures[0]?.id ?? ''}/`;
  it.each([ARTICLE_PATH, CARD_PATH, '/chronologie/'])('%s', async (path) => {
    const requested: string[] = [];
    const page = await openForTest(site.browser, site.server.url + path, {}, (opened) =>
      opened.on('request', (request) => requested.push(request.url())),
    );
    // Down to the bottom of the page: lazy images (loading="lazy") are requested too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(requested.length).toBeGreaterThan(0);
    const elsewhere = requested.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol !== 'data:' && hostname !== '127.0.0.1';
    });
    expect(elsewhere, `requêtes de ${path} hors de 127.0.0.1`).toEqual([]);
  });
});
