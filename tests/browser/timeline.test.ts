import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/axe';
import { launchChromium, newPage } from './support/chromium';
import { ARTICLE_PATH, normaliseTypography, readArticle, type EventEntry, MONTHS } from './support/content';
import { newPageWith, waitInViewport } from './support/pages';
import { startServer, type StaticServer } from './support/server';

// Issue « chronologie » : /chronologie/, ses vues filtrées (type, année, pays) et la fiche d’un
// événement du relevé, parcourues comme un lecteur (clics, avec et sans JavaScript).
// Les attentes viennent du contenu (content/exercises/*.yaml, frontmatter de l’article) et du calendrier.

const SITE_DIR = process.env.SITE_DIR ?? 'dist';
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
  readonly countries: readonly string[];
  readonly sources: readonly { url: string }[];
}

/** Le relevé, tel qu’écrit (les dates YAML entre guillemets restent du texte ; un nombre redevient texte). */
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
/** Les événements de l’article qui ont leur propre ligne (les autres sont fusionnés avec le relevé). */
const ownEvents = articleEvents.filter((event) => !event.sameAs);

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * La date d’un événement de l’article d’après le calendrier : sa date explicite, sinon ses mots
 * (« mardi », « en septembre », « le 24 février ») lus au plus tard le jour de parution.
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

/** Où une ligne se place : son début, sinon le début de sa fenêtre, sinon sa fin connue. */
function placedAt(exercise: Exercise): string | undefined {
  if (exercise.start !== UNKNOWN) return exercise.start;
  if (exercise.startWindow) return String(exercise.startWindow.notBefore);
  return exercise.end !== undefined && exercise.end !== UNKNOWN ? exercise.end : undefined;
}

/** Chaque ligne attendue de la chronologie : id, type, année sous laquelle elle se range. */
const expectedItems = [
  ...exercises.map((e) => ({ id: e.id, kind: e.kind, year: placedAt(e)?.slice(0, 4) })),
  ...ownEvents.map((e) => ({ id: e.id, kind: e.kind, year: articleEventDate(e)?.slice(0, 4) })),
];

/** Une chaîne `datetime` valide à sa précision (année, mois ou jour) et qui existe au calendrier. */
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
/** Rang de la patrouille dans sa série, compté dans le contenu, et année de la première. */
const patrolSeries = exercises.filter((e) => e.series === patrol.series);
const patrolRank = patrolSeries.filter((e) => e.start <= patrol.start).length;
const seriesSince = Math.min(...patrolSeries.map((e) => Number(e.start.slice(0, 4))));
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(SITE_DIR), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options?: BrowserContextOptions): Promise<Page> {
  const page = options ? await newPageWith(browser, options) : await newPage(browser);
  onTestFinished(() => page.close());
  const response = await page.goto(server.url + path);
  expect(response?.status(), `statut HTTP de ${path}`).toBe(200);
  return page;
}

/** Les lignes affichées : id, titre, dates machine (`<time datetime>`), dans l’ordre de la page. */
function listedItems(page: Page) {
  return page.locator('main article.tl-item').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.id,
      datetimes: [...node.querySelectorAll('time')].map((time) => time.getAttribute('datetime') ?? ''),
    })),
  );
}

/** Les sections par année : titre (h2) et ids des lignes qu’elles contiennent. */
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

    // 1. Accueil → « Chronologie » dans la navigation principale.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Chronologie', exact: true })
      .click();
    await page.waitForURL(`${server.url}/chronologie/`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');

    // Toutes les lignes attendues, chacune une fois.
    const all = await listedItems(page);
    expect(all.map((item) => item.id).sort()).toEqual(expectedItems.map((item) => item.id).sort());

    // 2. Les années en h2, croissantes, les lignes sous l’année où elles se placent ; les non datées à la fin.
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

    // 3. Chaque <time datetime> : une date HTML valide à sa précision, celle du contenu.
    for (const item of all) {
      for (const datetime of item.datetimes)
        expect(isValidDatetime(datetime), `${item.id} : ${datetime}`).toBe(true);
      const exercise = exercises.find((e) => e.id === item.id);
      if (exercise) {
        const known = [exercise.start, exercise.end].filter(
          (date): date is string => date !== undefined && date !== UNKNOWN,
        );
        if (exercise.start === UNKNOWN) {
          // Début inconnu : jamais affiché comme une date ; seule une fin connue peut l’être.
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

    // 4. Filtre « Patrouilles aériennes » → exactement les patrouilles aériennes.
    await page
      .getByRole('navigation', { name: 'Filtrer la chronologie' })
      .getByRole('link', { name: 'Patrouilles aériennes', exact: true })
      .click();
    await page.waitForURL(`${server.url}/chronologie/patrouilles-aeriennes/`);
    const airPatrols = [
      ...exercises.filter((e) => e.kind === 'patrouille-aerienne').map((e) => e.id),
      ...ownEvents.filter((e) => e.kind === 'patrouille-aerienne').map((e) => e.id),
    ];
    const listed = await listedItems(page);
    expect(listed.map((item) => item.id).sort()).toEqual([...airPatrols].sort());
    // Dans l’ordre de la chronologie complète.
    expect(listed.map((item) => item.id)).toEqual(
      all.map((item) => item.id).filter((id) => airPatrols.includes(id)),
    );

    // 5. La patrouille du 30 novembre 2022 → clic sur son titre → sa fiche.
    const item = page.locator('article.tl-item', { has: page.locator(`time[datetime="${patrol.start}"]`) });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('heading').getByRole('link').click();
    await page.waitForURL(`${server.url}/faits/${PATROL_ID}/`);

    const h1 = page.locator('h1');
    await expect.poll(() => h1.count()).toBe(1);
    expect(normaliseTypography(await h1.innerText())).toBe(normaliseTypography(capitalise(patrol.name.fr!)));
    expect(patrolRank).toBe(5);
    const series = `${patrolRank}e patrouille aérienne stratégique conjointe depuis ${seriesSince}`;
    expect(normaliseTypography(await page.locator('main').innerText())).toContain(series);

    // Les sources du relevé, en liens externes.
    const links = await page
      .locator('main a[href]')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })),
      );
    for (const source of patrol.sources) {
      const link = links.find((l) => l.href === source.url);
      expect(link, source.url).toBeDefined();
      expect(link?.rel.split(/\s+/), source.url).toContain('external');
      expect(new URL(source.url).host).not.toBe(new URL(server.url).host);
    }

    // La citation de l’article, mot pour mot.
    const quotes = await page.locator('main q').allInnerTexts();
    expect(quotes.map(normaliseTypography)).toContain(normaliseTypography(patrolEvent.quote));

    // 6. « lire le paragraphe » → l’article, le paragraphe à l’écran.
    const back = page.getByRole('link', { name: 'lire le paragraphe' });
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
    // Seuls les événements du relevé ont l’Inde parmi leurs pays participants ; l’article ne la cite pas.
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

  it('l’axe visuel est une image titrée, et son tableau de données en est l’alternative texte', async () => {
    const page = await open('/chronologie/');
    const figure = page.locator('figure.tl-axis');
    const svg = figure.locator('svg[role="img"]');
    await expect.poll(() => svg.count()).toBe(1);
    const title = (await svg.locator('title').textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    // Le titre donne son nom accessible à l’image.
    await expect.poll(() => page.getByRole('img', { name: title }).count()).toBe(1);

    // Le tableau : même figure, ouvert d’un clic, une ligne par année de la période (années vides comprises).
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
    // Chaque ligne compte les événements que la page range sous cette année.
    const sections = await yearSections(page);
    for (const row of rows) {
      const listed = sections.find((s) => s.heading === row.year)?.ids.length ?? 0;
      expect(row.total, row.year).toBe(listed);
    }
  });

  it('pas d’espace sécable avant « : ; ! ? » » dans le texte des pages de la chronologie', async () => {
    // Chaque fragment fautif une fois par page (« Sources : » revient sous chaque événement).
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

describe('accessibilité (axe)', () => {
  it.each([
    ['la chronologie', '/chronologie/'],
    ['une vue par type', '/chronologie/patrouilles-aeriennes/'],
    ['une vue par année', '/chronologie/2022/'],
    ['une vue par pays', '/chronologie/pays/inde/'],
    ['la fiche d’un événement', `/faits/${PATROL_ID}/`],
  ])('%s (%s) : aucune violation', async (_label, path) => {
    const page = await open(path);
    await expectNoAxeViolations(page);
  });
});
