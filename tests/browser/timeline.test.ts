import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTICLE_PATH, normaliseTypography, readArticle, type EventEntry, MONTHS } from './support/content';
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
const seriesSince = Math.min(...patrolSeries.map((e) => Number(e.start.slice(0, 4))));
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

const site = siteInChromium();

/** Text with its runs of whitespace as single spaces, as compared with what YAML holds. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const open = (path: string, options?: BrowserContextOptions): Promise<Page> =>
  openForTest(site.browser, site.server.url + path, options);

/** The displayed rows: id, title, machine dates (`<time datetime>`), in page order. */
function listedItems(page: Page) {
  return page.locator('main article.tl-item').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.id,
      datetimes: [...node.querySelectorAll('time')].map((time) => time.getAttribute('datetime') ?? ''),
    })),
  );
}

/** The per-year sections: heading (h2) and ids of the rows they contain. */
function yearSections(page: Page) {
  return page.locator('main section:has(> h2.tl-year)').evaluateAll((sections) =>
    sections.map((section) => ({
      heading: (section.querySelector('h2')?.textContent ?? '').trim(),
      ids: [...section.querySelectorAll('article.tl-item')].map((item) => item.id),
    })),
  );
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
        const known = [exercise.start, exercise.end].filter(
          (date): date is string => date !== undefined && date !== UNKNOWN,
        );
        if (exercise.start === UNKNOWN) {
          // Unknown start: never shown as a date; only a known end can be.
          for (const datetime of item.datetimes) expect(known, item.id).toContain(datetime);
        } else {
          expect(item.datetimes, item.id).toEqual(known);
        }
      } else {
        const event = ownEvents.find((e) => e.id === item.id)!;
        const date = articleEventDate(event);
        expect(item.datetimes, item.id).toEqual(date ? [date] : []);
      }
    }

    // 4. « Patrouilles aériennes » filter → exactly the air patrols.
    await page
      .getByRole('navigation', { name: 'Filtrer la chronologie' })
      .getByRole('link', { name: 'Patrouilles aériennes', exact: true })
      .click();
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

    // 5. The patrol of 30 November 2022 → click on its title → its page.
    const item = page.locator('article.tl-item', { has: page.locator(`time[datetime="${patrol.start}"]`) });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('heading').getByRole('link').click();
    await page.waitForURL(`${site.server.url}/faits/${PATROL_ID}/`);

    const h1 = page.locator('h1');
    await expect.poll(() => h1.count()).toBe(1);
    expect(normaliseTypography(await h1.innerText())).toBe(normaliseTypography(capitalise(patrol.name.fr!)));
    expect(patrolRank).toBe(5);
    const series = `${patrolRank}e patrouille aérienne stratégique conjointe depuis ${seriesSince}`;
    expect(normaliseTypography(await page.locator('main').innerText())).toContain(series);

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
    const section = page.getByRole('region', { name: 'Ce qu’en dit notre article' });
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
    const menu = page.getByRole('navigation', { name: 'Filtrer la chronologie' });
    const first = normaliseTypography(await menu.locator('p').first().innerText());
    expect(first).toBe(`Toute la chronologie (${expectedItems.length} événements)`);
  });

  it('l’axe visuel est une image titrée, chaque barre porte son total, et son tableau de données en est l’alternative texte', async () => {
    const page = await open('/chronologie/');
    const figure = page.locator('figure.tl-axis');
    const svg = figure.locator('svg[role="img"]');
    await expect.poll(() => svg.count()).toBe(1);
    // A title the reader sees above the chart, which also names the image for a screen reader.
    const caption = figure.locator('figcaption');
    const title = normaliseTypography(await caption.locator('p').first().innerText());
    expect(title).toBe('Nombre d’événements par année et par type');
    const [captionBox, svgBox] = await Promise.all([caption.boundingBox(), svg.boundingBox()]);
    expect(captionBox!.y + captionBox!.height).toBeLessThanOrEqual(svgBox!.y);
    await expect.poll(() => page.getByRole('img', { name: title }).count()).toBe(1);
    // Each year's bar (one group per year, in order): the number written above it, if any, and
    // whether it sits above the bar's top, within the bar's width.
    const bars = await svg.locator(':scope > g').evaluateAll((groups) =>
      groups.map((group) => {
        const rects = [...group.querySelectorAll('rect')].map((rect) => rect.getBoundingClientRect());
        const label = group.querySelector('text:not(.axis-label)');
        if (!label) return { shown: undefined, above: rects.length === 0 };
        const box = label.getBoundingClientRect();
        const centre = box.left + box.width / 2;
        const above = rects.every((r) => box.bottom <= r.top + 0.5 && centre > r.left && centre < r.right);
        return { shown: Number(label.textContent), above: rects.length > 0 && above };
      }),
    );

    // The table: same figure, opened with a click, one row per year of the period (empty years included).
    const table = figure.locator('table');
    await expect.poll(() => table.count()).toBe(1);
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
    // The totals the bars show are the table's (none over an empty year), each above its bar.
    expect(bars.map((bar) => bar.shown)).toEqual(rows.map((row) => (row.total > 0 ? row.total : undefined)));
    expect(bars.filter((bar) => !bar.above)).toEqual([]);
    // Each row counts the events that the page files under that year.
    const sections = await yearSections(page);
    for (const row of rows) {
      const listed = sections.find((s) => s.heading === row.year)?.ids.length ?? 0;
      expect(row.total, row.year).toBe(listed);
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

  it('chaque événement du relevé renvoie à chacune de ses pages sources, une fois, dans l’ordre du relevé', async () => {
    // The record quotes some pages twice (one passage per fact): without such pages this proves little.
    const distinctUrls = (e: Exercise) => [...new Set(e.sources.map((s) => s.url))];
    expect(exercises.filter((e) => distinctUrls(e).length < e.sources.length).length).toBeGreaterThan(0);
    const listed = new Map<string, (string | null)[]>();
    // Every page of the timeline, following « suivante » while there is one.
    for (let path: string | null = '/chronologie/'; path;) {
      const page = await open(path);
      const items = await page.locator('main article.tl-item').evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.id,
          hrefs: [...node.querySelectorAll('.tl-sources a')].map((a) => a.getAttribute('href')),
        })),
      );
      for (const item of items) listed.set(item.id, item.hrefs);
      const next = page.locator('main a[rel="next"]');
      path = (await next.count()) > 0 ? await next.first().getAttribute('href') : null;
    }
    for (const exercise of exercises)
      expect(listed.get(exercise.id), exercise.id).toEqual(distinctUrls(exercise));
  });

  it('la date de chaque événement se lit comme elle s’affiche, sans mot caché', async () => {
    // textContent is what a screen reader and the search index get; innerText, what the eye sees.
    const page = await open('/chronologie/');
    const dates = await page
      .locator('p.tl-date')
      .evaluateAll((nodes) => nodes.map((node) => [node.textContent ?? '', (node as HTMLElement).innerText]));
    expect(dates.length).toBeGreaterThan(50);
    for (const [read, seen] of dates) expect(collapse(read!)).toBe(collapse(seen!));
  });

  it('quand les sources divergent sur la date, chaque autre date dit qui la donne, sans redire la première', async () => {
    const disputed = exercises.filter((exercise) => exercise.dateVariants);
    expect(disputed.length).toBeGreaterThan(10);
    const page = await open('/chronologie/');
    for (const exercise of disputed) {
      const line = normaliseTypography(await page.locator(`[id="${exercise.id}"] p.tl-date`).innerText());
      const main = normaliseTypography(
        await page.locator(`[id="${exercise.id}"] p.tl-date time`).first().innerText(),
      );
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
    const publisher = exercise.sources.find((s) => s.url === url)!.publisher;
    if (publisher) expect(normaliseTypography(await links.innerText())).toBe(normaliseTypography(publisher));
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
    // A name the newsroom translated says so, as on the event's card; a name read in French does not.
    for (const row of found.rows) {
      const exercise = exercises.find((e) => `/faits/${e.id}/` === row.href)!;
      const marked = row.text.includes('nom traduit par la rédaction');
      expect(marked, row.href).toBe(exercise.name.translation !== undefined);
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
