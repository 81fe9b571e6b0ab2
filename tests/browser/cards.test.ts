import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineContrast, textContrast } from './support/colours';
import { newPage } from './support/chromium';
import {
  ARTICLE_PATH,
  frenchDate,
  MONTHS,
  normaliseTypography,
  readArticle,
  readEntry,
  seedParagraphs,
} from './support/content';
import { openForTest, previewOf, tabUntil, waitInViewport } from './support/pages';
import { siteInChromium } from './support/site';
import { verdictLabels, type Verdict } from '../../src/vocabulary/verdicts';
import { publisherKindLabels, type PublisherKind } from '../../src/vocabulary/publisher-kinds';

// Issue « fiches de faits »: /faits/<id>/ for each figure and event, and the pages
// /appareils/, /acteurs/, /lieux/; the journey article → fact card → sentence in the article.

const article = readArticle();
const seed = seedParagraphs();
const BACK_LINK = 'Lire la phrase dans l’article';

/**
 * The events with a card of their own: one the record holds (`sameAs`) is shown on the record's
 * card, whose test is the timeline's.
 */
const ownEvents = article.events.filter((event) => !event.sameAs);

/** Every figure, event with its own card and other checked statement: id, label, quote. */
const facts = [
  ...article.figures.map((f) => ({ kind: 'chiffre', id: f.id, label: f.label, quote: f.quote })),
  ...article.claims.map((c) => ({ kind: 'affirmation', id: c.id, label: c.label, quote: c.quote })),
  ...ownEvents.map((e) => ({
    kind: 'événement',
    id: e.id,
    label: e.label,
    quote: e.quote,
    // The words that date it, when the card shows a day or month the text does not write.
    when: e.when,
  })),
];
const firstFigure = article.figures[0]!;
const firstEvent = ownEvents[0]!;

/**
 * Every entity cited (mentions and event participants), with the name expected in the h1: the
 * entry's, its first letter in capitals as a title's (a place is « mer du Japon » in running text).
 */
const entities = (() => {
  const refs = new Map<string, { path: string; name: string }>();
  const add = (collection: 'actors' | 'aircraft' | 'places', id: string) => {
    const folder = { actors: 'acteurs', aircraft: 'appareils', places: 'lieux' }[collection];
    const entry = readEntry<{ name?: string; designation?: string }>(collection, id);
    const name = entry.designation ?? entry.name ?? id;
    refs.set(`${folder}/${id}`, {
      path: `/${folder}/${id}/`,
      name: name.charAt(0).toLocaleUpperCase('fr') + name.slice(1),
    });
  };
  article.actors.forEach((m) => add('actors', m.ref));
  article.aircraft.forEach((m) => add('aircraft', m.ref));
  article.places.forEach((m) => add('places', m.ref));
  for (const event of article.events) {
    event.actors?.forEach((id) => add('actors', id));
    event.aircraft?.forEach((id) => add('aircraft', id));
    event.places?.forEach((id) => add('places', id));
  }
  return [...refs.values()];
})();

/** Index, in the received text, of the paragraph that contains the quote (words and punctuation). */
function seedIndexOf(quote: string): number {
  const index = seed.findIndex((p) => normaliseTypography(p).includes(normaliseTypography(quote)));
  if (index === -1) throw new Error(`Citation absente du texte reçu : « ${quote} »`);
  return index;
}

const site = siteInChromium();
/** A page shared by the tests that only navigate and read. */
let reader: Page;
/** Ids of the article's paragraphs, in reading order. */
let paragraphIds: string[];

beforeAll(async () => {
  reader = await newPage(site.browser);
  await reader.goto(site.server.url + ARTICLE_PATH);
  paragraphIds = await reader.locator('.article-body p').evaluateAll((nodes) => nodes.map((n) => n.id));
});

afterAll(async () => {
  await reader?.close();
});

const open = (path: string, options?: BrowserContextOptions): Promise<Page> =>
  openForTest(site.browser, site.server.url + path, options);

async function visit(path: string): Promise<void> {
  const response = await reader.goto(site.server.url + path);
  expect(response?.status(), `statut HTTP de ${path}`).toBe(200);
}

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

describe('une fiche par chiffre et par événement', () => {
  it('le frontmatter a bien des chiffres et des événements', () => {
    expect(article.figures.length).toBeGreaterThan(0);
    expect(article.events.length).toBeGreaterThan(0);
    expect(paragraphIds).toHaveLength(seed.length);
  });

  it.each(facts.map((fact) => [fact.id, fact.kind, fact] as const))(
    '/faits/%s/ (%s) : libellé, citation dans sa phrase, lien vers le paragraphe',
    async (_id, _kind, fact) => {
      await visit(`/faits/${fact.id}/`);
      expect(normaliseTypography(await reader.locator('h1').innerText())).toBe(
        normaliseTypography(fact.label),
      );

      // The quote, highlighted (<mark>), within the sentence of the received text where it appears.
      const mark = reader.locator('main mark');
      expect(await mark.count()).toBe(1);
      expect(normaliseTypography(await mark.innerText())).toBe(normaliseTypography(fact.quote));
      const sentence = normaliseTypography(
        await reader.locator('main :is(p, blockquote):has(mark)').last().innerText(),
      );
      const index = seedIndexOf(fact.quote);
      expect(normaliseTypography(seed[index] ?? '')).toContain(sentence);
      expect(sentence).toContain(normaliseTypography(fact.quote));
      expect(sentence, 'une phrase entière : majuscule au début, point à la fin').toMatch(
        /^\p{Lu}.*[.!?…»]$/u,
      );

      // An event dated from the article's words says which words, against which publication day.
      const dateNote = reader.locator('main p.note', { hasText: 'Date déduite de' });
      if ('when' in fact && fact.when) {
        expect(normaliseTypography(await dateNote.innerText())).toBe(
          normaliseTypography(
            `Date déduite de « ${fact.when} », dans l’article publié le ${frenchDate(article.date)}.`,
          ),
        );
      } else {
        expect(await dateNote.count()).toBe(0);
      }

      // Back to the article, at the paragraph that contains the quote.
      const back = reader.getByRole('link', { name: BACK_LINK });
      expect(await back.count()).toBe(1);
      const href = new URL((await back.getAttribute('href')) ?? '', site.server.url);
      expect(href.pathname).toBe(ARTICLE_PATH);
      const [anchor, directive] = href.hash.split(':~:');
      expect(anchor).toBe(`#${paragraphIds[index]}`);
      // Optional text fragment: it targets the exact words of the quote.
      if (directive) {
        const text = decodeURIComponent(directive.replace(/^text=/, ''));
        expect(normaliseTypography(text)).toBe(normaliseTypography(fact.quote));
      }
    },
  );

  it.each(entities.map((entity) => [entity.path, entity.name] as const))(
    '%s : fiche de « %s »',
    async (path, name) => {
      await visit(path);
      expect(normaliseTypography(await reader.locator('h1').innerText())).toBe(normaliseTypography(name));
    },
  );
});

describe('fiche d’une personne', () => {
  it.each(article.actors.map((actor) => actor.ref))(
    '/acteurs/%s/ : un rôle de personne est daté',
    async (id) => {
      const actor = readEntry<{ kind: string; role?: string; roleAsOf?: string }>('actors', id);
      await visit(`/acteurs/${id}/`);
      const terms = (await reader.locator('main dl dt').allInnerTexts()).map(normaliseTypography);
      if (actor.kind !== 'personne' || !actor.role) {
        expect(terms.some((term) => term.startsWith('Rôle en'))).toBe(false);
        return;
      }
      // A function ends (a Speaker of the House leaves the chair): it is given at its date.
      const [year, month] = String(actor.roleAsOf).split('-');
      expect(terms).toContain(`Rôle en ${MONTHS[Number(month) - 1]} ${year}`);
    },
  );
});

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

describe('les pages des acteurs, appareils et lieux se partagent aussi', () => {
  it.each(entities.map((entity) => [entity.path, entity.name] as const))(
    '%s : Open Graph, image 1200×630 qui existe, et JSON-LD qui la nomme',
    async (path, name) => {
      const response = await fetch(site.server.url + path);
      expect(response.status).toBe(200);
      const { error, result } = await ogs({ html: await response.text() });
      expect(error).toBe(false);
      expect(normaliseTypography(result.ogTitle ?? '')).toContain(normaliseTypography(name));
      expect(result.twitterCard).toBe('summary_large_image');
      const image = new URL(result.ogImage?.[0]?.url ?? '');
      expect(image.pathname).toBe(path.replace(/\/$/, '.png'));
      const png = Buffer.from(await (await fetch(site.server.url + image.pathname)).arrayBuffer());
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
        width: 1200,
        height: 630,
      });

      await visit(path);
      const blocks = await reader.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
      const about = data.find((d) => d['name'] !== undefined);
      expect(normaliseTypography(String(about?.['name']))).toBe(normaliseTypography(name));
      expect(about?.['url']).toBe(await canonicalOf(reader));
      expect(about?.['image']).toBe(image.href);
    },
  );
});

describe('les répertoires et les cartes des lieux', () => {
  it('depuis l’article, les encadrés mènent aux répertoires des appareils, des acteurs et des lieux', async () => {
    await visit(ARTICLE_PATH);
    for (const [name, path] of [
      ['Tous les appareils', '/appareils/'],
      ['Tous les acteurs', '/acteurs/'],
      ['tous les lieux', '/lieux/'],
    ]) {
      const link = reader.locator('aside').getByRole('link', { name: name!, exact: true });
      expect(await link.getAttribute('href'), name).toBe(path);
    }
  });

  it('la page d’un lieu le situe sur une carte', async () => {
    const place = entities.find((entity) => entity.path.startsWith('/lieux/'))!;
    await visit(place.path);
    const map = reader.locator('figure.locator-map svg[role="img"]');
    expect(await map.count()).toBe(1);
    // Named by its caption, the place's name as the entry writes it.
    const label = normaliseTypography((await map.locator('title').textContent()) ?? '');
    expect(label.toLocaleLowerCase('fr')).toBe(
      `situation : ${normaliseTypography(place.name).toLocaleLowerCase('fr')}`,
    );
    expect(await map.locator('circle').count()).toBe(1);
  });
});

describe('une fiche de chiffre, vue d’un lien partagé', () => {
  it.each(article.figures.map((figure) => [figure.id, figure] as const))(
    '/faits/%s/ : le chiffre est le plus grand texte, et son événement est daté à l’écran d’un téléphone',
    async (id, figure) => {
      const page = await openForTest(site.browser, `${site.server.url}/faits/${id}/`, {
        viewport: { width: 390, height: 844 },
      });
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
      await page.close();
    },
  );
});

describe('partage', () => {
  it.each(facts.map((fact) => [fact.id, fact] as const))(
    '/faits/%s/ : Open Graph, Twitter, image 1200×630 et JSON-LD',
    async (_id, fact) => {
      const path = `/faits/${fact.id}/`;
      const response = await fetch(site.server.url + path);
      expect(response.status).toBe(200);
      const html = await response.text();
      const { error, result } = await ogs({ html });
      expect(error).toBe(false);

      await visit(path);
      const canonical = await canonicalOf(reader);
      expect(new URL(canonical).pathname).toBe(path);

      expect(normaliseTypography(result.ogTitle ?? '')).toContain(normaliseTypography(fact.label));
      expect(result.ogDescription?.trim()).toBeTruthy();
      expect(result.ogDescription).not.toMatch(/undefined|null|NaN/);
      expect(result.ogUrl).toBe(canonical);
      expect(result.ogLocale).toBe('fr_FR');
      expect(result.twitterCard).toBe('summary_large_image');
      const image = result.ogImage?.[0];
      expect(image?.url).toMatch(/^https?:\/\//);
      const imageUrl = new URL(image?.url ?? '');
      expect(imageUrl.pathname).toBe(`/faits/${fact.id}.png`);
      expect(imageUrl.origin).toBe(new URL(canonical).origin);
      if (image?.width !== undefined) expect(Number(image.width)).toBe(1200);
      if (image?.height !== undefined) expect(Number(image.height)).toBe(630);

      // The image exists on the site: a 1200 × 630 PNG (IHDR header).
      const png = await fetch(site.server.url + imageUrl.pathname);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await png.arrayBuffer());
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
        width: 1200,
        height: 630,
      });

      // JSON-LD: a Claim based on the article; a checked fact is a ClaimReview of that Claim,
      // rated as its verdict (schema.org's 1–5 scale: 5 true, 1 false), written by the newsroom.
      const blocks = await reader.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks.length).toBeGreaterThan(0);
      const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
      const review = data.find((d) => d['@type'] === 'ClaimReview');
      const check = [...article.figures, ...article.events, ...article.claims].find(
        (f) => f.id === fact.id,
      )?.check;
      if (check) {
        expect(review, 'bloc JSON-LD de type ClaimReview').toBeDefined();
        const rating = review?.['reviewRating'] as
          { alternateName?: string; ratingValue?: number } | undefined;
        expect(rating?.alternateName).toBe(verdictLabels[check.verdict as Verdict]);
        expect(rating?.ratingValue).toBe({ confirme: 5, nuance: 4, contredit: 1 }[check.verdict]);
        expect(review?.['reviewBody']).toBe(check.summary);
      }
      const claim =
        (review?.['itemReviewed'] as Record<string, unknown> | undefined) ??
        data.find((d) => d['@type'] === 'Claim' || d['@type'] === 'Quotation');
      expect(claim, 'bloc JSON-LD de type Claim ou Quotation').toBeDefined();
      const basedOn = claim?.['isBasedOn'];
      const basedOnUrl =
        typeof basedOn === 'string'
          ? basedOn
          : ((basedOn as { url?: string; '@id'?: string } | undefined)?.url ??
            (basedOn as { '@id'?: string } | undefined)?.['@id']);
      expect(basedOnUrl).toBe(new URL(ARTICLE_PATH, canonical).href);
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

describe('annuaires : /acteurs/, /lieux/, /appareils/', () => {
  const directories = [
    { path: '/acteurs/', collection: 'actors', folder: 'acteurs' },
    { path: '/lieux/', collection: 'places', folder: 'lieux' },
    { path: '/appareils/', collection: 'aircraft', folder: 'appareils' },
  ] as const;
  const french = new Intl.Collator('fr', { sensitivity: 'base' });

  it.each(directories)(
    '$path : chaque entrée partagée une fois, liée à sa fiche, par groupe et dans l’ordre alphabétique',
    async ({ path, collection, folder }) => {
      await visit(path);
      const groups = await reader.locator('main section').evaluateAll((sections) =>
        sections.map((section) => ({
          heading: section.querySelector('h2')?.textContent ?? '',
          links: [...section.querySelectorAll('li > a')].map((a) => ({
            href: a.getAttribute('href') ?? '',
            name: a.textContent ?? '',
          })),
        })),
      );
      const ids = readdirSync(`content/${collection}`)
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => file.replace(/\.yaml$/, ''));
      const hrefs = groups.flatMap((group) => group.links.map((link) => link.href));
      expect(hrefs.toSorted()).toEqual(ids.map((id) => `/${folder}/${id}/`).toSorted());
      for (const group of groups) {
        // « Pays (17) »: the heading counts its group.
        expect(normaliseTypography(group.heading)).toMatch(new RegExp(` \\(${group.links.length}\\)$`));
        const names = group.links.map((link) => link.name);
        expect(names, group.heading).toEqual(names.toSorted(french.compare));
      }
      // Each name as its own page's title says it.
      for (const { href, name } of groups.flatMap((group) => group.links)) {
        const id = href.split('/')[2]!;
        const entry = readEntry<{ name?: string; designation?: string }>(collection, id);
        const expected = entry.designation ?? entry.name ?? '';
        expect(name).toBe(expected.charAt(0).toLocaleUpperCase('fr') + expected.slice(1));
      }
    },
  );

  it.each(['/acteurs/russie/', '/lieux/mer-du-japon/'])(
    '%s : la ligne de l’annuaire compte ce que la fiche liste (articles, faits, relevé)',
    async (path) => {
      await visit(path);
      const facts = await reader
        .locator('main h2', { hasText: 'Faits liés' })
        .locator('xpath=following-sibling::ul[1]/li')
        .count();
      const recordHeading = normaliseTypography(await reader.locator('#dans-la-chronologie + p').innerText());
      const record = Number(/\((\d+)\)/.exec(recordHeading)?.[1]);
      const articles = await reader.locator('main .card-list > li').count();
      expect(facts).toBeGreaterThan(0);
      expect(record).toBeGreaterThan(0);
      // Back up to the directory by the page's kicker, as a reader does.
      await reader.locator('main .kicker a').click();
      await reader.waitForURL(`**/${path.split('/')[1]}/`);
      const line = normaliseTypography(await reader.locator(`main li:has(> a[href="${path}"])`).innerText());
      const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
      expect(line).toContain(
        [
          count(articles, 'article', 'articles'),
          count(facts, 'fait', 'faits'),
          count(record, 'exercice ou patrouille du relevé', 'exercices et patrouilles du relevé'),
        ].join(', '),
      );
    },
  );

  it('chaque page mène aux trois annuaires par son pied de page', async () => {
    await visit(ARTICLE_PATH);
    const footer = await reader
      .locator('footer a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(footer).toEqual(
      expect.arrayContaining([
        ['Acteurs', '/acteurs/'],
        ['Lieux', '/lieux/'],
        ['Appareils', '/appareils/'],
      ]),
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

describe('typographie des fiches', () => {
  it.each([`/faits/${firstFigure.id}/`, `/faits/${firstEvent.id}/`, '/appareils/tu-95/', '/acteurs/russie/'])(
    '%s : aucune ligne ne peut commencer par ; : ! ? » (espace insécable avant)',
    async (path) => {
      await visit(path);
      const visible = await reader.locator('main').innerText();
      const offending = [...visible.matchAll(/.{0,30}[ \t\n](?:[;!?»]|:(?![\d/]))/g)].map((m) => m[0]);
      expect(offending, 'espace ordinaire (sécable) avant un signe double').toEqual([]);
      expect(visible).not.toMatch(/[“”]/);
    },
  );
});

describe('vérification : ce que les sources primaires disent de chaque fait', () => {
  const checked = [...article.figures, ...ownEvents, ...article.claims];
  /** The verdict as readers read it, from the vocabulary's French labels. */
  const label = (verdict: string) => verdictLabels[verdict as Verdict];

  it('chaque chiffre et chaque événement de l’article a son verdict', () => {
    expect(
      [...article.figures, ...article.events].filter((fact) => !fact.check).map((fact) => fact.id),
    ).toEqual([]);
  });

  it.each(checked.map((fact) => [fact.id, fact] as const))(
    '/faits/%s/ : verdict près du chiffre, résumé, sources avec leurs mots et leur traduction',
    async (_id, fact) => {
      const check = fact.check!;
      await visit(`/faits/${fact.id}/`);
      // Above the article's words: the verdict is what a reader arriving from a share looks for.
      const top = reader.locator('main .verdict-line');
      expect(normaliseTypography((await top.textContent()) ?? '').trim()).toBe(
        normaliseTypography(`Vérification : ${label(check.verdict)}`),
      );
      const section = reader.locator('section.check');
      expect(await section.locator('h2').innerText()).toBe('Vérification');
      expect(normaliseTypography((await section.locator('.verdict-label').textContent()) ?? '')).toBe(
        label(check.verdict),
      );
      expect(normaliseTypography(await section.innerText())).toContain(normaliseTypography(check.summary));
      const items = section.locator('.check-sources > li');
      expect(await items.count()).toBe(check.sources.length);
      for (const [index, source] of check.sources.entries()) {
        const item = items.nth(index);
        expect(await item.locator('a').getAttribute('href')).toBe(source.url);
        expect(await item.locator('q').getAttribute('lang')).toBe(source.lang);
        expect(normaliseTypography(await item.locator('q').innerText())).toContain(
          normaliseTypography(source.excerpt),
        );
        if (source.lang !== 'fr')
          expect(normaliseTypography(await item.innerText())).toContain(
            normaliseTypography(`Traduction de la rédaction : ${source.translation ?? ''}`),
          );
      }
      if (check.arithmetic)
        expect(normaliseTypography(await section.innerText())).toContain(
          normaliseTypography(`Calcul de la rédaction : ${check.arithmetic}`),
        );
    },
  );

  it('la boîte des chiffres clés de l’article dit le verdict de chaque chiffre', async () => {
    await visit(ARTICLE_PATH);
    for (const figure of article.figures) {
      const line = reader.locator(`.fact-box li[id="${figure.id}"] .figure-check`);
      expect(normaliseTypography((await line.textContent()) ?? '').trim()).toBe(
        normaliseTypography(`Vérification : ${label(figure.check!.verdict)}`),
      );
    }
  });

  it('l’aperçu d’un chiffre dans le texte dit son verdict', async () => {
    const contradicted = article.figures.find((figure) => figure.check?.verdict === 'contredit');
    expect(contradicted).toBeDefined();
    await visit(ARTICLE_PATH);
    const preview = await reader
      .locator(`.article-body a.mention[href="/faits/${contradicted!.id}/"]`)
      .getAttribute('data-apercu');
    expect(normaliseTypography(preview ?? '')).toContain(`(vérification : ${label('contredit')})`);
  });
});

describe('les sources du relevé, comme une rédaction les présente', () => {
  interface RecordSource {
    url: string;
    publisher: string;
    lang: string;
    excerpt: string;
    translationFr?: string;
  }
  interface RecordEntry {
    sources: RecordSource[];
    participants: Record<string, string>;
  }
  const exercisesDir = join(import.meta.dirname, '../../content/exercises');
  const record = readdirSync(exercisesDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      entry: readEntry<RecordEntry>('exercises', file.replace(/\.yaml$/, '')),
    }));

  it('chaque source dit qui la publie et de quel type de source il s’agit ; chaque extrait non français a sa traduction', async () => {
    expect(record.length).toBeGreaterThan(0);
    for (const { id, entry } of record) {
      await visit(`/faits/${id}/`);
      const items = await reader
        .getByRole('region', { name: 'Sources et extraits' })
        .locator('ul.sources > li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText));
      const pages = [...new Set(entry.sources.map((source) => source.url))];
      expect(items, id).toHaveLength(pages.length);
      pages.forEach((url, index) => {
        const passages = entry.sources.filter((source) => source.url === url);
        const publisher = readEntry<{ name: string; kind: PublisherKind; country?: string }>(
          'publishers',
          passages[0]!.publisher,
        );
        const text = normaliseTypography(items[index]!);
        expect(text, `${id} : ${url}`).toContain(normaliseTypography(publisher.name));
        expect(text, `${id} : ${url}`).toContain(`(${publisherKindLabels[publisher.kind]}`);
        for (const passage of passages.filter((p) => p.lang !== 'fr')) {
          expect(passage.translationFr, `${id} : ${passage.excerpt}`).toBeDefined();
          expect(text).toContain(
            normaliseTypography(`Traduction de la rédaction : ${passage.translationFr}`),
          );
        }
      });
    }
  });

  it('la page d’un appareil liste les événements du relevé dont les participants le nomment', async () => {
    const aircraft = readEntry<{ designation: string; aliases?: string[] }>('aircraft', 'tu-95');
    const names = [aircraft.designation, ...(aircraft.aliases ?? [])];
    // A name as a whole word: « Tu-95 » is not in « Tu-95MS », which the aliases name.
    const patterns = names.map(
      (name) =>
        new RegExp(`(?<![\\p{L}\\d-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d-])`, 'u'),
    );
    const expected = record
      .filter(({ entry }) =>
        patterns.some((name) => name.test(Object.values(entry.participants).join(' ; '))),
      )
      .map(({ id }) => `/faits/${id}/`);
    expect(expected.length).toBeGreaterThan(0);
    await visit('/appareils/tu-95/');
    const listed = await reader
      .getByRole('region', { name: 'Dans la chronologie' })
      .locator('li > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
