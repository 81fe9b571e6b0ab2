import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineContrast, textContrast } from './support/colours';
import { newPage } from './support/chromium';
import { ARTICLE_PATH, normaliseTypography, readArticle, readEntry, seedParagraphs } from './support/content';
import { openForTest, previewOf, tabUntil, waitInViewport } from './support/pages';
import { siteInChromium } from './support/site';

// Issue « fiches de faits »: /faits/<id>/ for each figure and event, and the pages
// /appareils/, /acteurs/, /lieux/; the journey article → fact card → sentence in the article.
// Here what needs Chromium (clicks, keyboard, previews, forced colours, layout, the share
// buttons' script); what the cards' HTML says is read from dist/ in tests/site/cards.test.ts.

const article = readArticle();
const seed = seedParagraphs();
const BACK_LINK = 'Lire la phrase dans l’article';

const firstFigure = article.figures[0]!;

/** Index, in the received text, of the paragraph that contains the quote (words and punctuation). */
function seedIndexOf(quote: string): number {
  const index = seed.findIndex((p) => normaliseTypography(p).includes(normaliseTypography(quote)));
  if (index === -1) throw new Error(`Citation absente du texte reçu : « ${quote} »`);
  return index;
}

const site = siteInChromium();
/** Ids of the article's paragraphs, in reading order. */
let paragraphIds: string[];

beforeAll(async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url + ARTICLE_PATH);
  paragraphIds = await page.locator('.article-body p').evaluateAll((nodes) => nodes.map((n) => n.id));
  await page.close();
});

const open = (path: string, options?: BrowserContextOptions): Promise<Page> =>
  openForTest(site.browser, site.server.url + path, options);

/** The page's title as shared (`og:title`: without the site name, French spaces included). */
async function ogTitleOf(page: Page): Promise<string> {
  const title = await page.locator('meta[property="og:title"]').getAttribute('content');
  expect(title).toBeTruthy();
  return title ?? '';
}

/** The canonical absolute URL of the page open in `page`. */
async function canonicalOf(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(href).toMatch(/^https?:\/\//);
  return href ?? '';
}

describe('de l’article à la fiche, et retour à la phrase', () => {
  const tu95 = article.aircraft.find((a) => a.ref === 'tu-95');
  const designation = readEntry<{ designation: string }>('aircraft', 'tu-95').designation;
  // Small phone: the Tu-95 paragraph is below the fold on load.
  const phone = { viewport: { width: 360, height: 480 } };

  /** Id of the paragraph that contains the Tu-95 mention (according to the received text). */
  const tu95Paragraph = () => paragraphIds[seedIndexOf(tu95?.quote ?? designation)] ?? '';

  async function expectLandedOnPhrase(page: Page): Promise<void> {
    await page.waitForURL((url) => url.pathname === ARTICLE_PATH);
    const id = tu95Paragraph();
    await waitInViewport(page, `[id="${id}"]`);
    expect(await page.evaluate(() => location.hash)).toMatch(new RegExp(`^#${id}`));
    expect(normaliseTypography(await page.locator(`[id="${id}"]`).innerText())).toContain(designation);
  }

  it('le paragraphe du Tu-95 n’est pas visible au chargement (sinon le retour ne prouverait rien)', async () => {
    expect(tu95).toBeDefined();
    const page = await open(ARTICLE_PATH, phone);
    const top = await page
      .locator(`[id="${tu95Paragraph()}"]`)
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(phone.viewport.height);
  });

  it('à la souris : clic sur « Tu-95 » dans le texte, puis « Lire la phrase dans l’article »', async () => {
    const page = await open(ARTICLE_PATH, phone);
    await page.locator('.article-body a.mention', { hasText: designation }).first().click();
    await page.waitForURL((url) => url.pathname === '/appareils/tu-95/');
    expect(normaliseTypography(await page.locator('h1').innerText())).toBe(designation);
    await page.getByRole('link', { name: BACK_LINK }).first().click();
    await expectLandedOnPhrase(page);
  });

  it('au clavier seul : Tab jusqu’à « Tu-95 », Entrée, Tab jusqu’au lien retour, Entrée', async () => {
    const page = await open(ARTICLE_PATH, phone);
    const mention = await tabUntil(page, (el) => el.inBody && el.text === designation);
    expect(mention.href).toBe('/appareils/tu-95/');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/appareils/tu-95/');
    await tabUntil(page, (el) => el.text === BACK_LINK);
    await page.keyboard.press('Enter');
    await expectLandedOnPhrase(page);
  });

  it('l’aperçu d’un chiffre apparaît au focus clavier, avec son libellé', async () => {
    const page = await open(ARTICLE_PATH);
    const reached = await tabUntil(page, (el) => el.inBody && (el.href ?? '').startsWith('/faits/'));
    const figure = article.figures.find((f) => reached.href === `/faits/${f.id}/`);
    expect(figure, `mention focalisée : ${reached.href}`).toBeDefined();
    expect(normaliseTypography(reached.text)).toBe(normaliseTypography(figure?.quote ?? ''));
    const mention = page.locator(`.article-body a.mention[href="${reached.href}"]`);
    const preview = await previewOf(mention);
    expect(preview.display).not.toBe('none');
    expect(preview.text).toBe(preview.apercu);
    expect(normaliseTypography(preview.text)).toContain(normaliseTypography(figure?.label ?? ''));
  });
});

describe('couleurs forcées (thèmes contrastés de Windows)', () => {
  // The reader's palette replaces the site's colours: what the site highlights must still be read
  // (WCAG 1.4.3, text 4.5:1) and still be seen (WCAG 1.4.11, 3:1), in a dark palette and a light one.
  const forced = (colorScheme: 'dark' | 'light'): BrowserContextOptions => ({
    forcedColors: 'active',
    colorScheme,
  });

  it.each(['dark', 'light'] as const)(
    'palette %s : la citation surlignée d’une fiche reste lisible',
    async (scheme) => {
      const page = await open(`/faits/${firstFigure.id}/`, forced(scheme));
      const mark = page.locator('main mark');
      expect(await mark.count()).toBe(1);
      expect(await textContrast(mark), 'contraste du passage surligné').toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['dark', 'light'] as const)(
    'palette %s : le paragraphe que /donnees/faits.json donne pour source d’un chiffre reste signalé, en entier',
    async (scheme) => {
      // The data rows link to the paragraph itself (`#p-…`, no text fragment): the page outlines it.
      const rows = (await (await fetch(`${site.server.url}/donnees/faits.json`)).json()) as {
        id: string;
        source: string;
      }[];
      const source = new URL(rows.find((row) => row.id === firstFigure.id)?.source ?? 'about:blank');
      expect(source.pathname + source.hash).toMatch(new RegExp(`^${ARTICLE_PATH}#p-`));
      const page = await open(source.pathname + source.hash, forced(scheme));
      const target = page.locator('.article-body p:target');
      expect(await target.count()).toBe(1);
      expect(await outlineContrast(target), 'contraste du contour du paragraphe visé').toBeGreaterThanOrEqual(
        3,
      );
      // Whole on arrival: the page stops a little above the paragraph, not on its first line.
      const outlineTop = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return (
          el.getBoundingClientRect().top - parseFloat(style.outlineOffset) - parseFloat(style.outlineWidth)
        );
      });
      expect(outlineTop, 'haut du contour, en px sous le haut de l’écran').toBeGreaterThanOrEqual(0);
    },
  );
});

describe('une fiche de chiffre, vue d’un lien partagé', () => {
  // Each card's layout depends on its words, so each is laid out; one phone page goes from card to card.
  let page: Page;
  beforeAll(async () => {
    page = await newPage(site.browser, { viewport: { width: 390, height: 844 } });
  });
  afterAll(() => page?.close());

  it.each(article.figures.map((figure) => [figure.id, figure] as const))(
    '/faits/%s/ : le chiffre est le plus grand texte, et son événement est daté à l’écran d’un téléphone',
    async (id, figure) => {
      expect((await page.goto(`${site.server.url}/faits/${id}/`))?.status(), id).toBe(200);
      const sizes = await page.evaluate(() => {
        const value = document.querySelector('main .figure-value');
        const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const others = [...document.querySelectorAll('main *')]
          .filter((el) => el !== value && !value?.contains(el) && el.childNodes.length > 0)
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map(size);
        return { value: value ? size(value) : 0, largestOther: Math.max(...others) };
      });
      expect(sizes.value, id).toBeGreaterThan(sizes.largestOther);
      // What it is and when: its event and that event's date, in the first screen.
      const event = article.events.find((e) => e.id === figure.event)!;
      const context = page.locator('main .card-context');
      expect(normaliseTypography(await context.innerText()), id).toContain(normaliseTypography(event.label));
      const box = await context.boundingBox();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(844);
    },
  );
});

describe('lien permanent', () => {
  const path = `/faits/${firstFigure.id}/`;

  it('avec JavaScript : le lien est visible et « Copier le lien » copie l’adresse absolue de la fiche', async () => {
    const page = await open(path);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const canonical = await canonicalOf(page);

    const permalink = page.locator('main a', { hasText: canonical });
    expect(await permalink.isVisible()).toBe(true);
    expect(new URL((await permalink.getAttribute('href')) ?? '', page.url()).pathname).toBe(path);

    const button = page.getByRole('button', { name: 'Copier le lien' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent ?? '').trim() !== ''),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  it('sans JavaScript : le lien est là, les boutons sont cachés, « Envoyer par courriel » porte le titre et l’adresse', async () => {
    const page = await open(path, { javaScriptEnabled: false });
    const canonical = await canonicalOf(page);
    expect(await page.locator('main a', { hasText: canonical }).isVisible()).toBe(true);
    const buttons = page.locator('main button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all()) expect(await button.isVisible()).toBe(false);

    const email = page.getByRole('link', { name: 'Envoyer par courriel' });
    expect(await email.isVisible()).toBe(true);
    const mail = new URL((await email.getAttribute('href')) ?? '');
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(await ogTitleOf(page));
    // RFC 6068: the line break between the title and the address is CRLF.
    expect(mail.searchParams.get('body')).toBe(`${await ogTitleOf(page)}\r\n${canonical}`);
  });

  /** Opens the card with a stand-in for the system's share sheet (headless Chromium has none). */
  const withShareSheet = (answer: 'shared' | 'closed') =>
    openForTest(site.browser, site.server.url + path, {}, (page) =>
      page.addInitScript((closes) => {
        const calls: ShareData[] = [];
        Object.defineProperty(window, 'shareCalls', { value: calls });
        navigator.share = (data?: ShareData) => {
          calls.push({ ...data });
          return closes ? Promise.reject(new DOMException('fermé', 'AbortError')) : Promise.resolve();
        };
      }, answer === 'closed'),
    );
  const shareCalls = (page: Page) =>
    page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);

  it('sur un téléphone : « Partager… » ouvre le partage du système avec le titre et l’adresse de la fiche', async () => {
    const page = await withShareSheet('shared');
    const button = page.getByRole('button', { name: 'Partager…' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.waitForFunction(() => (window as unknown as { shareCalls: unknown[] }).shareCalls.length > 0);
    expect(await shareCalls(page)).toEqual([{ title: await ogTitleOf(page), url: await canonicalOf(page) }]);
  });

  it('fermer le partage du système sans rien choisir n’affiche aucune erreur', async () => {
    const page = await withShareSheet('closed');
    await page.getByRole('button', { name: 'Partager…' }).click();
    await page.waitForFunction(() => (window as unknown as { shareCalls: unknown[] }).shareCalls.length > 0);
    expect(await page.locator('[role="status"]').allInnerTexts()).toEqual(['']);
  });

  it('sans partage du système (Chromium de bureau sous Linux) : pas de bouton « Partager… »', async () => {
    const page = await open(path);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    // The page's script has run once the copy button shows.
    await page.getByRole('button', { name: 'Copier le lien' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Partager…', includeHidden: true }).isVisible()).toBe(
      false,
    );
  });
});

describe('mise en page des fiches', () => {
  it('à 320 px (petit téléphone, zoom à 400 %), chaque terme au-dessus de sa valeur ; à côté sur un écran large', async () => {
    const page = await open('/appareils/tu-95/');
    /** For each term of the card's definition list: where its value starts, relative to the term. */
    const layout = () =>
      page
        .locator('main dl.entity-links')
        .first()
        .evaluate((dl) =>
          [...dl.querySelectorAll(':scope > dt')].map((dt) => {
            const term = dt.getBoundingClientRect();
            const value = dt.nextElementSibling?.getBoundingClientRect();
            return {
              below: value ? value.top >= term.bottom - 1 : false,
              beside: value ? Math.abs(value.top - term.top) < 2 : false,
            };
          }),
        );
    await page.setViewportSize({ width: 320, height: 640 });
    const narrow = await layout();
    expect(narrow.length).toBeGreaterThan(1);
    expect(narrow.every((row) => row.below)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect((await layout()).every((row) => row.beside)).toBe(true);
  });
});
