import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, cleanup, PROJECT, type BuildResult } from './support/broken-build';
import { expectPagerOnEveryPage } from './support/pager';
import { addFile, replaceOnce } from '../support/content-mutations';
import { $, $$, attr, followingSibling, textContent } from '../site/support/built';
import { ARCHIVE_PAGE_SIZE, FEED_LATEST, HOME_LATEST } from '../../src/lib/article-lists';
import { ENTITY_PAGE_SIZE } from '../../src/lib/entity-pages';
import { TIMELINE_PAGE_SIZE } from '../../src/lib/timeline-pages';
import { readSeed, stubShareImages, syntheticArticle } from '../../scripts/synthetic-articles.mjs';

// A site whose every list is longer than a page, on one real build of a copy of the project:
// more articles than any list holds (the seed article plus copies of it, as `npm run bench` makes
// them, each published a day earlier than the one before), and every researched event entered
// twice (a copy of each file under a new id), which doubles the record past one page. Lists that
// grow with the newsroom (entity pages, home, archive, feed, timeline) must stay bounded and lose
// nothing. Share images are stubbed: not what this is about, and they would triple the time.
const COPIES = Math.max(ENTITY_PAGE_SIZE, ARCHIVE_PAGE_SIZE, FEED_LATEST, HOME_LATEST);
const ARTICLES = COPIES + 1;
const EXERCISES = 'content/exercises';
const researched = readdirSync(join(PROJECT, EXERCISES)).filter((file) => file.endsWith('.yaml'));

let result: BuildResult;

beforeAll(async () => {
  result = await buildWith(async (root) => {
    const seed = readSeed();
    for (let k = 1; k <= COPIES; k++)
      await writeFile(join(root, 'content/articles', `${seed.slug}-${k}.md`), syntheticArticle(seed, k));
    for (const file of researched) {
      const text = await readFile(join(root, EXERCISES, file), 'utf8');
      await addFile(
        root,
        join(EXERCISES, file.replace(/\.yaml$/, '-bis.yaml')),
        replaceOnce(text, /^datasetId: (.+)$/m, 'datasetId: $1-bis'),
      );
    }
    await stubShareImages(root);
  });
});
afterAll(() => cleanup(result));

it('le build réussit', () => {
  expect(result.code, result.output).toBe(0);
});

/** A built page of this build, parsed. */
const page = (...path: string[]): Root =>
  fromHtml(readFileSync(join(result.dist, ...path, 'index.html'), 'utf8'));

const hrefs = (links: readonly Element[]) => links.map((link) => attr(link, 'href'));

/** Paths of the articles a built entity, home or archive page lists, in page order. */
const articlesOf = (tree: Root) =>
  hrefs($$(tree, ':is(h2, h3) > a[href^="/articles/"]')).filter((href) => href !== '/articles/');

/** Fact links of the "Faits liés" list of a built entity page. */
const factsOf = (tree: Root) => {
  const heading = $$(tree, 'h2').find((h2) => textContent(h2) === 'Faits liés');
  const list = heading && followingSibling(tree, heading, 'ul');
  return list ? hrefs($$(list, 'a[href^="/faits/"]')) : [];
};

/** The page's title, as the browser's tab shows it. */
const titleOf = (tree: Root) => textContent($(tree, 'title'));

describe('plus d’articles qu’une page n’en contient', () => {
  /** Built pages of an entity, first to last (page/2/, page/3/… until one is missing). */
  const pagesOf = (path: string): Root[] => {
    const pages = [page(path)];
    for (let n = 2; existsSync(join(result.dist, path, 'page', String(n), 'index.html')); n++)
      pages.push(page(path, 'page', String(n)));
    return pages;
  };

  it.each(['/acteurs/russie/', '/appareils/tu-95/', '/lieux/mer-du-japon/'])(
    '%s liste chaque article exactement une fois, sans dépasser la taille de page',
    (path) => {
      const pages = pagesOf(path);
      expect(pages).toHaveLength(Math.ceil(ARTICLES / ENTITY_PAGE_SIZE));
      const all = pages.flatMap(articlesOf);
      expect(new Set(all).size).toBe(ARTICLES);
      expect(all).toHaveLength(ARTICLES);
      for (const html of pages) expect(articlesOf(html).length).toBeLessThanOrEqual(ENTITY_PAGE_SIZE);
    },
  );

  it('met les faits de chaque article sur la page de ses mentions, sans perte ni répétition', () => {
    const pages = pagesOf('/acteurs/russie/');
    const facts = pages.flatMap(factsOf);
    expect(new Set(facts).size).toBe(facts.length);
    // Every copy carries the seed's facts: as many facts per article on every page.
    const perArticle = facts.length / ARTICLES;
    expect(perArticle).toBeGreaterThan(0);
    expect(Number.isInteger(perArticle)).toBe(true);
    for (const html of pages) expect(factsOf(html).length).toBe(perArticle * articlesOf(html).length);
  });

  it('chaque page mène à toutes les pages, la page courante marquée, avec la précédente et la suivante', () => {
    const pages = pagesOf('/acteurs/russie/');
    expectPagerOnEveryPage(pages, '/acteurs/russie/');
  });

  it('donne à chaque page son propre titre et sa propre URL canonique, et un seul lien permanent : celui de l’entité', () => {
    const pages = pagesOf('/acteurs/russie/');
    const titles = pages.map(titleOf);
    expect(new Set(titles).size).toBe(pages.length);
    // Spaces may be no-break ones (French typography holds a number to the word after it).
    expect(titles[1]).toMatch(new RegExp(`page\\s2\\ssur\\s${pages.length}`));
    expect(new URL(attr($(pages[1]!, 'link[rel="canonical"]'), 'href') ?? '').pathname).toBe(
      '/acteurs/russie/page/2/',
    );
    for (const tree of pages) {
      const permalink = $(tree, '.permalink');
      expect(textContent(permalink)).toMatch(/^Lien permanent\s?:/);
      expect(hrefs($$(permalink, 'a'))).toEqual(['/acteurs/russie/']);
    }
  });

  it('les pages figurent dans le sitemap', () => {
    const sitemap = readFileSync(join(result.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/acteurs/russie/page/2/');
    expect(sitemap).toContain('/articles/page/2/');
  });

  it('l’accueil montre les derniers articles, du plus récent au plus ancien, et un lien vers les archives', () => {
    const home = page('');
    const seed = readSeed();
    // The seed is the newest; copy k was published k days before it.
    expect(articlesOf(home)).toEqual([
      `/articles/${seed.slug}/`,
      ...Array.from({ length: HOME_LATEST - 1 }, (_, i) => `/articles/${seed.slug}-${i + 1}/`),
    ]);
    const archive = $$(home, 'p').find((p) => $$(p, 'a[href="/articles/"]').length > 0);
    expect(archive && textContent(archive)).toBe(`Tous les articles (${ARTICLES})`);
  });

  it('les archives gardent tous les articles, chacun une fois, sans dépasser la taille de page', () => {
    const pages = pagesOf('/articles/');
    expect(pages).toHaveLength(Math.ceil(ARTICLES / ARCHIVE_PAGE_SIZE));
    const all = pages.flatMap(articlesOf);
    expect(all).toHaveLength(ARTICLES);
    expect(new Set(all).size).toBe(ARTICLES);
    for (const html of pages) expect(articlesOf(html).length).toBeLessThanOrEqual(ARCHIVE_PAGE_SIZE);
    expectPagerOnEveryPage(pages, '/articles/');
  });

  it('le flux ne donne que les derniers articles, du plus récent au plus ancien', () => {
    const feed = readFileSync(join(result.dist, 'rss.xml'), 'utf8');
    const days = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(days).toHaveLength(FEED_LATEST);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
    expect(feed).toContain(`/articles/${readSeed().slug}/</link>`);
  });
});

/** Ids of the events shown on a built timeline page, in page order. */
const eventIds = (tree: Root) => $$(tree, '.tl-list > li[id]').map((li) => attr(li, 'id'));

describe('une chronologie plus longue qu’une page est découpée en pages', () => {
  let pages: Root[];

  beforeAll(async () => {
    const dir = join(result.dist, 'chronologie', 'page');
    const numbers = (await readdir(dir)).map(Number).sort((a, b) => a - b);
    pages = [page('chronologie'), ...numbers.map((n) => page('chronologie', 'page', String(n)))];
  });

  it('montre chaque événement exactement une fois sur l’ensemble des pages, sans dépasser la taille de page', () => {
    const whole = $$(pages[0]!, 'p').find(
      (p) => $$(p, 'a[href="/chronologie/"][aria-current="page"]').length > 0,
    );
    // The count may hold a no-break space between thousands (French typography).
    const total = Number(
      /\(([\d\s]+?)\sévénements\)/.exec(whole ? textContent(whole) : '')?.[1]?.replace(/\s/g, ''),
    );
    // The original record, its copies, and the article's events not merged into the record.
    expect(total).toBeGreaterThan(2 * researched.length);
    expect(pages.length).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(total / TIMELINE_PAGE_SIZE)));
    const all = pages.flatMap(eventIds);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    for (const page of pages) expect(eventIds(page).length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
  });

  it('chaque page mène à toutes les pages, la page courante marquée, avec la précédente et la suivante', () => {
    expectPagerOnEveryPage(pages, '/chronologie/');
  });

  it('donne à chaque page son propre titre', () => {
    const titles = pages.map(titleOf);
    expect(new Set(titles).size).toBe(pages.length);
    // Spaces may be no-break ones (French typography holds a number to the word after it).
    expect(titles[1]).toMatch(new RegExp(`page\\s2\\ssur\\s${pages.length}`));
  });

  it('les pages figurent dans le sitemap', () => {
    const sitemap = readFileSync(join(result.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/chronologie/page/2/');
  });
});
