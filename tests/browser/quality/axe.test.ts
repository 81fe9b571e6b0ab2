import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AXE_TAGS } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { ARTICLE_PATH, readArticle } from '../support/content';
import { newPageWith } from '../support/pages';
import { startServer, type StaticServer } from '../support/server';

// Accessibilité de TOUT le site construit : axe-core (WCAG 2.0/2.1 A et AA, 2.2 AA) sur chaque page
// HTML de SITE_DIR en thème clair, et sur un échantillon (article, chronologie, fiche) en thème sombre.
// Un test par page : un échec nomme la page, puis chaque règle violée et ses éléments.
//
// Pour tenir sur ~170 pages, axe-core est injecté une fois par contexte (script d’initialisation) et
// lancé directement (`axe.run`) : `AxeBuilder` (../support/axe.ts) le réinjecte à chaque analyse et ouvre
// une page de plus pour finir le calcul, trois fois plus lent ici. Mêmes règles (AXE_TAGS), même rapport.

const SITE_DIR = resolve(process.env['SITE_DIR'] ?? 'dist');
/** Pages analysées en même temps (une page Chromium chacune) : au-delà, une machine à 2 cœurs sature. */
const PARALLEL = 2;
/** axe-core dans la version qu’utilise @axe-core/playwright. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);

/** Chemin d’URL d’un fichier HTML du site : `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function urlPathOf(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Une page de redirection d’Astro (`<meta http-equiv="refresh">`) : elle n’a pas de contenu à lire. */
function isRedirect(html: string): boolean {
  let redirect = false;
  visit(fromHtml(html), 'element', (node) => {
    const equiv = [node.properties['httpEquiv']].flat().map((value) => String(value).toLowerCase());
    if (node.tagName === 'meta' && equiv.includes('refresh')) redirect = true;
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

/** Quelques pages Chromium (axe-core déjà injecté), prêtées une à une : au plus `size` analyses à la fois. */
class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly all: Page[] = [];

  static async open(browser: Browser, size: number, options: BrowserContextOptions = {}): Promise<PagePool> {
    const pool = new PagePool();
    for (let i = 0; i < size; i += 1) {
      const page = await newPageWith(browser, options);
      await page.context().addInitScript(AXE_SOURCE);
      pool.all.push(page);
      pool.idle.push(page);
    }
    return pool;
  }

  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await new Promise<Page>((wake) => this.waiting.push(wake)));
    try {
      return await task(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  close(): Promise<unknown> {
    return Promise.all(this.all.map((page) => page.close()));
  }
}

let server: StaticServer;
let browser: Browser;
let light: PagePool;
let dark: PagePool;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(SITE_DIR), launchChromium()]);
  [light, dark] = await Promise.all([
    PagePool.open(browser, PARALLEL),
    PagePool.open(browser, PARALLEL, { colorScheme: 'dark' }),
  ]);
});

afterAll(async () => {
  await Promise.all([light?.close(), dark?.close()]);
  await browser?.close();
  await server?.close();
});

/** Ouvre `path` (statut 200 attendu), lance axe et échoue avec la liste des violations. */
async function audit(page: Page, path: string): Promise<void> {
  const response = await page.goto(server.url + path);
  if (response?.status() !== 200) throw new Error(`${path} : statut HTTP ${response?.status() ?? 'aucun'}`);
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const { violations } = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(runOptions),
    options,
  );
  if (violations.length === 0) return;
  // Même présentation que expectNoAxeViolations (../support/axe.ts) : règle, impact, aide, cibles.
  const lines = violations.map((violation) => {
    const targets = violation.nodes
      .map((node) => {
        const target = node.target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : s)).join(' → ');
        return `    - ${target}\n      ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`;
      })
      .join('\n');
    return `• ${violation.id} (${violation.impact ?? 'n/a'}) : ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(`${violations.length} violation(s) axe sur ${path} :\n${lines.join('\n')}`);
}

describe('le site construit', () => {
  it(`SITE_DIR (${SITE_DIR}) contient le site : l’article, la chronologie, une fiche`, ({ expect }) => {
    expect(contentPages.length, 'pages HTML dans SITE_DIR').toBeGreaterThan(0);
    expect(contentPages).toEqual(expect.arrayContaining(DARK_SAMPLE));
  });
});

describe(`axe, thème clair : chaque page (${contentPages.length})`, () => {
  it.concurrent.each(contentPages)('%s', (path) => light.use((page) => audit(page, path)));
});

describe('axe, thème sombre : article, chronologie, fiche', () => {
  it.concurrent.each(DARK_SAMPLE)('%s (thème sombre)', (path) => dark.use((page) => audit(page, path)));
});
