import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH, frenchDate, normaliseTypography } from './support/content';
import { openForTest, waitInViewport } from './support/pages';
import {
  article,
  articleEventDate,
  articleEvents,
  collapse,
  exercises,
  expectedItems,
  PATROL_ID,
  UNKNOWN,
  ownEvents,
} from './support/record';
import { siteInChromium } from './support/site';

// Issue « chronologie »: /chronologie/, its filtered views (type, year, country) and the page of an
// event from the record, browsed like a reader would (clicks, with and without JavaScript).
// Expectations come from the content (content/exercises/*.yaml, the article's frontmatter) and the calendar.
// What the pages say without being clicked, laid out or scripted is read from the built HTML in
// tests/site/timeline.test.ts.

/** A `datetime` string valid at its precision (year, month or day) and that exists in the calendar. */
function isValidDatetime(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return Number(y) > 0;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

const patrol = exercises.find((e) => e.id === PATROL_ID)!;
const patrolEvent = articleEvents.find((e) => e.sameAs === PATROL_ID)!;
/** Rank of the patrol within its series, counted from the content, and the year of the first one. */
const patrolSeries = exercises.filter((e) => e.series === patrol.series);
const patrolRank = patrolSeries.filter((e) => e.start <= patrol.start).length;

const site = siteInChromium();

const open = (path: string, options?: BrowserContextOptions): Promise<Page> =>
  openForTest(site.browser, site.server.url + path, options);

/** The rows of the chronology: one list item per event, under its year. */
const ROWS = 'main h2.tl-year + ol > li';

/** The displayed rows: id, title, machine dates (`<time datetime>`), in page order. */
function listedItems(page: Page) {
  return page.locator(ROWS).evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.id,
      title: (node.querySelector('h3')?.textContent ?? '').trim(),
      datetimes: [...node.querySelectorAll('time')].map((time) => time.getAttribute('datetime') ?? ''),
    })),
  );
}

/** The per-year sections: heading (h2) and ids of the rows they contain. */
function yearSections(page: Page) {
  return page.locator('main h2.tl-year').evaluateAll((headings) =>
    headings.map((heading) => ({
      heading: (heading.textContent ?? '').trim(),
      ids: [...(heading.nextElementSibling?.querySelectorAll(':scope > li') ?? [])].map((item) => item.id),
    })),
  );
}

/** Opens the filters (a disclosure, closed on the whole timeline) and returns their navigation. */
async function filters(page: Page) {
  const menu = page.getByRole('navigation', { name: 'Filtrer la chronologie' });
  if (!(await menu.isVisible())) await page.locator('details.tl-filters > summary').click();
  return menu;
}

describe.each([
  ['avec JavaScript', true],
  ['sans JavaScript', false],
])('parcours du lecteur (%s)', (_label, javaScriptEnabled) => {
  it('accueil → Chronologie → Patrouilles aériennes → patrouille du 30 novembre 2022 → sa fiche → le paragraphe', async () => {
    const page = await open('/', { javaScriptEnabled });

    // 1. Home page → « Chronologie » in the main navigation.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Chronologie', exact: true })
      .click();
    await page.waitForURL(`${site.server.url}/chronologie/`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');

    // All the expected rows, each exactly once.
    const all = await listedItems(page);
    expect(all.map((item) => item.id).sort()).toEqual(expectedItems.map((item) => item.id).sort());

    // 2. Years as h2, ascending, rows under the year they belong to; undated ones at the end.
    const sections = await yearSections(page);
    const years = sections.map((s) => s.heading).filter((h) => /^\d{4}$/.test(h));
    const expectedYears = [
      ...new Set(expectedItems.flatMap((item) => (item.year ? [item.year] : []))),
    ].sort();
    expect(years).toEqual(expectedYears);
    for (const section of sections) {
      const year = /^\d{4}$/.test(section.heading) ? section.heading : undefined;
      expect([...section.ids].sort(), section.heading).toEqual(
        expectedItems
          .filter((item) => item.year === year)
          .map((item) => item.id)
          .sort(),
      );
    }
    if (expectedItems.some((item) => !item.year)) expect(sections.at(-1)?.heading).toBe('Non datés');

    // 3. Every <time datetime>: an HTML date valid at its precision, the one from the content.
    for (const item of all) {
      for (const datetime of item.datetimes)
        expect(isValidDatetime(datetime), `${item.id} : ${datetime}`).toBe(true);
      const exercise = exercises.find((e) => e.id === item.id);
      if (exercise) {
        // A line gives its start (its end is on the card); an unknown start is never shown as a date.
        expect(item.datetimes, item.id).toEqual(exercise.start === UNKNOWN ? [] : [exercise.start]);
      } else {
        const event = ownEvents.find((e) => e.id === item.id)!;
        const date = articleEventDate(event);
        expect(item.datetimes, item.id).toEqual(date ? [date] : []);
      }
    }

    // 4. « Patrouilles aériennes » filter → exactly the air patrols.
    await (await filters(page)).getByRole('link', { name: 'Patrouilles aériennes', exact: true }).click();
    await page.waitForURL(`${site.server.url}/chronologie/patrouilles-aeriennes/`);
    const airPatrols = [
      ...exercises.filter((e) => e.kind === 'patrouille-aerienne').map((e) => e.id),
      ...ownEvents.filter((e) => e.kind === 'patrouille-aerienne').map((e) => e.id),
    ];
    const listed = await listedItems(page);
    expect(listed.map((item) => item.id).sort()).toEqual([...airPatrols].sort());
    // In the order of the full timeline.
    expect(listed.map((item) => item.id)).toEqual(
      all.map((item) => item.id).filter((id) => airPatrols.includes(id)),
    );

    // 5. The patrol of 30 November 2022, marked as the article's subject → click on its title → its card.
    const item = page.locator(ROWS, { has: page.locator(`time[datetime="${patrol.start}"]`) });
    await expect.poll(() => item.count()).toBe(1);
    expect(normaliseTypography(await item.innerText())).toContain(
      `Sujet de l’article du ${frenchDate(article.date)}`,
    );
    await item.getByRole('heading').getByRole('link').click();
    await page.waitForURL(`${site.server.url}/faits/${PATROL_ID}/`);

    // Titled by its rank in the series, as the ministries number the patrols (counted from the content).
    const h1 = page.locator('h1');
    await expect.poll(() => h1.count()).toBe(1);
    expect(patrolRank).toBe(5);
    expect(normaliseTypography(await h1.innerText())).toBe(
      `${patrolRank}e patrouille aérienne stratégique conjointe`,
    );
    expect(patrol.nameEn).toMatch(new RegExp(`^${patrolRank}th `));

    // The record's sources, as external links.
    const links = await page
      .locator('main a[href]')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })),
      );
    for (const source of patrol.sources) {
      const link = links.find((l) => l.href === source.url);
      expect(link, source.url).toBeDefined();
      expect(link?.rel.split(/\s+/), source.url).toContain('external');
      expect(new URL(source.url).host).not.toBe(new URL(site.server.url).host);
    }

    // The article's quote, word for word, marked in its whole sentence.
    const section = page.getByRole('region', {
      name: `Ce qu’en dit l’article du ${frenchDate(article.date)}`,
    });
    const marked = await section.locator('blockquote mark').allInnerTexts();
    expect(marked.map(normaliseTypography)).toEqual([normaliseTypography(patrolEvent.quote)]);
    const sentence = normaliseTypography(await section.locator('blockquote').innerText());
    expect(sentence.length).toBeGreaterThan(normaliseTypography(patrolEvent.quote).length);

    // 6. « Lire la phrase dans l’article » → the article, with the paragraph on screen.
    const back = page.getByRole('link', { name: 'Lire la phrase dans l’article' });
    await expect.poll(() => back.count()).toBe(1);
    const href = (await back.getAttribute('href')) ?? '';
    const paragraphId = /#([^:]+)/.exec(href)?.[1] ?? '';
    expect(href.startsWith(`${ARTICLE_PATH}#`)).toBe(true);
    await back.click();
    await page.waitForURL((url) => url.pathname === ARTICLE_PATH);
    await waitInViewport(page, `[id="${paragraphId}"]`);
    const paragraph = normaliseTypography(await page.locator(`[id="${paragraphId}"]`).innerText());
    expect(paragraph).toContain(normaliseTypography(patrolEvent.quote));
  });
});

describe('page /chronologie/', () => {
  it('le graphique : un titre, une légende, une ligne par année, chaque année un lien vers sa vue avec son total', async () => {
    const page = await open('/chronologie/');
    const figure = page.getByRole('figure', { name: 'Nombre d’événements par année et par type' });
    await expect.poll(() => figure.count()).toBe(1);
    const caption = figure.locator('figcaption');
    const bars = figure.locator('ol > li');
    const [captionBox, barsBox] = await Promise.all([caption.boundingBox(), bars.first().boundingBox()]);
    expect(captionBox!.y + captionBox!.height).toBeLessThanOrEqual(barsBox!.y);

    // The table: one row per year of the period (empty years included), opened with a click.
    const table = figure.locator('table');
    await figure.locator('summary').click();
    await expect.poll(() => table.isVisible()).toBe(true);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        year: (tr.querySelector('th')?.textContent ?? '').trim(),
        total: [...tr.querySelectorAll('td')].reduce((sum, td) => sum + Number(td.textContent), 0),
      })),
    );
    const dated = expectedItems.flatMap((item) => (item.year ? [Number(item.year)] : []));
    const span = Array.from({ length: Math.max(...dated) - Math.min(...dated) + 1 }, (_, i) =>
      String(Math.min(...dated) + i),
    );
    expect(rows.map((row) => row.year)).toEqual(span);

    // Each year's row: the year and its total in view, read as « 2022 : 9 événements »; a year
    // with events is a link to its view, a year without none.
    const shown = await bars.evaluateAll((items) =>
      items.map((li) => {
        const link = li.querySelector('a');
        return {
          text: (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          href: link?.getAttribute('href') ?? null,
          name: (link ?? li.firstElementChild)?.getAttribute('aria-label') ?? '',
        };
      }),
    );
    expect(shown.map((row) => row.text)).toEqual(rows.map((row) => `${row.year} ${row.total}`));
    for (const [index, row] of rows.entries()) {
      const bar = shown[index]!;
      expect(bar.href, row.year).toBe(row.total > 0 ? `/chronologie/${row.year}/` : null);
      expect(normaliseTypography(bar.name)).toBe(
        `${row.year} : ${row.total} ${row.total > 1 ? 'événements' : 'événement'}`,
      );
    }
    // Each row counts the events that the page files under that year.
    const sections = await yearSections(page);
    for (const row of rows) {
      const listed = sections.find((s) => s.heading === row.year)?.ids.length ?? 0;
      expect(row.total, row.year).toBe(listed);
    }
    // A year's bar leads to its view, which lists as many events as the bar counts.
    const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a));
    await figure.getByRole('link', { name: new RegExp(`^${busiest.year} : `) }).click();
    await page.waitForURL(`${site.server.url}/chronologie/${busiest.year}/`);
    expect(await page.locator(ROWS).count()).toBe(busiest.total);
  });

  it('sur un téléphone de 320 px, rien ne défile de côté : graphique, légende et tableau compris', async () => {
    const page = await open('/chronologie/', { viewport: { width: 320, height: 700 } });
    await page.locator('figure.tl-axis summary').click();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - innerWidth,
      scrollBoxes: [...document.querySelectorAll('main *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          return /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth;
        })
        .map((el) => el.tagName),
    }));
    expect(overflow).toEqual({ page: 0, scrollBoxes: [] });
  });

  it('une ligne par événement : la chronologie tient sur un téléphone, et pèse peu', async () => {
    const page = await open('/chronologie/', { viewport: { width: 390, height: 844 } });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const response = await fetch(`${site.server.url}/chronologie/`);
    const bytes = (await response.arrayBuffer()).byteLength;
    const events = await page.locator(ROWS).count();
    console.log(
      `/chronologie/ : ${events} événements, ${height} px de haut à 390 px, ${(bytes / 1024).toFixed(1)} Ko de HTML`,
    );
    // Budgets of the issue for today's record: the whole chronology in at most 12 000 px on a
    // phone and 40 KB of HTML, so that it reads as a list, not as sixty records.
    expect(events).toBe(expectedItems.length);
    expect(height).toBeLessThanOrEqual(12_000);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });

  it('des liens vers chaque année de la page, qui mènent à son titre', async () => {
    const page = await open('/chronologie/');
    const jump = page.getByRole('navigation', { name: 'Aller à l’année' });
    const years = (await yearSections(page)).map((section) => section.heading);
    expect((await jump.getByRole('link').allInnerTexts()).map((text) => text.trim())).toEqual(years);
    const last = jump.getByRole('link', { name: years.at(-1)!, exact: true });
    const target = ((await last.getAttribute('href')) ?? '').slice(1);
    await last.click();
    await waitInViewport(page, `[id="${target}"]`);
    expect(await page.locator(`[id="${target}"]`).innerText()).toBe(years.at(-1));
  });

  it('chaque type d’événement garde sa couleur dans le graphique de chaque vue', async () => {
    // One page, taken from view to view: the colours are the stylesheet's, not the context's.
    const page = await open('/chronologie/');
    const legend = async (path: string) => {
      if (!page.url().endsWith(path))
        expect((await page.goto(site.server.url + path))?.status(), path).toBe(200);
      return page
        .locator('.tl-legend li')
        .evaluateAll((items) =>
          items.map(
            (li) => [li.textContent?.trim() ?? '', getComputedStyle(li.querySelector('rect')!).fill] as const,
          ),
        );
    };
    const everyKind = new Map(await legend('/chronologie/'));
    expect(everyKind.size).toBeGreaterThan(3);
    expect(new Set(everyKind.values()).size).toBe(everyKind.size);
    // Views holding only some of the kinds (2022 has no coast guard patrol, Iran no air patrol).
    for (const path of [
      '/chronologie/2022/',
      '/chronologie/pays/iran/',
      '/chronologie/patrouilles-navales/',
    ]) {
      const view = await legend(path);
      expect(view.length, path).toBeLessThan(everyKind.size);
      for (const [label, fill] of view) expect(fill, `${path} : ${label}`).toBe(everyKind.get(label));
    }
  });

  it('la date de chaque événement se lit comme elle s’affiche, sans mot caché', async () => {
    // textContent is what a screen reader and the search index get; innerText, what the eye sees.
    const page = await open('/chronologie/');
    const dates = await page
      .locator(`${ROWS} > p:first-child`)
      .evaluateAll((nodes) => nodes.map((node) => [node.textContent ?? '', (node as HTMLElement).innerText]));
    expect(dates.length).toBe(expectedItems.length);
    for (const [read, seen] of dates) expect(collapse(read!)).toBe(collapse(seen!));
  });
});

describe('un événement réel, une fiche', () => {
  const merged = articleEvents.filter((event) => event.sameAs);

  it('l’adresse de la fiche d’article d’un événement du relevé mène à la fiche du relevé, avec et sans JavaScript', async () => {
    expect(merged.length).toBeGreaterThan(0);
    for (const javaScriptEnabled of [true, false]) {
      // One page per setting, taken from address to address: each redirect is its own navigation.
      let page: Page | undefined;
      for (const event of merged) {
        const path = `/faits/${event.id}/`;
        if (page) expect((await page.goto(site.server.url + path))?.status(), path).toBe(200);
        else page = await open(path, { javaScriptEnabled });
        await page.waitForURL(`${site.server.url}/faits/${event.sameAs}/`);
        // The record's card says what the article says of it, with the way back to its words.
        const section = page.getByRole('region', {
          name: `Ce qu’en dit l’article du ${frenchDate(article.date)}`,
        });
        const marked = await section.locator('blockquote mark').allInnerTexts();
        expect(marked.map(normaliseTypography), event.id).toEqual([normaliseTypography(event.quote)]);
      }
    }
  });
});

describe('de l’article à la chronologie', () => {
  it('en un geste, la ligne de la patrouille à l’écran, marquée sujet de l’article ; sa fiche au suivant', async () => {
    const page = await open(ARTICLE_PATH, { viewport: { width: 390, height: 844 } });
    await page.getByRole('link', { name: 'Situer dans toute la chronologie' }).click();
    await page.waitForURL((url) => url.pathname === '/chronologie/' && url.hash === `#${PATROL_ID}`);
    await waitInViewport(page, `[id="${PATROL_ID}"]`);
    const line = page.locator(`[id="${PATROL_ID}"]`);
    const box = (await line.boundingBox())!;
    // Whole, within the screen, with the events just before it above.
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(normaliseTypography(await line.innerText())).toContain(
      `Sujet de l’article du ${frenchDate(article.date)}`,
    );
    await line.getByRole('heading').getByRole('link').click();
    await page.waitForURL(`${site.server.url}/faits/${PATROL_ID}/`);
  });
});

describe('fiche d’un événement du relevé', () => {
  it('son titre est celui de la page : un h1 à la taille des autres fiches, pas un lien vers elle-même', async () => {
    const headingOf = async (path: string) => {
      const page = await open(path);
      const h1 = page.locator('main h1');
      expect(await h1.count(), path).toBe(1);
      return {
        links: await h1.locator('a').count(),
        size: await h1.evaluate((node) => parseFloat(getComputedStyle(node).fontSize)),
        listed: await page
          .locator('main h2, main h3')
          .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize))),
      };
    };
    const event = await headingOf(`/faits/${PATROL_ID}/`);
    const figure = await headingOf(`/faits/${article.figures[0]!.id}/`);
    expect(event.links).toBe(0);
    expect(event.size).toBe(figure.size);
    // And larger than any heading below it.
    for (const size of event.listed) expect(event.size).toBeGreaterThan(size);
  });
});
