import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import ogs from 'open-graph-scraper';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PATH,
  frenchDate,
  MONTHS,
  normaliseTypography,
  readArticle,
  readEntry,
  seedParagraphs,
} from '../browser/support/content';
import { verdictLabels, type Verdict } from '../../src/vocabulary/verdicts';
import { publisherKindLabels, type PublisherKind } from '../../src/vocabulary/publisher-kinds';
import {
  $,
  $$,
  attr,
  builtFile,
  builtPage,
  followingSibling,
  innerText,
  region,
  textContent,
} from './support/built';

// Issue « fiches de faits », what the pages say, read from the built HTML: /faits/<id>/ for each
// figure and event, the pages of /appareils/, /acteurs/, /lieux/, their sharing metadata and their
// verification. The journeys (click, keyboard), previews, forced colours and layout are in
// tests/browser/cards.test.ts.

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

/** Ids of the article's paragraphs, in reading order. */
const paragraphIds = $$(builtPage(ARTICLE_PATH), '.article-body p').map((p) => attr(p, 'id') ?? '');

/** The canonical absolute URL of the page. */
function canonicalOf(page: Root): string {
  const href = attr($(page, 'link[rel="canonical"]'), 'href');
  expect(href).toMatch(/^https?:\/\//);
  return href ?? '';
}

/** The page's JSON-LD blocks, parsed. */
function jsonLdOf(page: Root): Record<string, unknown>[] {
  return $$(page, 'script[type="application/ld+json"]').map(
    (script) => JSON.parse(textContent(script)) as Record<string, unknown>,
  );
}

/** The links whose text contains `name`, as `getByRole('link', { name })` finds them. */
function linksNamed(scope: Root, name: string) {
  return $$(scope, 'a[href]').filter((a) =>
    normaliseTypography(textContent(a)).toLowerCase().includes(name.toLowerCase()),
  );
}

/** Width and height of a PNG of the site, from its IHDR header (after checking the signature). */
function pngSize(path: string): { width: number; height: number } {
  const bytes = builtFile(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('une fiche par chiffre et par événement', () => {
  it('le frontmatter a bien des chiffres et des événements', () => {
    expect(article.figures.length).toBeGreaterThan(0);
    expect(article.events.length).toBeGreaterThan(0);
    expect(paragraphIds).toHaveLength(seed.length);
  });

  it.each(facts.map((fact) => [fact.id, fact.kind, fact] as const))(
    '/faits/%s/ (%s) : libellé, citation dans sa phrase, lien vers le paragraphe',
    (_id, _kind, fact) => {
      const page = builtPage(`/faits/${fact.id}/`);
      expect(normaliseTypography(innerText($(page, 'h1')))).toBe(normaliseTypography(fact.label));

      // The quote, highlighted (<mark>), within the sentence of the received text where it appears.
      const marks = $$(page, 'main mark');
      expect(marks).toHaveLength(1);
      expect(normaliseTypography(innerText(marks[0]!))).toBe(normaliseTypography(fact.quote));
      const sentence = normaliseTypography(innerText($$(page, 'main :is(p, blockquote):has(mark)').at(-1)!));
      const index = seedIndexOf(fact.quote);
      expect(normaliseTypography(seed[index] ?? '')).toContain(sentence);
      expect(sentence).toContain(normaliseTypography(fact.quote));
      expect(sentence, 'une phrase entière : majuscule au début, point à la fin').toMatch(
        /^\p{Lu}.*[.!?…»]$/u,
      );

      // An event dated from the article's words says which words, against which publication day.
      const dateNotes = $$(page, 'main p.note').filter((p) => textContent(p).includes('Date déduite de'));
      if ('when' in fact && fact.when) {
        expect(dateNotes).toHaveLength(1);
        expect(normaliseTypography(innerText(dateNotes[0]!))).toBe(
          normaliseTypography(
            `Date déduite de « ${fact.when} », dans l’article publié le ${frenchDate(article.date)}.`,
          ),
        );
      } else {
        expect(dateNotes).toHaveLength(0);
      }

      // Back to the article, at the paragraph that contains the quote.
      const back = linksNamed(page, BACK_LINK);
      expect(back).toHaveLength(1);
      const href = new URL(attr(back[0]!, 'href') ?? '', 'http://site.invalid');
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
    (path, name) => {
      expect(normaliseTypography(innerText($(builtPage(path), 'h1')))).toBe(normaliseTypography(name));
    },
  );
});

describe('fiche d’une personne', () => {
  it.each(article.actors.map((actor) => actor.ref))('/acteurs/%s/ : un rôle de personne est daté', (id) => {
    const actor = readEntry<{ kind: string; role?: string; roleAsOf?: string }>('actors', id);
    const terms = $$(builtPage(`/acteurs/${id}/`), 'main dl dt').map((dt) =>
      normaliseTypography(innerText(dt)),
    );
    if (actor.kind !== 'personne' || !actor.role) {
      expect(terms.some((term) => term.startsWith('Rôle en'))).toBe(false);
      return;
    }
    // A function ends (a Speaker of the House leaves the chair): it is given at its date.
    const [year, month] = String(actor.roleAsOf).split('-');
    expect(terms).toContain(`Rôle en ${MONTHS[Number(month) - 1]} ${year}`);
  });
});

describe('les pages des acteurs, appareils et lieux se partagent aussi', () => {
  it.each(entities.map((entity) => [entity.path, entity.name] as const))(
    '%s : Open Graph, image 1200×630 qui existe, et JSON-LD qui la nomme',
    async (path, name) => {
      const { error, result } = await ogs({ html: builtFile(path).toString('utf8') });
      expect(error).toBe(false);
      expect(normaliseTypography(result.ogTitle ?? '')).toContain(normaliseTypography(name));
      expect(result.twitterCard).toBe('summary_large_image');
      const image = new URL(result.ogImage?.[0]?.url ?? '');
      expect(image.pathname).toBe(path.replace(/\/$/, '.png'));
      expect(pngSize(image.pathname)).toEqual({ width: 1200, height: 630 });

      const page = builtPage(path);
      const about = jsonLdOf(page).find((d) => d['name'] !== undefined);
      expect(normaliseTypography(String(about?.['name']))).toBe(normaliseTypography(name));
      expect(about?.['url']).toBe(canonicalOf(page));
      expect(about?.['image']).toBe(image.href);
    },
  );
});

describe('les répertoires et les cartes des lieux', () => {
  it('depuis l’article, les encadrés mènent aux répertoires des appareils, des acteurs et des lieux', () => {
    const aside = $(builtPage(ARTICLE_PATH), 'aside');
    for (const [name, path] of [
      ['Tous les appareils', '/appareils/'],
      ['Tous les acteurs', '/acteurs/'],
      ['tous les lieux', '/lieux/'],
    ] as const) {
      const links = $$(aside, 'a[href]').filter((a) => normaliseTypography(textContent(a)) === name);
      expect(links, name).toHaveLength(1);
      expect(attr(links[0]!, 'href'), name).toBe(path);
    }
  });

  it('la page d’un lieu le situe sur une carte', () => {
    const place = entities.find((entity) => entity.path.startsWith('/lieux/'))!;
    const maps = $$(builtPage(place.path), 'figure.locator-map svg[role="img"]');
    expect(maps).toHaveLength(1);
    // Named by its caption, the place's name as the entry writes it.
    const label = normaliseTypography(textContent($(maps[0]!, 'title')));
    expect(label.toLocaleLowerCase('fr')).toBe(
      `situation : ${normaliseTypography(place.name).toLocaleLowerCase('fr')}`,
    );
    expect($$(maps[0]!, 'circle')).toHaveLength(1);
  });
});

describe('partage', () => {
  it.each(facts.map((fact) => [fact.id, fact] as const))(
    '/faits/%s/ : Open Graph, Twitter, image 1200×630 et JSON-LD',
    async (_id, fact) => {
      const path = `/faits/${fact.id}/`;
      const { error, result } = await ogs({ html: builtFile(path).toString('utf8') });
      expect(error).toBe(false);

      const page = builtPage(path);
      const canonical = canonicalOf(page);
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
      expect(pngSize(imageUrl.pathname)).toEqual({ width: 1200, height: 630 });

      // JSON-LD: a Claim based on the article; a checked fact is a ClaimReview of that Claim,
      // rated as its verdict (schema.org's 1–5 scale: 5 true, 1 false), written by the newsroom.
      const data = jsonLdOf(page);
      expect(data.length).toBeGreaterThan(0);
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

describe('annuaires : /acteurs/, /lieux/, /appareils/', () => {
  const directories = [
    { path: '/acteurs/', collection: 'actors', folder: 'acteurs' },
    { path: '/lieux/', collection: 'places', folder: 'lieux' },
    { path: '/appareils/', collection: 'aircraft', folder: 'appareils' },
  ] as const;
  const french = new Intl.Collator('fr', { sensitivity: 'base' });

  it.each(directories)(
    '$path : chaque entrée partagée une fois, liée à sa fiche, par groupe et dans l’ordre alphabétique',
    ({ path, collection, folder }) => {
      const groups = $$(builtPage(path), 'main section').map((section) => ({
        heading: textContent($(section, 'h2')),
        links: $$(section, 'li > a').map((a) => ({ href: attr(a, 'href') ?? '', name: textContent(a) })),
      }));
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
    (path) => {
      const page = builtPage(path);
      const factsHeading = $$(page, 'main h2').find((h2) => textContent(h2).includes('Faits liés'));
      expect(factsHeading).toBeDefined();
      // The facts' list: the first <ul> after the heading, among its siblings.
      const facts = $$(followingSibling(page, factsHeading!, 'ul')!, ':scope > li').length;
      const recordHeading = normaliseTypography(innerText($(page, '#dans-la-chronologie + p')));
      const record = Number(/\((\d+)\)/.exec(recordHeading)?.[1]);
      const articles = $$(page, 'main .card-list > li').length;
      expect(facts).toBeGreaterThan(0);
      expect(record).toBeGreaterThan(0);
      // Up to the directory that the page's kicker links to, as a reader goes back.
      const directory = attr($(page, 'main .kicker a'), 'href') ?? '';
      expect(directory).toBe(`/${path.split('/')[1]}/`);
      const line = normaliseTypography(
        innerText($(builtPage(directory), `main li:has(> a[href="${path}"])`)),
      );
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

  it('chaque page mène aux trois annuaires par son pied de page', () => {
    const footer = $$(builtPage(ARTICLE_PATH), 'footer a').map((a) => [textContent(a), attr(a, 'href')]);
    expect(footer).toEqual(
      expect.arrayContaining([
        ['Acteurs', '/acteurs/'],
        ['Lieux', '/lieux/'],
        ['Appareils', '/appareils/'],
      ]),
    );
  });
});

describe('typographie des fiches', () => {
  it.each([`/faits/${firstFigure.id}/`, `/faits/${firstEvent.id}/`, '/appareils/tu-95/', '/acteurs/russie/'])(
    '%s : aucune ligne ne peut commencer par ; : ! ? » (espace insécable avant)',
    (path) => {
      const visible = innerText($(builtPage(path), 'main'));
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
    (_id, fact) => {
      const check = fact.check!;
      const page = builtPage(`/faits/${fact.id}/`);
      // Above the article's words: the verdict is what a reader arriving from a share looks for.
      expect(normaliseTypography(textContent($(page, 'main .verdict-line'))).trim()).toBe(
        normaliseTypography(`Vérification : ${label(check.verdict)}`),
      );
      const section = $(page, 'section.check');
      expect(innerText($(section, 'h2'))).toBe('Vérification');
      expect(normaliseTypography(textContent($(section, '.verdict-label')))).toBe(label(check.verdict));
      expect(normaliseTypography(innerText(section))).toContain(normaliseTypography(check.summary));
      const items = $$(section, '.check-sources > li');
      expect(items).toHaveLength(check.sources.length);
      for (const [index, source] of check.sources.entries()) {
        const item = items[index]!;
        expect(attr($(item, 'a'), 'href')).toBe(source.url);
        expect(attr($(item, 'q'), 'lang')).toBe(source.lang);
        expect(normaliseTypography(innerText($(item, 'q')))).toContain(normaliseTypography(source.excerpt));
        if (source.lang !== 'fr')
          expect(normaliseTypography(innerText(item))).toContain(
            normaliseTypography(`Traduction de la rédaction : ${source.translation ?? ''}`),
          );
      }
      if (check.arithmetic)
        expect(normaliseTypography(innerText(section))).toContain(
          normaliseTypography(`Calcul de la rédaction : ${check.arithmetic}`),
        );
    },
  );

  it('la boîte des chiffres clés de l’article dit le verdict de chaque chiffre', () => {
    const page = builtPage(ARTICLE_PATH);
    for (const figure of article.figures) {
      const line = $(page, `.fact-box li[id="${figure.id}"] .figure-check`);
      expect(normaliseTypography(textContent(line)).trim()).toBe(
        normaliseTypography(`Vérification : ${label(figure.check!.verdict)}`),
      );
    }
  });

  it('l’aperçu d’un chiffre dans le texte dit son verdict', () => {
    const contradicted = article.figures.find((figure) => figure.check?.verdict === 'contredit');
    expect(contradicted).toBeDefined();
    const mention = $(builtPage(ARTICLE_PATH), `.article-body a.mention[href="/faits/${contradicted!.id}/"]`);
    expect(normaliseTypography(attr(mention, 'data-apercu') ?? '')).toContain(
      `(vérification : ${label('contredit')})`,
    );
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

  it('chaque source dit qui la publie et de quel type de source il s’agit ; chaque extrait non français a sa traduction', () => {
    expect(record.length).toBeGreaterThan(0);
    for (const { id, entry } of record) {
      const sources = region(builtPage(`/faits/${id}/`), 'Sources et extraits');
      expect(sources, id).toBeDefined();
      const items = $$(sources!, 'ul.sources > li').map((li) => innerText(li));
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

  it('la page d’un appareil liste les événements du relevé dont les participants le nomment', () => {
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
    const section = region(builtPage('/appareils/tu-95/'), 'Dans la chronologie');
    expect(section).toBeDefined();
    const listed = $$(section!, 'li > a').map((link) => attr(link, 'href'));
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
