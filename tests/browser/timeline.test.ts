import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ARTICLE_PATH,
  frenchDate,
  normaliseTypography,
  readArticle,
  readEntry,
  type EventEntry,
  MONTHS,
} from './support/content';
import { openForTest, waitInViewport } from './support/pages';
import { siteInChromium } from './support/site';

// Issue « chronologie »: /chronologie/, its filtered views (type, year, country) and the page of an
// event from the record, browsed like a reader would (clicks, with and without JavaScript).
// Expectations come from the content (content/exercises/*.yaml, the article's frontmatter) and the calendar.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UNKNOWN = 'inconnue';

interface Exercise {
  readonly id: string;
  readonly kind: string;
  readonly series?: string;
  readonly name: { fr?: string; translation?: string };
  readonly title?: string;
  readonly nameEn: string;
  readonly start: string;
  readonly end?: string;
  readonly startWindow?: { notBefore: string; notAfter: string };
  readonly dateVariants?: readonly { start?: string; end?: string; according: string }[];
  readonly countries: readonly string[];
  readonly areas: readonly string[];
  readonly sources: readonly { url: string; publisher?: string; lang: string; excerpt: string }[];
}

/** The record, as written (quoted YAML dates stay text; a number is turned back into text). */
const exercises: Exercise[] = readdirSync(`${ROOT}content/exercises`)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const data = parse(readFileSync(`${ROOT}content/exercises/${name}`, 'utf8')) as Exercise;
    return {
      ...data,
      id: basename(name, '.yaml'),
      start: String(data.start),
      ...(data.end === undefined ? {} : { end: String(data.end) }),
    };
  });

const article = readArticle();
type ArticleEvent = EventEntry & { readonly sameAs?: string };
const articleEvents = article.events as readonly ArticleEvent[];
/** The article's events that have their own row (the others are merged with the record). */
const ownEvents = articleEvents.filter((event) => !event.sameAs);

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date of an article event according to the calendar: its explicit date, otherwise its words
 * (« mardi », « en septembre », « le 24 février ») read as no later than the publication day.
 */
function articleEventDate(event: ArticleEvent): string | undefined {
  if (event.date !== undefined) return String(event.date);
  if (!event.when) return undefined;
  const published = new Date(`${article.date}T00:00:00Z`);
  const when = event.when.toLowerCase();
  const weekday = WEEKDAYS.indexOf(when);
  if (weekday !== -1) {
    const back = (published.getUTCDay() - weekday + 7) % 7;
    return new Date(published.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  }
  const month = /^en (\S+)$/.exec(when);
  if (month?.[1]) {
    const index = MONTHS.indexOf(month[1]);
    const year = published.getUTCFullYear() - (index > published.getUTCMonth() ? 1 : 0);
    return `${year}-${pad(index + 1)}`;
  }
  const dayMonth = /^le (\d{1,2})(?:er)? (\S+)$/.exec(when);
  if (dayMonth?.[1] && dayMonth[2]) {
    const index = MONTHS.indexOf(dayMonth[2]);
    const candidate = `${published.getUTCFullYear()}-${pad(index + 1)}-${pad(Number(dayMonth[1]))}`;
    return candidate > article.date ? `${published.getUTCFullYear() - 1}${candidate.slice(4)}` : candidate;
  }
  throw new Error(`Expression de date non prévue par le test : « ${event.when} »`);
}

/** Where a row is placed: its start, otherwise the start of its window, otherwise its known end. */
function placedAt(exercise: Exercise): string | undefined {
  if (exercise.start !== UNKNOWN) return exercise.start;
  if (exercise.startWindow) return String(exercise.startWindow.notBefore);
  return exercise.end !== undefined && exercise.end !== UNKNOWN ? exercise.end : undefined;
}

/** Every expected row of the timeline: id, type, and the year it is filed under. */
const expectedItems = [
  ...exercises.map((e) => ({ id: e.id, kind: e.kind, year: placedAt(e)?.slice(0, 4) })),
  ...ownEvents.map((e) => ({ id: e.id, kind: e.kind, year: articleEventDate(e)?.slice(0, 4) })),
];

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

const PATROL_ID = 'patrouille-aerienne-strategique-2022-11';
const patrol = exercises.find((e) => e.id === PATROL_ID)!;
const patrolEvent = articleEvents.find((e) => e.sameAs === PATROL_ID)!;
/** Rank of the patrol within its series, counted from the content, and the year of the first one. */
const patrolSeries = exercises.filter((e) => e.series === patrol.series);
const patrolRank = patrolSeries.filter((e) => e.start <= patrol.start).length;

const site = siteInChromium();

/** Text with its runs of whitespace as single spaces, as compared with what YAML holds. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

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

  it('les vues par année et par pays listent exactement leurs événements', async () => {
    const year = '2022';
    const yearPage = await open(`/chronologie/${year}/`, { javaScriptEnabled });
    expect((await listedItems(yearPage)).map((item) => item.id).sort()).toEqual(
      expectedItems
        .filter((item) => item.year === year)
        .map((item) => item.id)
        .sort(),
    );

    const country = 'inde';
    const countryPage = await open(`/chronologie/pays/${country}/`, { javaScriptEnabled });
    // Only events from the record have India among their participating countries; the article never cites it.
    expect(articleEvents.some((e) => e.actors?.includes(country))).toBe(false);
    expect((await listedItems(countryPage)).map((item) => item.id).sort()).toEqual(
      exercises
        .filter((e) => e.countries.includes(country))
        .map((e) => e.id)
        .sort(),
    );
  });
});

describe('page /chronologie/', () => {
  it('le menu annonce le nombre total d’événements, lisiblement', async () => {
    const page = await open('/chronologie/');
    const menu = await filters(page);
    const first = normaliseTypography(await menu.locator('p').first().innerText());
    expect(first).toBe(`Toute la chronologie (${expectedItems.length} événements)`);
  });

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

  it('chaque ligne a pour nom son titre, et mène à la fiche de l’événement', async () => {
    const page = await open('/chronologie/');
    const rows = await page.locator(ROWS).evaluateAll((items) =>
      items.map((li) => ({
        id: li.id,
        heading: li.querySelector('h3')?.textContent?.trim() ?? '',
        href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      })),
    );
    for (const row of rows) {
      expect(row.heading, row.id).not.toBe('');
      expect(row.href, row.id).toBe(`/faits/${row.id}/`);
    }
  });

  it('chaque type d’événement garde sa couleur dans le graphique de chaque vue', async () => {
    const legend = async (path: string) =>
      (await open(path))
        .locator('.tl-legend li')
        .evaluateAll((items) =>
          items.map(
            (li) => [li.textContent?.trim() ?? '', getComputedStyle(li.querySelector('rect')!).fill] as const,
          ),
        );
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

  it('chaque événement du relevé renvoie, sur sa fiche, à chacune de ses pages sources, une fois, dans l’ordre du relevé', async () => {
    // The record quotes some pages twice (one passage per fact): without such pages this proves little.
    const distinctUrls = (e: Exercise) => [...new Set(e.sources.map((s) => s.url))];
    expect(exercises.filter((e) => distinctUrls(e).length < e.sources.length).length).toBeGreaterThan(0);
    const page = await open('/chronologie/');
    for (const exercise of exercises) {
      await page.goto(`${site.server.url}/faits/${exercise.id}/`);
      const hrefs = await page
        .getByRole('region', { name: 'Sources et extraits' })
        .locator('ul.sources > li > a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(hrefs, exercise.id).toEqual(distinctUrls(exercise));
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

  it('quand les sources divergent sur la date, la fiche dit qui donne chaque autre date, sans redire la première', async () => {
    const disputed = exercises.filter((exercise) => exercise.dateVariants);
    expect(disputed.length).toBeGreaterThan(10);
    const page = await open('/chronologie/');
    for (const exercise of disputed) {
      await page.goto(`${site.server.url}/faits/${exercise.id}/`);
      const line = normaliseTypography(await page.locator('main p.tl-date').innerText());
      const main = normaliseTypography(await page.locator('main p.tl-date time').first().innerText());
      expect(line.split(main).length - 1, line).toBe(1);
      const attributions = [...line.matchAll(/ selon /g)];
      expect(attributions, line).toHaveLength(exercise.dateVariants!.length);
      for (const variant of exercise.dateVariants!)
        expect(line).toContain(` selon ${normaliseTypography(variant.according)}`);
    }
  });

  it('pas d’espace sécable avant « : ; ! ? » » dans le texte des pages de la chronologie', async () => {
    // Each offending fragment once per page (« Sources : » recurs under every event).
    const offending = new Set<string>();
    for (const path of ['/chronologie/', '/chronologie/patrouilles-aeriennes/', `/faits/${PATROL_ID}/`]) {
      const page = await open(path);
      const text = await page.locator('main').innerText();
      for (const match of text.matchAll(/\S{0,20}[ \t\n](?:[;!?»]|:(?![\d/]))/g)) {
        offending.add(`${path} : « ${match[0].trim()} »`);
      }
    }
    expect([...offending]).toEqual([]);
  });
});

describe('un événement réel, une fiche', () => {
  const merged = articleEvents.filter((event) => event.sameAs);

  it('l’adresse de la fiche d’article d’un événement du relevé mène à la fiche du relevé, avec et sans JavaScript', async () => {
    expect(merged.length).toBeGreaterThan(0);
    for (const javaScriptEnabled of [true, false]) {
      for (const event of merged) {
        const page = await open(`/faits/${event.id}/`, { javaScriptEnabled });
        await page.waitForURL(`${site.server.url}/faits/${event.sameAs}/`);
        // The record's card says what the article says of it, with the way back to its words.
        const section = page.getByRole('region', {
          name: `Ce qu’en dit l’article du ${frenchDate(article.date)}`,
        });
        const marked = await section.locator('blockquote mark').allInnerTexts();
        expect(marked.map(normaliseTypography), event.id).toEqual([normaliseTypography(event.quote)]);
        await page.close();
      }
    }
  });

  it('la vérification de l’article accompagne l’événement sur sa fiche unique', async () => {
    for (const event of merged.filter((e) => e.check)) {
      const page = await open(`/faits/${event.sameAs}/`);
      const check = page.getByRole('region', { name: 'Vérification de l’article' });
      await expect.poll(() => check.count(), { message: event.id }).toBe(1);
      expect(normaliseTypography(await check.innerText())).toContain(
        normaliseTypography(event.check!.summary),
      );
    }
  });

  it('la chronologie, le sitemap et la recherche ne connaissent que la fiche unique', async () => {
    const page = await open('/chronologie/');
    const hrefs = await page
      .locator('main a[href^="/faits/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    const sitemap = await (await fetch(`${site.server.url}/sitemap-0.xml`)).text();
    for (const event of merged) {
      expect(hrefs, event.id).not.toContain(`/faits/${event.id}/`);
      expect(hrefs, event.id).toContain(`/faits/${event.sameAs}/`);
      expect(sitemap, event.id).not.toContain(`/faits/${event.id}/`);
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

describe('les noms des événements', () => {
  it('un nom français par série, sans nom anglais en titre ; le nom anglais reste sur la fiche', async () => {
    const page = await open('/chronologie/');
    const titles = await listedItems(page);
    // English words the record's names use (« Joint Sea », « Exercise », « Peace Mission »…).
    const english = /\b(Joint|Sea|Exercise|Peace|Mission de Paix|Security|Northern|Beibu)\b/;
    expect(titles.filter((row) => english.test(row.title))).toEqual([]);
    // Every edition of the naval series « Mer conjointe » is titled so, whatever name a source used.
    const jointSea = exercises.filter((e) => e.series === 'mer-conjointe');
    expect(jointSea.length).toBeGreaterThan(5);
    for (const exercise of jointSea) {
      const row = titles.find((t) => t.id === exercise.id)!;
      expect(row.title, exercise.id).toMatch(/^Mer conjointe \d{4}/);
    }
    const sample = jointSea.find((e) => e.name.fr && !e.name.fr.startsWith('Mer conjointe'))!;
    const card = await open(`/faits/${sample.id}/`);
    const text = normaliseTypography(await card.locator('main').innerText());
    expect(text).toContain(sample.nameEn);
    expect(text).toContain(`« ${normaliseTypography(sample.name.fr!)} »`);
  });

  it('un événement que l’article ne date pas prend la date de sa source, dite comme telle', async () => {
    const undated = articleEvents.filter((event) => !event.when && !event.sameAs);
    expect(undated.length).toBeGreaterThan(0);
    for (const event of undated) {
      const page = await open(`/faits/${event.id}/`);
      // The card's headline: its title, then the date, never « non précisée ».
      const date = normaliseTypography(await page.locator('main .figure-value').innerText());
      expect(date, event.id).toMatch(/^\d{1,2}(er)? \S+ \d{4}$/);
      const text = normaliseTypography(await page.locator('main').innerText());
      expect(text, event.id).toContain(`Non daté dans l’article ; ${date} selon `);
      const title = await page.locator('meta[property="og:title"]').getAttribute('content');
      expect(title, event.id).not.toMatch(/non précisée/);
    }
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

  it('un extrait dans une autre langue que le français est cité tel quel : ses guillemets, ses espaces', async () => {
    // French typography would turn “…” into « … » and add narrow spaces before ; : ! ? — in an
    // English or Chinese passage that would misquote it. Every such excerpt, on its event's page.
    const atRisk = exercises.filter((exercise) =>
      exercise.sources.some(
        (source) => !source.lang.startsWith('fr') && /[“”«»;:!?]|\d \d/.test(source.excerpt),
      ),
    );
    expect(atRisk.length, 'le relevé contient de tels extraits').toBeGreaterThan(3);
    // One page, navigated from card to card.
    const page = await open('/chronologie/');
    for (const exercise of atRisk) {
      await page.goto(`${site.server.url}/faits/${exercise.id}/`);
      const quoted = await page
        .getByRole('region', { name: 'Sources et extraits' })
        .locator('q[lang]')
        .evaluateAll((quotes) => (quotes as HTMLElement[]).map((q) => ({ lang: q.lang, text: q.innerText })));
      // Listed by page (a page cited twice groups its passages), so compared as sets.
      const shown = quoted
        .filter((q) => !q.lang.startsWith('fr'))
        .map((q) => `${q.lang} ${collapse(q.text)}`)
        .sort();
      const expected = exercise.sources
        .filter((source) => !source.lang.startsWith('fr'))
        .map((source) => `${source.lang} ${collapse(source.excerpt)}`)
        .sort();
      expect(shown, exercise.id).toEqual(expected);
    }
  });

  it('une page citée deux fois : un seul lien, suivi de chacun de ses extraits', async () => {
    const exercise = exercises.find((e) => new Set(e.sources.map((s) => s.url)).size < e.sources.length)!;
    const url = exercise.sources.find((s, i) => exercise.sources.findIndex((t) => t.url === s.url) < i)!.url;
    const excerpts = exercise.sources.filter((s) => s.url === url).map((s) => normaliseTypography(s.excerpt));
    expect(excerpts.length).toBeGreaterThan(1);

    const page = await open(`/faits/${exercise.id}/`);
    // The section that quotes them (the summary above the map links each page too).
    const sources = page.getByRole('region', { name: 'Sources et extraits' }).locator('ul.sources');
    const link = `a[href="${url}"]`;
    const links = sources.locator(link);
    await expect.poll(() => links.count()).toBe(1);
    // The link names the page's publisher, as its entry in content/publishers/ does.
    const publisher = readEntry<{ name: string }>(
      'publishers',
      exercise.sources.find((s) => s.url === url)!.publisher!,
    );
    expect(normaliseTypography(await links.innerText())).toBe(normaliseTypography(publisher.name));
    const quoted = await sources
      .locator('li', { has: page.locator(link) })
      .locator('q')
      .allInnerTexts();
    expect(quoted.map(normaliseTypography)).toEqual(excerpts);
    // The page's description counts pages, not passages: « 2 sources citées ».
    const pages = new Set(exercise.sources.map((s) => s.url)).size;
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(normaliseTypography(description)).toContain(`. ${pages} sources citées.`);
    expect(description, 'une phrase commence par une capitale').toMatch(/^\p{Lu}/u);
  });
});

describe('pages des pays et des lieux : leurs événements du relevé', () => {
  /** The section « Dans la chronologie » of an entity page: its card links, and its link to a view. */
  async function recordSection(path: string, reuse?: Page) {
    // A page already open is reused (one browser context for a run of pages); else a fresh one.
    const page = reuse ?? (await open(path));
    if (reuse) expect((await reuse.goto(site.server.url + path))?.status(), path).toBe(200);
    const section = page.getByRole('region', { name: 'Dans la chronologie' });
    const rows = await section.locator('li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        name: li.querySelector('a')?.textContent ?? '',
        text: li.textContent ?? '',
      })),
    );
    const cards = rows.map((row) => row.href);
    const view = section.getByRole('link', { name: 'Voir la chronologie de ce pays' });
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    return {
      present: (await section.count()) > 0,
      rows,
      cards,
      view: (await view.count()) > 0 ? await view.getAttribute('href') : null,
      description: normaliseTypography(description),
    };
  }
  const cardsOf = (matching: Exercise[]) => matching.map((e) => `/faits/${e.id}/`).sort();

  // A country's events are those it takes part in, with its view of the timeline; a place's, those
  // held there (no view). Expected lists from content/exercises.
  it.each([
    ['acteurs', 'inde', 'countries'],
    ['acteurs', 'afrique-du-sud', 'countries'],
    ['acteurs', 'russie', 'countries'],
    ['lieux', 'afrique-du-sud', 'areas'],
    ['lieux', 'mer-du-japon', 'areas'],
  ] as const)('/%s/%s/ : les événements du relevé qui le concernent', async (folder, id, by) => {
    const expected = cardsOf(exercises.filter((e) => e[by].includes(id)));
    expect(expected.length).toBeGreaterThan(0);
    const found = await recordSection(`/${folder}/${id}/`);
    expect([...found.cards].sort()).toEqual(expected);
    expect(found.view).toBe(by === 'countries' ? `/chronologie/pays/${id}/` : null);
    expect(found.description).toContain(` ; dans le relevé : ${expected.length} exercices et patrouilles.`);
    // A name the newsroom translated says so, as on the event's card; a name read in a French
    // source, or a rank (which we write in French), does not.
    for (const row of found.rows) {
      const exercise = exercises.find((e) => `/faits/${e.id}/` === row.href)!;
      const marked = row.text.includes('nom traduit par la rédaction');
      const name = normaliseTypography(row.name);
      const readInFrench =
        exercise.name.fr !== undefined && normaliseTypography(exercise.name.fr).startsWith(name);
      const rank = /^\d+(?:re|er|e) /.test(name);
      expect(marked, row.href).toBe(!readInFrench && !rank);
    }
  });

  it('la fiche d’un événement mène à chacun de ses pays et de ses lieux, dont la page la cite en retour', async () => {
    const vostok = exercises.find((e) => e.id === 'vostok-2022-09')!;
    const page = await open(`/faits/${vostok.id}/`);
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    const expected = [
      ...vostok.countries.map((id) => `/acteurs/${id}/`),
      ...vostok.areas.map((id) => `/lieux/${id}/`),
    ];
    expect(expected.filter((href) => !hrefs.includes(href))).toEqual([]);
    for (const href of expected) {
      expect((await recordSection(href, page)).cards, href).toContain(`/faits/${vostok.id}/`);
    }
  });

  it('ni un acteur qui n’est pas un pays, ni un lieu sans événement du relevé n’ont la section', async () => {
    expect(exercises.some((e) => e.areas.includes('ukraine'))).toBe(false);
    for (const path of ['/acteurs/kremlin/', '/lieux/ukraine/']) {
      const found = await recordSection(path);
      expect(found.present, path).toBe(false);
      expect(found.description, path).not.toContain('chronologie');
    }
  });
});
