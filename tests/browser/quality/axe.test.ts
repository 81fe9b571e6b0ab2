import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AXE_TAGS } from '../support/axe';
import { newPage } from '../support/chromium';
import { applyTextSpacing } from '../support/pages';
import { ARTICLE_PATH, readArticle } from '../support/content';
import { SITE_DIR, siteInChromium } from '../support/site';

// Accessibility of the built site: axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on every template of
// SITE_DIR in the light theme in a phone's window, with reflow at 320 px (WCAG 1.4.10), as the page
// comes and with a reader's text spacing (WCAG 1.4.12), which axe leaves to people; and on a desktop,
// a page of each kind in the light theme and a sample (home, article, timeline, card) in the dark one.
// A template is tested on its longest page and its shortest (most content, emptiest sections), not on
// every page it makes: the rules axe checks are the template's, and the suite stays within minutes.
// One test per page: a failure names the page, then each violated rule and its elements.
//
// To scale to ~170 pages, axe-core is injected once per context (init script) and run
// directly (`axe.run`): `AxeBuilder` (../support/axe.ts) re-injects it on every analysis and opens
// one more page to finish the computation, three times slower here. Same rules (AXE_TAGS), same report.

/** Pages analysed at the same time (one Chromium page each): beyond that, a 2-core machine saturates. */
const PARALLEL = 2;
/** axe-core in the version that @axe-core/playwright uses. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);

/** URL path of an HTML file of the site: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function urlPathOf(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** An Astro redirect page (`<meta http-equiv="refresh">`): it has no content to read. */
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
/**
 * The template a page comes from: its path with each id and page number replaced by a star,
 * and for the cards, which have one route but several layouts, the kind of card it shows.
 */
function templateOf(path: string, html: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  const pattern = `/${[first, ...rest.map(() => '*')].join('/')}${path.endsWith('/') ? '/' : ''}`;
  const kind = /data-pagefind-meta="kind:([^,"]+)/.exec(html)?.[1];
  return path.startsWith('/faits/') ? `${pattern} (${kind ?? '?'})` : pattern;
}

const pages = files.map((file) => {
  const html = readFileSync(join(SITE_DIR, file), 'utf8');
  const path = urlPathOf(file);
  return { path, redirect: isRedirect(html), template: templateOf(path, html), size: html.length };
});
/** Redirect pages are left as soon as they open: axe checks their target, which is listed itself. */
const contentPages = pages.filter((page) => !page.redirect);
/** Each template's longest and shortest page (one when it makes a single page). */
const templateSample = [
  ...Map.groupBy(contentPages, (page) => page.template)
    .values()
    .flatMap((group) => {
      const bySize = group.toSorted((a, b) => b.size - a.size || a.path.localeCompare(b.path));
      return [...new Set([bySize[0]!.path, bySize.at(-1)!.path])];
    }),
].sort();

const article = readArticle();
const CARD_PATH = `/faits/${article.figures[0]?.id ?? ''}/`;
const TIMELINE_PATH = '/chronologie/';
/** The desktop layout of each kind of page, in the light theme. */
const DESKTOP_SAMPLE = [
  '/',
  ARTICLE_PATH,
  TIMELINE_PATH,
  '/chronologie/patrouilles-aeriennes/',
  '/chronologie/2022/',
  '/chronologie/pays/inde/',
  CARD_PATH,
  // An article event with a card of its own (one the record holds is the record's card).
  `/faits/${article.events.find((event) => !event.sameAs)?.id ?? ''}/`,
  // A card of the researched record (its own layout: participants, sources, map).
  `/faits/${
    readdirSync('content/exercises')
      .filter((file) => file.endsWith('.yaml'))[0]
      ?.replace(/\.yaml$/, '') ?? ''
  }/`,
  '/appareils/tu-95/',
  '/acteurs/russie/',
];
const DARK_SAMPLE = ['/', ARTICLE_PATH, TIMELINE_PATH, CARD_PATH];

/** A few Chromium pages (axe-core already injected), lent one at a time: at most `size` analyses at once. */
class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly all: Page[] = [];

  static async open(browser: Browser, size: number, options: BrowserContextOptions = {}): Promise<PagePool> {
    const pool = new PagePool();
    for (let i = 0; i < size; i += 1) {
      const page = await newPage(browser, options);
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

/**
 * A small phone's window, 320 CSS px wide: there WCAG 1.4.10 (reflow, AA) asks that content read
 * without scrolling sideways, which axe does not check. Every page is analysed in it, and in the
 * layout most narrow screens get (the desktop layout is analysed on the samples below).
 */
const PHONE = { width: 320, height: 640 };
/** The samples' window: a desktop. */
const DESKTOP = { width: 1280, height: 720 };

const site = siteInChromium();
let light: PagePool;
let desktop: PagePool;
let dark: PagePool;

beforeAll(async () => {
  [light, desktop, dark] = await Promise.all([
    PagePool.open(site.browser, PARALLEL, { viewport: PHONE }),
    PagePool.open(site.browser, PARALLEL, { viewport: DESKTOP }),
    PagePool.open(site.browser, PARALLEL, { viewport: DESKTOP, colorScheme: 'dark' }),
  ]);
});

afterAll(async () => {
  await Promise.all([light?.close(), desktop?.close(), dark?.close()]);
});

/** What sticks out of the window sideways: the page's width, and the innermost elements past its edge. */
function reflowFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = window.innerWidth;
    if (document.documentElement.scrollWidth <= edge) return [];
    // What a box scrolls or clips (the timeline chart in its scroll box, an SVG's shapes) cannot
    // widen the page: naming it would hide the element that does.
    const contained = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (box instanceof SVGElement || getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    const past = (el: Element) => el.getBoundingClientRect().right > edge + 0.5 && !contained(el);
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && ![...el.children].some(past))
      .slice(0, 5)
      .map(
        (el) =>
          `    - <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> « ${(el.textContent ?? '').trim().slice(0, 60)} »`,
      );
    return [
      `• reflow (WCAG 1.4.10) : ${document.documentElement.scrollWidth} px de large pour ${edge} px d’écran`,
      ...culprits,
    ];
  });
}

/**
 * Opens `path` (status 200 expected), runs axe, and in a phone's window checks reflow too; fails
 * with the list of violations.
 */
async function audit(page: Page, path: string): Promise<void> {
  const response = await page.goto(site.server.url + path);
  if (response?.status() !== 200) throw new Error(`${path} : statut HTTP ${response?.status() ?? 'aucun'}`);
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const { violations } = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(runOptions),
    options,
  );
  // Reflow as the page comes, then with the text spacing a reader may set (WCAG 1.4.12).
  const reflow: string[] = [];
  if (page.viewportSize()?.width === PHONE.width) {
    reflow.push(...(await reflowFailures(page)));
    if (reflow.length === 0) {
      await applyTextSpacing(page);
      reflow.push(
        ...(await reflowFailures(page)).map((line) =>
          line.replace('• reflow (WCAG 1.4.10)', '• reflow, texte espacé (WCAG 1.4.10 et 1.4.12)'),
        ),
      );
    }
  }
  if (violations.length === 0 && reflow.length === 0) return;
  // Same layout as expectNoAxeViolations (../support/axe.ts): rule, impact, help, targets.
  const lines = violations.map((violation) => {
    const targets = violation.nodes
      .map((node) => {
        const target = node.target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : s)).join(' → ');
        return `    - ${target}\n      ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`;
      })
      .join('\n');
    return `• ${violation.id} (${violation.impact ?? 'n/a'}) : ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
  });
  const overflow = reflow.length > 0 ? ', et la page déborde à 320 px' : '';
  throw new Error(
    `${violations.length} violation(s) axe sur ${path}${overflow} :\n${[...lines, ...reflow].join('\n')}`,
  );
}

describe('le site construit', () => {
  it(`SITE_DIR (${SITE_DIR}) contient le site : l’article, la chronologie, une fiche`, ({ expect }) => {
    const paths = contentPages.map((page) => page.path);
    expect(paths.length, 'pages HTML dans SITE_DIR').toBeGreaterThan(0);
    expect(paths).toEqual(expect.arrayContaining([...DESKTOP_SAMPLE, ...DARK_SAMPLE]));
    // Every kind of card has its own layout, so its own sample: each card must say its kind.
    expect(contentPages.filter((page) => page.template.endsWith('(?)')).map((page) => page.path)).toEqual([]);
  });
});

describe(`axe et reflow, thème clair, écran de 320 px : chaque gabarit (${templateSample.length} pages sur ${contentPages.length})`, () => {
  it.concurrent.each(templateSample)('%s', (path) => light.use((page) => audit(page, path)));
});

describe('axe, thème clair, écran de 1 280 px : chaque sorte de page', () => {
  it.concurrent.each(DESKTOP_SAMPLE)('%s', (path) => desktop.use((page) => audit(page, path)));
});

describe('axe, thème sombre, écran de 1 280 px : accueil, article, chronologie, fiche', () => {
  it.concurrent.each(DARK_SAMPLE)('%s (thème sombre)', (path) => dark.use((page) => audit(page, path)));
});
