import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { fr } from 'date-fns/locale/fr';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/axe';
import { newPage } from './support/chromium';
import { ARTICLE_PATH, readArticle, type EventEntry } from './support/content';
import { SITE_DIR, siteInChromium } from './support/site';
import { frenchTypography } from '../../src/lib/french-typography';

// What makes the site findable and reusable, checked from the built output as a reader, a feed
// reader, a crawler or a data user meets it: search, RSS, sitemap, robots.txt, 404, downloads.
const SITE = 'https://patrouilles-sino-russes.example';
const article = readArticle();
/** The article's day as French writes it (« 30 novembre 2022 »). */
const articleDateText = format(parseISO(String(article.date)), 'd MMMM yyyy', { locale: fr });
const exerciseCount = readdirSync('content/exercises').filter((file) => file.endsWith('.yaml')).length;

const site = siteInChromium();

/** What the search index holds of each page (URL → text): its fragments, gzip after a "pagefind_dcd" signature. */
function indexedPages(): Map<string, string> {
  const fragmentDir = join(SITE_DIR, 'pagefind', 'fragment');
  const indexed = new Map<string, string>();
  for (const file of readdirSync(fragmentDir)) {
    const json = gunzipSync(readFileSync(join(fragmentDir, file)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(json) as { url: string; content: string };
    indexed.set(fragment.url, fragment.content);
  }
  return indexed;
}

const text = async (path: string) => {
  const response = await fetch(`${site.server.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('recherche (Pagefind)', () => {
  it('trouve « véhicules » tapé sans accents, au fil de la frappe, répond en français, et ses résultats passent axe', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/recherche/`);
    // Typed as a reader types, without pressing Enter: the results come as the words do.
    await page.locator('#q').pressSequentially('vehicules', { delay: 30 });
    const status = page.locator('#search-status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/résultats? pour « vehicules »/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('vehicules');
    const titles = await page.locator('#search-results a').allTextContents();
    const figure = article.figures.find((f) => f.quote.includes('véhicules'));
    expect(figure).toBeDefined();
    expect(titles).toContain(figure!.label);
    // The result leads to the figure's card (the index is fed page by page with each page's URL).
    const link = page.locator('#search-results a', { hasText: figure!.label }).first();
    expect(await link.getAttribute('href')).toBe(`/faits/${figure!.id}/`);
    // Excerpts keep their spaces around the highlighted words (« véhicules militaires », not
    // « véhiculesmilitaires »): Pagefind marks whole words, so a letter right after a mark is a lost space.
    const afterMarks = await page
      .locator('#search-results mark')
      .evaluateAll((marks) => marks.map((mark) => (mark.nextSibling?.textContent ?? '').slice(0, 12)));
    expect(afterMarks.length).toBeGreaterThan(0);
    for (const after of afterMarks) expect(after, JSON.stringify(after)).not.toMatch(/^[\p{L}\d]/u);
    // And numbers hold together as on the pages (« 2 000 soldats », « 300 véhicules »), though the
    // index keeps plain spaces only.
    const excerpts = (await page.locator('#search-results p').allTextContents()).join('\n');
    expect(excerpts).toMatch(/\d\u202f\d{3}/);
    expect(excerpts).toMatch(/\d\u00a0\p{L}/u);
    expect(excerpts).not.toMatch(/(?<![\d,.])\d{1,3} \d{3}(?!\d)|(?<=^|\s)\d+ (?=\p{L})/u);
    // As do the signs: « Pékin : plus » never leaves its colon at the start of a line.
    expect(excerpts).toMatch(/\p{L}\u202f:/u);
    expect(excerpts).not.toMatch(/ [;:!?»]|« /);
    // Each result says what it is and when: the figure's card, « Chiffre » and its article's date.
    const figureResult = page
      .locator('#search-results li')
      .filter({ has: page.locator('a', { hasText: figure!.label }) })
      .first();
    expect(await figureResult.locator('.result-meta').textContent()).toBe(
      `Chiffre · ${frenchTypography(articleDateText)}`,
    );
    // Excerpts come from each page's own text: no two results show the same one.
    const shown = await page.locator('#search-results li > p:not(.result-meta)').allTextContents();
    expect(new Set(shown).size).toBe(shown.length);
    // The results are built by script, after the page: the site-wide axe pass never sees them.
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('trouve un événement une fois, dans la chronologie, sans le répéter pour chaque vue filtrée', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/recherche/?q=Vostok-2022`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 })
      .toMatch(/résultats? pour « Vostok-2022 »/);
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/faits/vostok-2022-09/');
    expect(hrefs).toContain('/chronologie/');
    // The kind, year and country views repeat the whole timeline's events: not indexed.
    const views = hrefs.filter(
      (href) => href?.startsWith('/chronologie/') && !/^\/chronologie\/(page\/\d+\/)?$/.test(href),
    );
    expect(views).toEqual([]);
    await page.close();
  });

  it('lit un terme et sa définition, une source et sa citation, comme des mots distincts', () => {
    const indexed = indexedPages();
    // On every indexed page, the words that touch across elements the page shows apart: a term
    // and the first word of its definition, a source's name and the first word it is quoted saying.
    const firstWord = String.raw`(?:<[^>]+>)*([\p{L}\d][^\s<]*)`;
    const pairs = [
      new RegExp(String.raw`<dt>([^<]*?)<\/dt><dd>${firstWord}`, 'gu'),
      new RegExp(String.raw`>([^<>]*?)<\/a><q[^>]*>${firstWord}`, 'gu'),
    ];
    let checked = 0;
    const runTogether: string[] = [];
    for (const [url, content] of indexed) {
      const html = readFileSync(join(SITE_DIR, url, 'index.html'), 'utf8');
      const words = content.replace(/\s+/g, ' ');
      for (const pair of pairs) {
        for (const [, before = '', after = ''] of html.matchAll(pair)) {
          const last = before.trim().split(/\s+/).at(-1) ?? '';
          if (last === '') continue;
          checked += 1;
          if (words.includes(`${last}${after}`)) runTogether.push(`${url} : « ${last}${after} »`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(runTogether).toEqual([]);
  });

  it('n’indexe pas les commandes du site ni les liens « Voir aussi », qui noieraient les pages qui parlent du mot', async () => {
    const indexed = indexedPages();
    // The share row is on every card, entity and article page; « Voir aussi » on every card.
    const chrome = ['Lien permanent', 'Copier le lien', 'Envoyer par courriel', 'Partager…', 'Voir aussi'];
    const found = [...indexed].flatMap(([url, content]) =>
      chrome.filter((words) => content.includes(words)).map((words) => `${url} : « ${words} »`),
    );
    expect(indexed.size).toBeGreaterThan(100);
    expect(found).toEqual([]);
    // What a reader then gets: the article, whose text says « véhicules », first, before the cards
    // that quote it and every page that merely links to the figure's card.
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/recherche/?q=vehicules`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 })
      .toMatch(/résultats? pour « vehicules »/);
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs[0]).toBe(ARTICLE_PATH);
    await page.close();
  });

  it('ne charge son index que sur la page de recherche', async () => {
    const page = await newPage(site.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.server.url}${ARTICLE_PATH}`);
    await page.goto(`${site.server.url}/chronologie/`);
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });
});

describe('flux RSS', () => {
  it('liste l’article avec son titre, son lien absolu et son jour de parution', async () => {
    const feed = await text('/rss.xml');
    expect(feed).toContain('<language>fr-FR</language>');
    const item = /<item>([\s\S]*?)<\/item>/.exec(feed)?.[1] ?? '';
    expect(item).toContain(`<title>${article.editorial.title}</title>`);
    expect(item).toContain(`<link>${SITE}${ARTICLE_PATH}</link>`);
    const pubDate = /<pubDate>(.*?)<\/pubDate>/.exec(item)?.[1] ?? '';
    // RFC 822 in UTC, at noon: the publication day whatever the reader's time zone.
    expect(new Date(pubDate).toISOString().slice(0, 10)).toBe(article.date);
  });

  it('donne sa propre adresse absolue (atom:link rel="self"), comme le demandent les validateurs', async () => {
    const feed = await text('/rss.xml');
    expect(feed).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const self = /<atom:link ([^>]*)\/>/.exec(feed)?.[1] ?? '';
    expect(self).toContain(`href="${SITE}/rss.xml"`);
    expect(self).toContain('rel="self"');
    expect(self).toContain('type="application/rss+xml"');
  });

  it('est annoncé dans l’en-tête HTML de chaque page', async () => {
    const home = await text('/');
    expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="\/rss.xml"/);
  });
});

describe('sitemap et robots.txt', () => {
  it('robots.txt indique le sitemap', async () => {
    expect(await text('/robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('le sitemap liste les articles, les fiches et les vues de la chronologie, pas la page 404', async () => {
    const index = await text('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const urls = (await Promise.all(sitemaps.map(text))).flatMap((xml) =>
      [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!),
    );
    expect(urls).toContain(`${SITE}${ARTICLE_PATH}`);
    expect(urls).toContain(`${SITE}/chronologie/`);
    for (const figure of article.figures) expect(urls).toContain(`${SITE}/faits/${figure.id}/`);
    expect(urls.some((url) => url.includes('404'))).toBe(false);
  });
});

describe('404', () => {
  it('répond en français à une page absente, avec un lien de retour', async () => {
    const response = await fetch(`${site.server.url}/faits/nexiste-pas/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Page introuvable');
    expect(html).toContain('href="/"');
  });

  it('propose de chercher ce que le lecteur voulait lire : le formulaire mène aux résultats', async () => {
    const page = await newPage(site.browser);
    const response = await page.goto(`${site.server.url}/faits/vehicules-militaires/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('searchbox', { name: /Rechercher/ }).fill('vehicules');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/recherche/' && url.searchParams.get('q') === 'vehicules',
    );
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 })
      .toMatch(/résultats? pour « vehicules »/);
    const figure = article.figures.find((f) => f.quote.includes('véhicules'));
    expect(await page.locator('#search-results a').allTextContents()).toContain(figure?.label);
    await page.close();
  });
});

describe('aperçus de partage et résultats de recherche', () => {
  it('les descriptions et titres des balises meta suivent la typographie française', () => {
    // What a search engine or a social network shows: "Russie : 12 faits", never "Russie : 12 faits".
    const pages = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(100);
    const faults: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(SITE_DIR, file), 'utf8');
      for (const [, name, content] of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
        if (!/(description|title)$/.test(name ?? '')) continue;
        const fault = /\S[ \u00a0](?:[;!?»]|:(?!\/))|« /.exec(content ?? '');
        if (fault) faults.push(`${file} ${name} : « ${fault[0]} »`);
      }
    }
    expect(faults.slice(0, 10)).toEqual([]);
  });
});

describe('données ouvertes (/donnees/)', () => {
  const factCount = article.figures.length + article.events.length + article.claims.length;

  it('propose les faits en JSON et en CSV, une ligne par chiffre, par événement et par affirmation vérifiée, chacune avec son paragraphe source', async () => {
    const rows = JSON.parse(await text('/donnees/faits.json')) as {
      id: string;
      citation: string;
      source: string;
      verdict: string | null;
    }[];
    expect(rows).toHaveLength(factCount);
    const page = readFileSync(join(SITE_DIR, ARTICLE_PATH, 'index.html'), 'utf8');
    for (const row of rows) {
      const figureOrEvent = [...article.figures, ...article.events, ...article.claims].find(
        (fact) => fact.id === row.id,
      );
      expect(row.citation).toBe(figureOrEvent?.quote);
      // The verification travels with the data: the verdict written in content, or null.
      expect(row.verdict, row.id).toBe(figureOrEvent?.check?.verdict ?? null);
      const url = new URL(row.source);
      expect(url.pathname).toBe(ARTICLE_PATH);
      expect(page).toContain(`id="${url.hash.slice(1)}"`);
    }
    const csv = (await text('/donnees/faits.csv')).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(
      /^id,type,libelle,valeur,unite,qualificatif,texte,date,dateSelonLArticle,verdict,verification,evenement,chronologie,citation,source,fiche$/,
    );
    expect(lines).toHaveLength(factCount + 1);
  });

  it('propose la chronologie, chaque événement du relevé avec ses pages sources, chacune une fois', async () => {
    const rows = JSON.parse(await text('/donnees/chronologie.json')) as {
      id: string;
      sources: string[];
      autresDates: string[];
    }[];
    const researched = rows.filter((row) => row.sources.length > 0);
    expect(researched).toHaveLength(exerciseCount);
    let disputed = 0;
    for (const file of readdirSync('content/exercises').filter((name) => name.endsWith('.yaml'))) {
      const { sources, dateVariants = [] } = parse(readFileSync(join('content/exercises', file), 'utf8')) as {
        sources: { url: string }[];
        dateVariants?: { according: string }[];
      };
      const row = rows.find((r) => `${r.id}.yaml` === file);
      // A page the research quotes twice is one source for whoever counts them.
      expect(row?.sources, file).toEqual([...new Set(sources.map((source) => source.url))]);
      // Each other date says who gives it.
      expect(row?.autresDates, file).toHaveLength(dateVariants.length);
      dateVariants.forEach((variant, index) => {
        const attribution = ` selon ${variant.according}`;
        expect(row?.autresDates[index]?.slice(-attribution.length), file).toBe(attribution);
      });
      if (dateVariants.length > 0) disputed += 1;
    }
    expect(disputed).toBeGreaterThan(10);
  });

  it('les faits se joignent à la chronologie ; un jour lu dans les mots de l’article dit lesquels', async () => {
    const facts = JSON.parse(await text('/donnees/faits.json')) as {
      id: string;
      type: string;
      evenement: string | null;
      chronologie: string | null;
      dateSelonLArticle: string | null;
    }[];
    const timelineIds = new Set(
      (JSON.parse(await text('/donnees/chronologie.json')) as { id: string }[]).map((row) => row.id),
    );
    const events = article.events as readonly (EventEntry & { sameAs?: string })[];
    for (const row of facts) {
      // A statement about no event has none to join through.
      const claim = article.claims.find((candidate) => candidate.id === row.id);
      if (claim && !claim.event) {
        expect(row.evenement, row.id).toBeNull();
        expect(row.chronologie, row.id).toBeNull();
        continue;
      }
      const event = events.find((candidate) => candidate.id === row.evenement);
      expect(event, row.id).toBeDefined();
      // A figure joins through its event: the September exercise's four figures join Vostok-2022.
      expect(row.chronologie, row.id).toBe(event?.sameAs ?? null);
      if (row.chronologie) expect(timelineIds.has(row.chronologie), row.chronologie).toBe(true);
      // Every dated event of this article is dated by its words alone (no date more precise than them).
      expect(row.dateSelonLArticle, row.id).toBe(row.type === 'evenement' ? (event?.when ?? null) : null);
    }
    expect(facts.filter((row) => row.chronologie !== null).length).toBeGreaterThan(2);
  });

  it('décrit chaque téléchargement par un JSON Schema dont les champs sont ceux des lignes', async () => {
    const schema = JSON.parse(await text('/donnees/faits.schema.json')) as {
      type: string;
      items: { properties: Record<string, { description?: string }>; required: string[] };
    };
    const rows = JSON.parse(await text('/donnees/faits.json')) as Record<string, unknown>[];
    expect(schema.type).toBe('array');
    expect(Object.keys(schema.items.properties).sort()).toEqual(Object.keys(rows[0]!).sort());
    for (const property of Object.values(schema.items.properties)) expect(property.description).toBeTruthy();
  });

  it('la page /donnees/ mène à chaque téléchargement et dit son format et son poids, celui du fichier servi', async () => {
    const page = await newPage(site.browser);
    try {
      await page.goto(`${site.server.url}/donnees/`);
      const links = await page
        .locator('main a[download]')
        .evaluateAll((nodes) =>
          nodes.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
        );
      expect(links.map((link) => link.href).sort()).toEqual(
        [
          'faits.json',
          'faits.csv',
          'faits.schema.json',
          'chronologie.json',
          'chronologie.csv',
          'chronologie.schema.json',
        ]
          .map((file) => `/donnees/${file}`)
          .sort(),
      );
      for (const link of links) {
        // « Faits des articles (CSV, 5,3 ko) »: the format, then the size in decimal units.
        const shown = /\((CSV|JSON|Schéma JSON), (\d+(?:,\d+)?)[\u00a0\u202f](ko|Mo)\)$/u.exec(
          link.text.trim(),
        );
        expect(shown, link.text).not.toBeNull();
        const [, format = '', number = '', unit = ''] = shown ?? [];
        expect(link.href.endsWith(format === 'CSV' ? '.csv' : '.json'), link.text).toBe(true);
        const response = await fetch(`${site.server.url}${link.href}`);
        const bytes = (await response.arrayBuffer()).byteLength;
        const stated = Number(number.replace(',', '.')) * (unit === 'Mo' ? 1e6 : 1e3);
        // Two significant digits: within 5 % of the file's real size.
        expect(Math.abs(stated - bytes) / bytes, `${link.text} : ${bytes} octets`).toBeLessThanOrEqual(0.05);
      }
    } finally {
      await page.close();
    }
  });
});
