import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTICLE_PATH, normaliseTypography, readArticle, seedParagraphs, SLUG } from '../support/content';
import { newPage } from '../support/chromium';
import { siteInChromium } from '../support/site';

// Without JavaScript, the whole site can be read: the article (its paragraphs, its boxes), a fact card
// (its title, its quote) and the timeline (all its events). The expectations come from the content.

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

const article = readArticle();
const seed = seedParagraphs();
const figure = article.figures[0];

/** The article's events that do not point (`sameAs`) to an exercise from the documentary record. */
function ownArticleEvents(): number {
  const source = readFileSync(`${CONTENT}articles/${SLUG}.md`, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source)?.[1];
  if (!frontmatter) throw new Error(`Frontmatter introuvable dans content/articles/${SLUG}.md`);
  const { events } = parse(frontmatter) as { events: { id: string; sameAs?: string }[] };
  return events.filter((event) => !event.sameAs).length;
}
/** The timeline: one item per exercise (content/exercises/), plus the article's own events. */
const exercises = readdirSync(`${CONTENT}exercises`).filter((file) => /\.ya?ml$/.test(file)).length;
const timelineEvents = exercises + ownArticleEvents();

const site = siteInChromium();

/** One page with JavaScript off, taken from path to path (nothing of a page stays in the next one). */
let page: Page;
beforeAll(async () => {
  page = await newPage(site.browser, { javaScriptEnabled: false });
});
afterAll(() => page?.close());

/** Opens `path` in the page without JavaScript; status 200 expected. */
async function openWithoutJs(path: string): Promise<Page> {
  expect((await page.goto(site.server.url + path))?.status(), path).toBe(200);
  return page;
}

describe('sans JavaScript', () => {
  it(`l’article : ses ${seed.length} paragraphes et ses encadrés`, async () => {
    await openWithoutJs(ARTICLE_PATH);
    const paragraphs = page.locator('.article-body p');
    expect(await paragraphs.count()).toBe(seed.length);
    const texts = await paragraphs.allInnerTexts();
    texts.forEach((text, index) =>
      expect(normaliseTypography(text)).toBe(normaliseTypography(seed[index] ?? '')),
    );
    for (const text of texts) expect(text.trim()).not.toBe('');
    for (const { id } of article.figures) {
      const item = page.locator(`aside li[id="${id}"] a[href="/faits/${id}/"]`);
      expect(await item.isVisible(), `encadré : chiffre ${id}`).toBe(true);
    }
    for (const { ref } of article.aircraft) {
      expect(
        await page.locator(`aside a[href="/appareils/${ref}/"]`).isVisible(),
        `encadré : appareil ${ref}`,
      ).toBe(true);
    }
    for (const { ref } of article.actors) {
      expect(
        await page.locator(`aside a[href="/acteurs/${ref}/"]`).isVisible(),
        `encadré : acteur ${ref}`,
      ).toBe(true);
    }
  });

  it('la recherche dit en clair où lire sans elle', async () => {
    await openWithoutJs('/recherche/');
    const message = normaliseTypography(await page.locator('main').innerText());
    expect(message).toContain('Sans lui, tout reste accessible depuis la chronologie et la page d’accueil.');
  });

  it('une fiche : son titre et sa citation', async () => {
    expect(figure, 'un chiffre dans le frontmatter').toBeDefined();
    if (!figure) return;
    await openWithoutJs(`/faits/${figure.id}/`);
    const h1 = page.locator('h1');
    expect(await h1.isVisible()).toBe(true);
    expect(normaliseTypography(await h1.innerText())).toBe(normaliseTypography(figure.label));
    const mark = page.locator('main mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.isVisible()).toBe(true);
    expect(normaliseTypography(await mark.innerText())).toBe(normaliseTypography(figure.quote));
  });

  it(`la chronologie : ses ${timelineEvents} événements (${exercises} exercices + ceux de l’article)`, async () => {
    await openWithoutJs('/chronologie/');
    const items = page.locator('main ol.tl-list > li');
    expect(await items.count()).toBe(timelineEvents);
    const hidden = await items.evaluateAll((nodes) =>
      nodes
        .filter((node) => (node as HTMLElement).offsetParent === null)
        .map((node) => node.id || node.outerHTML.slice(0, 80)),
    );
    expect(hidden, 'événements cachés sans JavaScript').toEqual([]);
  });
});
