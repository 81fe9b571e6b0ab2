import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { newPage } from './support/chromium';
import {
  ARTICLE_PATH,
  frenchDate,
  normaliseTypography,
  readArticle,
  readEntry,
  seedParagraphs,
} from './support/content';
import { openForTest, previewOf, tabUntil } from './support/pages';
import { siteInChromium } from './support/site';
import { verdictLabels, type Verdict } from '../../src/vocabulary/verdicts';

// Issue « la page article »: what a reader sees, reads and does on /articles/<slug>/.
// Every expectation comes from the content (frontmatter, shared entries, received text) or French usage.

const article = readArticle();
const seed = seedParagraphs();
const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** A space that prevents a line break. */
const NO_BREAK = `[${NBSP}${NNBSP}]`;

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
  it('est en français, avec un seul h1 : le titre de la rédaction', async () => {
    const page = await articlePage();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const h1 = page.locator('h1');
    expect(await h1.count()).toBe(1);
    expect(normaliseTypography(await h1.innerText())).toBe(normaliseTypography(article.editorial.title));
    expect(await page.title()).toContain(normaliseTypography(article.editorial.title));
  });

  it('donne la date du frontmatter, lisible en français et lisible par machine', async () => {
    // Guard on the content itself: the published date falls within the month given by the source.
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (article.sourceDate) expect(article.date.startsWith(article.sourceDate)).toBe(true);
    const expectedText = frenchDate(article.date);
    expect(expectedText).toBe('30 novembre 2022');

    const page = await articlePage();
    const time = page.locator('main time').first();
    expect(await time.getAttribute('datetime')).toBe(article.date);
    expect(normaliseTypography(await time.innerText())).toBe(expectedText);
  });

  it('dit que le jour de publication est déduit, et de quoi, quand la source ne donne que le mois', async () => {
    // The text as received is dated « 2022-11 »: the day shown is the newsroom's deduction.
    expect(article.sourceDate).toBe('2022-11');
    expect(article.dateBasis).toBeDefined();
    const page = await articlePage();
    const note = page.locator('main p.note', { hasText: 'Jour de publication déduit par la rédaction.' });
    expect(await note.count()).toBe(1);
    expect(normaliseTypography(await note.innerText())).toBe(
      normaliseTypography(`Jour de publication déduit par la rédaction. ${article.dateBasis ?? ''}`),
    );
  });

  it('le texte suit le chapeau et la date : ce qu’est le texte est dit après lui', async () => {
    const page = await articlePage();
    const order = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const at = (selector: string) =>
        [...main.querySelectorAll('*')].indexOf(main.querySelector(selector) as Element);
      const firstParagraph = at('.article-body p');
      // Between the date line and the first paragraph, nothing but the correction notice.
      const between = [...main.querySelectorAll('p')].filter((p) => {
        const index = [...main.querySelectorAll('*')].indexOf(p);
        return index > at('p.meta') && index < firstParagraph && !p.classList.contains('correction-notice');
      });
      return { firstParagraph, note: at('#a-propos-du-texte'), between: between.map((p) => p.textContent) };
    });
    expect(order.between).toEqual([]);
    expect(order.note).toBeGreaterThan(order.firstParagraph);
    const note = normaliseTypography(await page.locator('section.text-note').innerText());
    expect(note).toContain('tel qu’il a été reçu');
    expect(note).toContain('typographie française');
  });

  it('la ligne de date ne colle pas la date au mot ou au signe suivant', async () => {
    const page = await articlePage();
    const meta = page.locator('main p', { has: page.locator(`time[datetime="${article.date}"]`) }).first();
    const text = (await meta.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    const dateText = frenchDate(article.date);
    const after = text.slice(text.indexOf(dateText) + dateText.length);
    // « 30 novembre 2022· Titre… »: a reader sees the date stuck to the middle dot.
    expect(after, `ligne de date lue : « ${text} »`).toMatch(/^($|[\s.,)])/);
  });

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

describe('corps de l’article', () => {
  it('se lit en entier : les 11 paragraphes du texte reçu, mots et ponctuation inchangés', async () => {
    expect(seed).toHaveLength(11);
    const page = await articlePage();
    const paragraphs = page.locator('.article-body p');
    expect(await paragraphs.count()).toBe(seed.length);

    const rendered = await paragraphs.evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.id, text: node.textContent ?? '' })),
    );
    const ids = rendered.map((p) => p.id);
    expect(ids.every((id) => id.trim().length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    rendered.forEach((paragraph, index) => {
      expect(normaliseTypography(paragraph.text), `paragraphe ${index + 1} (#${paragraph.id})`).toBe(
        normaliseTypography(seed[index] ?? ''),
      );
    });
    // The metadata header of the received text is not article text.
    expect(rendered[0]?.text).not.toMatch(/^\s*date\s+\d{4}/);
  });

  it('suit la typographie française : guillemets « » et espaces fines insécables', async () => {
    const page = await articlePage();
    const texts = await page.locator('.article-body p').allInnerTexts();
    const body = texts.join('\n');
    expect(body).not.toMatch(/[“”]/);

    // Where the received text has quotes, the reader sees « + a narrow no-break space (just one) + the word.
    const quotedInSeed = seed.filter((p) => /[“”«»]/.test(p)).length;
    expect(quotedInSeed).toBeGreaterThan(0);
    texts.forEach((text, index) => {
      if (!/[“”«»]/.test(seed[index] ?? '')) return;
      const opening = [...text.matchAll(/«(.{0,3})/g)].map((m) => m[1]);
      const closing = [...text.matchAll(/(.{0,3})»/g)].map((m) => m[1]);
      expect(opening.length, `paragraphe ${index + 1} : guillemets ouvrants`).toBeGreaterThan(0);
      for (const next of opening) {
        expect(next, `après « dans le paragraphe ${index + 1} : ${JSON.stringify(next)}`).toMatch(
          /^\u202f[^\s\u00a0\u202f]/,
        );
      }
      for (const previous of closing) {
        expect(previous, `avant » dans le paragraphe ${index + 1} : ${JSON.stringify(previous)}`).toMatch(
          /[^\s\u00a0\u202f]\u202f$/,
        );
      }
    });
    // Before ; ! ? and : (except in times and URLs), never a plain space or nothing: a narrow no-break space.
    for (const match of body.matchAll(/(.)([;!?]|:(?![\d/]))/g)) {
      expect(match[1], `avant « ${match[2]} » : ${JSON.stringify(match[0])}`).toBe(NNBSP);
    }
    // Thousands (« plus de 2 000 soldats »): a narrow no-break space, as in the fact boxes.
    const groups = [...body.matchAll(/(?<![\d,])\d{1,3}(\s)\d{3}(?!\d)/g)];
    expect(groups.length, 'le texte écrit au moins un nombre en milliers').toBeGreaterThan(0);
    for (const [number, space] of groups) expect(space, JSON.stringify(number)).toBe(NNBSP);
    // A number and the word it counts or dates (« 21 avions », « 30 novembre »): a no-break space,
    // so no line ends on the number. Designations (« Tu-95 russes ») are not numbers.
    const counted = [...body.matchAll(/(?<=^|[\s(«,])\d+(?:er|e)?(\s)(?=\p{L})/gu)];
    expect(counted.length, 'le texte écrit au moins un nombre suivi d’un mot').toBeGreaterThan(3);
    for (const [words, space] of counted) expect(space, JSON.stringify(words)).toBe(NBSP);
  });

  it('aucune ligne de la page ne peut commencer par ; : ! ? » (espace insécable avant, aperçus compris)', async () => {
    const page = await articlePage();
    const visible = await page.locator('main').innerText();
    const previews = await page
      .locator('.article-body a.mention')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-apercu') ?? ''));
    const offending = [visible, ...previews].flatMap((text) =>
      [...text.matchAll(/.{0,25}[ \t\n](?:[;!?»]|:(?![\d/]))/g)].map((m) => m[0]),
    );
    expect(offending, 'espace ordinaire (sécable) avant un signe double').toEqual([]);
  });
});

describe('encadrés de faits', () => {
  it('chaque chiffre du frontmatter a son encadré, avec un id, écrit à la française, lié à sa fiche', async () => {
    const page = await articlePage();
    const aside = page.locator('aside');
    expect(await aside.count()).toBe(1);
    for (const figure of article.figures) {
      const item = aside.locator(`li[id="${figure.id}"]`);
      expect(await item.count(), `encadré #${figure.id}`).toBe(1);
      const text = normaliseTypography(await item.innerText());
      expect(text).toContain(normaliseTypography(figure.label));
      const links = await item
        .locator('a')
        .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('href'), n.textContent ?? ''] as const));
      expect(
        links.map(([href]) => href),
        `lien de #${figure.id}`,
      ).toContain(`/faits/${figure.id}/`);
      const value = links.find(([href]) => href === `/faits/${figure.id}/`)?.[1] ?? '';
      // When the quote writes the number in digits, the box says the same thing (same words).
      if (/\d/.test(figure.quote)) expect(normaliseTypography(value)).toBe(normaliseTypography(figure.quote));
      // Never a breaking space inside a number or between the number and what it counts.
      expect(value, `#${figure.id} : ${JSON.stringify(value)}`).not.toMatch(/\d \d|\d (?=\p{L})/u);
    }
  });

  it('écrit « plus de 2 000 soldats » et « 10,2 milliards de dollars » selon l’usage français', async () => {
    const soldiers = article.figures.find((f) => f.unit === 'soldat' && f.value === 2000);
    const dollars = article.figures.find((f) => f.unit === 'dollar' && f.value === 10_200_000_000);
    expect(soldiers?.qualifier).toBe('plus-de');
    expect(dollars).toBeDefined();

    const page = await articlePage();
    const valueOf = async (id: string) =>
      (await page.locator(`aside li[id="${id}"] a[href="/faits/${id}/"]`).innerText()).trim();
    const soldiersText = await valueOf(soldiers?.id ?? '');
    // Thousands separator: narrow no-break space (U+202F); then a no-break space before the unit.
    expect(soldiersText, JSON.stringify(soldiersText)).toMatch(
      new RegExp(`^plus de 2${NNBSP}000${NO_BREAK}soldats$`),
    );
    const dollarsText = await valueOf(dollars?.id ?? '');
    expect(dollarsText, JSON.stringify(dollarsText)).toMatch(
      new RegExp(`^10,2${NO_BREAK}milliards[ ${NBSP}${NNBSP}]de[ ${NBSP}${NNBSP}]dollars$`),
    );
  });

  it('chaque élément des encadrés « Chiffres clés », « Appareils », « Acteurs » a un id unique et un lien vers sa fiche, qui existe', async () => {
    const page = await articlePage();
    const boxes = ['Chiffres clés', 'Appareils', 'Acteurs'];
    const items = await page.locator('aside section').evaluateAll(
      (sections, titles) =>
        sections
          .filter((section) => titles.includes(section.querySelector('h2')?.textContent?.trim() ?? ''))
          .flatMap((section) => [...section.querySelectorAll('li')])
          .map((n) => ({
            id: n.id,
            hrefs: [...n.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          })),
      boxes,
    );
    const expectedCount = article.figures.length + article.aircraft.length + article.actors.length;
    expect(items).toHaveLength(expectedCount);
    expect(items.every((item) => item.id.length > 0)).toBe(true);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const hrefs = items.map((item) => item.hrefs[0]);
    const expected = [
      ...article.figures.map((f) => `/faits/${f.id}/`),
      ...article.aircraft.map((a) => `/appareils/${a.ref}/`),
      ...article.actors.map((a) => `/acteurs/${a.ref}/`),
    ];
    expect([...hrefs].sort()).toEqual([...expected].sort());
    for (const href of expected) {
      const response = await fetch(site.server.url + href);
      expect(response.status, href).toBe(200);
    }
  });

  it('liste le Tu-95 et le H-6K avec leur rôle et leur opérateur (entrées partagées)', async () => {
    const page = await articlePage();
    expect(article.aircraft.map((a) => a.ref).sort()).toEqual(['h-6k', 'tu-95']);
    for (const { ref } of article.aircraft) {
      const entry = readEntry<{ designation: string; operator: string; role: string }>('aircraft', ref);
      const operator = readEntry<{ name: string }>('actors', entry.operator);
      const item = page.locator('aside li', { has: page.locator(`a[href="/appareils/${ref}/"]`) });
      expect(await item.count(), `encadré de ${ref}`).toBe(1);
      const text = normaliseTypography(await item.innerText());
      expect(normaliseTypography(await item.locator(`a[href="/appareils/${ref}/"]`).innerText())).toBe(
        entry.designation,
      );
      expect(text).toContain(entry.role);
      expect(text).toContain(operator.name);
    }
  });
});

describe('ce que disent les sources', () => {
  /** Every checked fact of the frontmatter: figures, events and the other statements. */
  const checked = [...article.figures, ...article.events, ...article.claims].filter((fact) => fact.check);

  it('après le texte, chaque affirmation vérifiée : verdict, mots de l’article, lien vers sa fiche ; ce que les sources contestent d’abord, avec son résumé', async () => {
    const page = await articlePage();
    const section = page.getByRole('region', { name: 'Ce que disent les sources' });
    const items = await section.locator('ol > li').evaluateAll((lis) =>
      lis.map((li) => ({
        verdict: li.querySelector('.verdict-label')?.textContent?.trim() ?? '',
        quote: li.querySelector('q')?.textContent ?? '',
        card: li.querySelector('a[href^="/faits/"]')?.getAttribute('href') ?? '',
        text: (li as HTMLElement).innerText,
      })),
    );
    expect(items).toHaveLength(checked.length);
    for (const fact of checked) {
      const item = items.find((i) => normaliseTypography(i.quote) === normaliseTypography(fact.quote));
      expect(item, fact.id).toBeDefined();
      expect(item!.verdict).toBe(verdictLabels[fact.check!.verdict as Verdict]);
      // What the sources contradict or qualify is summed up here; what they confirm, on its card.
      if (fact.check!.verdict !== 'confirme')
        expect(normaliseTypography(item!.text)).toContain(normaliseTypography(fact.check!.summary));
      const sameAs = (fact as { sameAs?: string }).sameAs;
      expect(item!.card).toBe(`/faits/${sameAs ?? fact.id}/`);
    }
    // The disputed ones come first: no confirmed item before the last contradicted or qualified one.
    const verdicts = items.map((i) => i.verdict);
    const lastDisputed = verdicts.findLastIndex((v) => v !== verdictLabels.confirme);
    if (verdicts.includes(verdictLabels.confirme))
      expect(verdicts.indexOf(verdictLabels.confirme)).toBeGreaterThan(lastDisputed);
    // The tally counts them by verdict, in French agreement with « affirmations ».
    const tally = normaliseTypography(await section.locator('p').first().innerText());
    expect(tally).toContain(`${checked.length} affirmations`);
    const contradicted = checked.filter((fact) => fact.check!.verdict === 'contredit').length;
    if (contradicted > 1) expect(tally).toContain(`${contradicted} contredites`);
  });

  it('ses données structurées : un NewsArticle, modifié le jour du dernier rectificatif de ses faits, et son image de partage', async () => {
    const page = await articlePage();
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const news = blocks
      .flatMap((b) => [JSON.parse(b) as Record<string, unknown>].flat())
      .find((d) => d['@type'] === 'NewsArticle');
    expect(news?.['headline']).toBe(article.editorial.title);
    expect(news?.['datePublished']).toBe(article.date);
    const corrected = [...article.figures, ...article.events, ...article.claims].flatMap((fact) =>
      ((fact as { corrections?: { date: string }[] }).corrections ?? []).map((c) => String(c.date)),
    );
    expect(news?.['dateModified']).toBe(corrected.length > 0 ? [...corrected].sort().at(-1) : undefined);
    // Shared, the article shows its own image: the one its og:image and its JSON-LD name, a
    // 1200 × 630 PNG served by the site.
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(ogImage).toBeTruthy();
    expect(news?.['image']).toBe(ogImage);
    const png = await fetch(site.server.url + new URL(ogImage!).pathname);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
  });
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

describe('sans JavaScript', () => {
  it('l’article se partage : son lien permanent, et « Envoyer par courriel » avec son titre et son adresse', async () => {
    const page = await open(ARTICLE_PATH, { javaScriptEnabled: false });
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(new URL(canonical).pathname).toBe(ARTICLE_PATH);
    expect(await page.locator('main a', { hasText: canonical }).getAttribute('href')).toBe(ARTICLE_PATH);
    const mail = new URL(
      (await page.getByRole('link', { name: 'Envoyer par courriel' }).getAttribute('href')) ?? '',
    );
    expect(mail.protocol).toBe('mailto:');
    expect(normaliseTypography(mail.searchParams.get('subject') ?? '')).toBe(
      normaliseTypography(article.editorial.title),
    );
    expect(mail.searchParams.get('body')).toContain(canonical);
  });

  it('les 11 paragraphes et tous les encadrés sont là', async () => {
    const page = await open(ARTICLE_PATH, { javaScriptEnabled: false });
    expect(await page.locator('.article-body p').count()).toBe(seed.length);
    const texts = await page.locator('.article-body p').allInnerTexts();
    texts.forEach((text, index) =>
      expect(normaliseTypography(text)).toBe(normaliseTypography(seed[index] ?? '')),
    );
    for (const figure of article.figures) {
      expect(
        await page.locator(`aside li[id="${figure.id}"] a[href="/faits/${figure.id}/"]`).isVisible(),
      ).toBe(true);
    }
    for (const { ref } of article.aircraft) {
      expect(await page.locator(`aside a[href="/appareils/${ref}/"]`).isVisible()).toBe(true);
    }
    for (const { ref } of article.actors) {
      expect(await page.locator(`aside a[href="/acteurs/${ref}/"]`).isVisible()).toBe(true);
    }
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

describe('accueil', () => {
  it('son titre dit ce qu’elle contient, sans répéter le nom du site de l’en-tête', async () => {
    const page = await open('/');
    const siteName = normaliseTypography(await page.locator('header .site-name').innerText());
    expect(normaliseTypography(await page.locator('h1').innerText())).not.toBe(siteName);
  });

  it('liste l’article : titre lié, date, résumé', async () => {
    const page = await open('/');
    const link = page.locator(`main a[href="${ARTICLE_PATH}"]`).first();
    expect(await link.count()).toBe(1);
    expect(normaliseTypography(await link.innerText())).toBe(normaliseTypography(article.editorial.title));
    const item = page.locator('main li', { has: page.locator(`a[href="${ARTICLE_PATH}"]`) }).first();
    const time = item.locator(`time[datetime="${article.date}"]`);
    expect(await time.count()).toBe(1);
    expect(normaliseTypography(await time.innerText())).toBe(frenchDate(article.date));
    expect(normaliseTypography(await item.innerText())).toContain(
      normaliseTypography(article.editorial.summary),
    );

    await link.click();
    await page.waitForURL(site.server.url + ARTICLE_PATH);
    expect(normaliseTypography(await page.locator('h1').innerText())).toBe(
      normaliseTypography(article.editorial.title),
    );
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
