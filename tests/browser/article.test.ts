import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { newPage } from './support/chromium';
import { ARTICLE_PATH, frenchDate, normaliseTypography, readArticle, readEntry } from './support/content';
import { openForTest, previewOf, tabUntil } from './support/pages';
import { siteInChromium } from './support/site';

// Issue « la page article »: what a reader sees, reads and does on /articles/<slug>/.
// Every expectation comes from the content (frontmatter, shared entries, received text) or French usage.
// Here what needs Chromium (time zones, keyboard, previews, layout, print, requests); what the
// page's HTML says is read from dist/ in tests/site/article.test.ts.

const article = readArticle();

const site = siteInChromium();
/** Every URL requested by every page in this file (checked by the last test). */
const requested: string[] = [];

afterAll(async () => {
  await (await sharedPage)?.close();
});

/** Opens `path` in a new context (options, if any), closed at the end of the test. */
function open(path: string, options?: BrowserContextOptions): Promise<Page> {
  return openForTest(site.browser, site.server.url + path, options, (page) =>
    page.on('request', (request) => requested.push(request.url())),
  );
}

let sharedPage: Promise<Page> | undefined;
/**
 * The article with default settings, loaded once for the tests that only read it
 * (opening a context costs ~0.5 s); tests that type, click or change settings get their own.
 */
function articlePage(): Promise<Page> {
  sharedPage ??= (async () => {
    const page = await newPage(site.browser);
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(site.server.url + ARTICLE_PATH);
    expect(response?.status(), `statut HTTP de ${ARTICLE_PATH}`).toBe(200);
    return page;
  })();
  return sharedPage;
}

describe('en-tête de l’article', () => {
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'affiche la même date et le même contenu dans le fuseau %s',
    async (timezoneId) => {
      const reference = await articlePage();
      const shifted = await open(ARTICLE_PATH, { timezoneId });
      // The time zone really is applied in this page (otherwise the test would prove nothing).
      expect(await shifted.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      const time = shifted.locator('main time').first();
      expect(await time.getAttribute('datetime')).toBe(article.date);
      expect(normaliseTypography(await time.innerText())).toBe(frenchDate(article.date));
      expect(await shifted.locator('main').innerHTML()).toBe(await reference.locator('main').innerHTML());
    },
  );
});

describe('clavier et aperçus', () => {
  it('lien d’évitement, puis première mention du texte avec son aperçu, masqué par Échap', async () => {
    const page = await open(ARTICLE_PATH);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent?.trim(),
        href: el.getAttribute('href'),
        visible: box.top >= 0 && box.height > 0,
      };
    });
    expect(skip).toEqual({ text: 'Aller au contenu', href: '#contenu', visible: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'contenu');

    const first = page.locator('.article-body a.mention').first();
    const firstHref = await first.getAttribute('href');
    const reached = await tabUntil(page, (el) => el.inBody && el.classes.includes('mention'));
    expect(reached.href).toBe(firstHref);
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);

    // Preview: visible on keyboard focus, with the data-apercu text (the aircraft's designation and role).
    const shown = await previewOf(first);
    expect(shown.display).not.toBe('none');
    expect(shown.text).toBe(shown.apercu);
    const firstAircraft = article.aircraft.find((a) => firstHref === `/appareils/${a.ref}/`);
    if (firstAircraft) {
      const entry = readEntry<{ designation: string; role: string }>('aircraft', firstAircraft.ref);
      expect(normaliseTypography(shown.text)).toContain(entry.designation);
      expect(normaliseTypography(shown.text)).toContain(entry.role);
    }

    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (el) => el !== null && getComputedStyle(el, '::after').display === 'none',
      await first.elementHandle(),
    );
    expect((await previewOf(first)).display).toBe('none');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('sur téléphone (360 px), l’aperçu de chaque mention se lit en entier, sans être coupé', async () => {
    const page = await open(ARTICLE_PATH, { viewport: { width: 360, height: 640 } });
    const mentions = page.locator('.article-body a.mention');
    const count = await mentions.count();
    expect(count).toBe(article.figures.length + article.aircraft.length);
    const clipped: string[] = [];
    for (let i = 0; i < count; i += 1) {
      await tabUntil(page, (el) => el.inBody && el.classes.includes('mention') && el.href !== null, 80);
      const mention = mentions.nth(i);
      expect(await mention.evaluate((el) => el === document.activeElement)).toBe(true);
      const preview = await previewOf(mention);
      expect(preview.display).not.toBe('none');
      // The visible edge: the window, or the clipping container (overflow: clip/hidden) if it is narrower.
      const edge = await mention.evaluate((el) => {
        let right = document.documentElement.clientWidth;
        // A fixed preview is positioned against the window: no ancestor's overflow clips it.
        if (getComputedStyle(el, '::after').position === 'fixed') return right;
        for (let node = el.parentElement; node; node = node.parentElement) {
          const overflowX = getComputedStyle(node).overflowX;
          if (overflowX !== 'visible') right = Math.min(right, node.getBoundingClientRect().right);
        }
        return right;
      });
      if (preview.right > edge + 1 || preview.left < -1) {
        clipped.push(
          `« ${await mention.innerText()} » : aperçu de ${Math.round(preview.left)} à ${Math.round(preview.right)} px, bord visible à ${Math.round(edge)} px`,
        );
      }
    }
    expect(clipped, 'aperçus coupés à droite').toEqual([]);
  });
});

describe('mise en page', () => {
  const widths = [360, 768, 1024, 1440];

  it.each(['light', 'dark'] as const)(
    'aucun défilement horizontal (thème %s), article et accueil',
    async (colorScheme) => {
      const page = await open(ARTICLE_PATH, { colorScheme });
      const overflow: string[] = [];
      for (const path of [ARTICLE_PATH, '/']) {
        if (path !== ARTICLE_PATH) await page.goto(site.server.url + path);
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          if (scrollWidth > innerWidth)
            overflow.push(`${path} à ${width} px : ${scrollWidth} > ${innerWidth}`);
        }
      }
      expect(overflow).toEqual([]);
    },
  );

  it('sur un téléphone, la navigation tient sur une ligne, ou deux lignes de deux liens à 320 px', async () => {
    const page = await open(ARTICLE_PATH);
    const rows = async (width: number) => {
      await page.setViewportSize({ width, height: 800 });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('.site-nav a')].map((a) => {
          const box = a.getBoundingClientRect();
          return { top: Math.round(box.top), right: box.right, height: box.height };
        }),
      );
      // Every link stays a 24 px target and within the screen.
      for (const link of links) {
        expect(link.height).toBeGreaterThanOrEqual(24);
        expect(link.right).toBeLessThanOrEqual(width);
      }
      const byRow = new Map<number, number>();
      for (const { top } of links) byRow.set(top, (byRow.get(top) ?? 0) + 1);
      // Links per row, top to bottom: "4" is one row, "2 + 2" two rows of two.
      return [...byRow.values()].join(' + ');
    };
    expect(await rows(1024)).toBe('4');
    for (const width of [360, 375, 390, 414]) expect(await rows(width), `${width} px`).toBe('4');
    expect(await rows(320)).toBe('2 + 2');
  });

  it('la page ne commence pas collée sous le filet de l’en-tête (article, accueil, chronologie, fiche)', async () => {
    const page = await open(ARTICLE_PATH);
    const gaps: string[] = [];
    for (const path of [ARTICLE_PATH, '/', '/chronologie/', `/faits/${article.figures[0]?.id ?? ''}/`]) {
      if (path !== ARTICLE_PATH) await page.goto(site.server.url + path);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        // From the header's lower edge (its rule) to the top of the first thing drawn in <main>:
        // a text's line box, or a box's own border (the fact boxes beside the article).
        const gap = await page.evaluate(() => {
          const rule = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
          const main = document.querySelector('main')!;
          const tops = [...main.querySelectorAll('*')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => el.getBoundingClientRect().top);
          return Math.min(...tops) - rule;
        });
        // 1 rem: the least a reader's eye needs to tell the page from the header (16 px here).
        if (gap < 16) gaps.push(`${path} à ${width} px : ${gap.toFixed(1)} px`);
      }
    }
    expect(gaps).toEqual([]);
  });

  // The card and the year of the 30 November 2022 patrol: its Il-20, Tu-95MS, Su-30SM and the
  // series rank « 5e patrouille… », Vostok-2022 « du 1er au 7 septembre ».
  const typesetPages = [
    ARTICLE_PATH,
    '/chronologie/',
    '/faits/patrouille-aerienne-strategique-2022-11/',
    '/faits/vostok-2022-09/',
  ];

  it('sur un téléphone, aucune désignation n’est coupée à son trait d’union (« Il- » puis « 20 »)', async () => {
    const page = await open(ARTICLE_PATH);
    const cut: string[] = [];
    let seen = 0;
    for (const path of typesetPages) {
      if (path !== ARTICLE_PATH) await page.goto(site.server.url + path);
      for (const width of [320, 360, 390, 414]) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(() => {
          const lines: { name: string; lines: number }[] = [];
          const main = document.querySelector('main');
          if (!main) return lines;
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(
              /(?<![\p{L}\d/-])\p{L}+-\d+\p{L}*\d*(?![\p{L}\d-])/gu,
            )) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              lines.push({ name: match[0], lines: tops.size });
            }
          }
          return lines;
        });
        seen += found.length;
        for (const { name, lines } of found) if (lines > 1) cut.push(`${path} à ${width} px : ${name}`);
      }
    }
    expect(seen, 'les pages nomment des appareils et des exercices').toBeGreaterThan(100);
    expect(cut).toEqual([]);
  });

  it('les ordinaux français ont leur suffixe en exposant : « 1er », « 5e » (le texte reste « 5e »)', async () => {
    const page = await open(ARTICLE_PATH);
    for (const path of typesetPages) {
      if (path !== ARTICLE_PATH) await page.goto(site.server.url + path);
      const { raised, onTheLine } = await page.evaluate(() => {
        const main = document.querySelector('main');
        if (!main) return { raised: [], onTheLine: ['pas de <main>'] };
        // Every suffix in <sup>, right after its digits, sits above the digits' baseline.
        const raised = [...main.querySelectorAll('sup')].map((sup) => {
          const digits = sup.previousSibling;
          const range = document.createRange();
          if (digits) range.selectNodeContents(digits);
          const lift = range.getBoundingClientRect().bottom - sup.getBoundingClientRect().bottom;
          return `${(digits?.textContent ?? '').match(/\d+$/)?.[0] ?? '?'}${sup.textContent ?? ''}${lift > 2 ? ' (en exposant)' : ` (décalage ${lift.toFixed(1)} px)`}`;
        });
        // No ordinal left on the line in French text.
        const onTheLine: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? 'fr';
          if (!lang.startsWith('fr') || node.parentElement?.closest('sup')) continue;
          for (const match of (node.textContent ?? '').matchAll(
            /(?<![\p{L}\d-])\d+(?:er|re|e)s?(?![\p{L}\d-])/gu,
          ))
            onTheLine.push(match[0]);
        }
        return { raised, onTheLine };
      });
      expect(onTheLine, `${path} : ordinal sans exposant`).toEqual([]);
      for (const sup of raised) expect(sup, path).toMatch(/^\d+(?:er|re|e)s? \(en exposant\)$/);
      if (path !== ARTICLE_PATH) expect(raised.length, `${path} : ordinaux`).toBeGreaterThan(0);
    }
    // The text a reader copies or a screen reader reads is unchanged: Vostok-2022, which the record
    // dates within one month, reads « du 1er au 7 septembre 2022 ».
    const vostok = readEntry<{ start: string; end: string }>('exercises', 'vostok-2022-09');
    const dates = `du ${frenchDate(vostok.start).split(' ')[0] ?? ''} au ${frenchDate(vostok.end)}`;
    await page.goto(`${site.server.url}/chronologie/${vostok.start.slice(0, 4)}/`);
    const shown = await page.locator(`time[datetime="${vostok.start}"]`).first().innerText();
    expect(normaliseTypography(shown)).toBe(dates);
  });

  it('le thème sombre change vraiment le fond et le texte', async () => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const page = await open(ARTICLE_PATH, { colorScheme });
      return page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
    // Dark background: low luminance (mean of the RGB channels below 50%).
    const channels = (dark.background.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    expect(channels.reduce((a, b) => a + b, 0) / 3).toBeLessThan(128);
  });

  it('à l’impression, la navigation disparaît et le texte reste', async () => {
    const page = await open(ARTICLE_PATH);
    const nav = page.locator('header nav');
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('.article-body p').first().isVisible()).toBe(true);
    // The text is no smaller than the notes around it.
    const sizes = await page.evaluate(() => {
      const size = (selector: string) =>
        Math.max(
          ...[...document.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize)),
        );
      return { text: size('.article-body p'), notes: size('main .note, main .meta') };
    });
    expect(sizes.text).toBeGreaterThanOrEqual(sizes.notes);
  });

  it('à l’impression, un dépliant fermé n’imprime pas sa seule ligne « ▶ »', async () => {
    const page = await open('/chronologie/');
    await page.emulateMedia({ media: 'print' });
    const closed = page.locator('details:not([open])');
    expect(await closed.count()).toBeGreaterThan(0);
    for (const details of await closed.all()) expect(await details.isVisible()).toBe(false);
  });
});

describe('confidentialité', () => {
  it('aucune requête ne quitte le serveur local', async () => {
    // Pages with JavaScript, loaded until the network is idle (images, stylesheets, scripts).
    for (const path of ['/', ARTICLE_PATH]) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
    }
    expect(requested.length).toBeGreaterThan(0);
    const outside = requested.filter((url) => !url.startsWith(`${site.server.url}/`));
    expect(outside, 'requêtes hors du serveur local').toEqual([]);
    // And everything the browser requested actually reached the local server.
    for (const url of new Set(requested)) {
      const { pathname, search } = new URL(url);
      expect(site.server.requests, url).toContain(pathname + search);
    }
    expect(site.server.requests).toContain(ARTICLE_PATH);
  });
});
