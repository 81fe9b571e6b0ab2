import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { launchChromium, newPage } from '../support/chromium';
import { ARTICLE_PATH, readArticle } from '../support/content';
import { newPageWith } from '../support/pages';
import { startServer, type StaticServer } from '../support/server';

// Accessibilité de TOUT le site construit : axe-core (WCAG 2.0/2.1 A et AA, 2.2 AA) sur chaque page
// HTML de SITE_DIR en thème clair, et sur un échantillon (article, chronologie, fiche) en thème sombre.
// Un test par page : un échec nomme la page, puis chaque règle violée et ses éléments.

const SITE_DIR = resolve(process.env['SITE_DIR'] ?? 'dist');
/** Pages analysées en même temps (une page Chromium chacune) : au-delà, la machine de CI sature. */
const PARALLEL = 2;

/** Chemin d’URL d’un fichier HTML du site : `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function urlPathOf(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Une page de redirection d’Astro (`<meta http-equiv="refresh">`) : elle n’a pas de contenu à lire. */
function isRedirect(html: string): boolean {
  let redirect = false;
  visit(fromHtml(html), 'element', (node) => {
    const equiv = node.properties['httpEquiv'];
    if (node.tagName === 'meta' && (Array.isArray(equiv) ? equiv : [equiv]).includes('refresh')) redirect = true;
  });
  return redirect;
}

const files = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const pages = files.map((file) => ({
  path: urlPathOf(file),
  redirect: isRedirect(readFileSync(join(SITE_DIR, file), 'utf8')),
}));
/** Les pages de redirection sont quittées aussitôt ouvertes : axe porte sur leur cible, elle-même listée. */
const contentPages = pages.filter((page) => !page.redirect).map((page) => page.path);

const CARD_PATH = `/faits/${readArticle().figures[0]?.id ?? ''}/`;
const TIMELINE_PATH = '/chronologie/';
const DARK_SAMPLE = [ARTICLE_PATH, TIMELINE_PATH, CARD_PATH];

let server: StaticServer;
let browser: Browser;
/** Pages Chromium libres, prêtées une à une aux tests (au plus PARALLEL analyses à la fois). */
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];
const opened: Page[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(SITE_DIR), launchChromium()]);
  for (let i = 0; i < PARALLEL; i += 1) opened.push(await newPage(browser));
  idle.push(...opened);
});

afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
  await browser?.close();
  await server?.close();
});

/** Prête une page libre à `task` (attend qu’une se libère), puis la rend. */
async function withPage<T>(task: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((wake) => waiting.push(wake)));
  try {
    return await task(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

/** Ouvre `path` (statut 200 attendu) et lance axe : échoue avec la liste des violations. */
async function audit(page: Page, path: string): Promise<void> {
  const response = await page.goto(server.url + path);
  if (response?.status() !== 200) throw new Error(`${path} : statut HTTP ${response?.status() ?? 'aucun'}`);
  await expectNoAxeViolations(page);
}

describe('le site construit', () => {
  it(`SITE_DIR (${SITE_DIR}) contient le site : l’article, la chronologie, une fiche`, ({ expect }) => {
    expect(contentPages.length, 'pages HTML dans SITE_DIR').toBeGreaterThan(0);
    expect(contentPages).toEqual(expect.arrayContaining(DARK_SAMPLE));
  });
});

describe(`axe, thème clair : chaque page (${contentPages.length})`, () => {
  it.concurrent.each(contentPages)('%s', (path) => withPage((page) => audit(page, path)));
});

describe('axe, thème sombre : article, chronologie, fiche', () => {
  it.concurrent.each(DARK_SAMPLE)('%s', async (path) => {
    const page = await newPageWith(browser, { colorScheme: 'dark' });
    try {
      await audit(page, path);
    } finally {
      await page.close();
    }
  });
});
