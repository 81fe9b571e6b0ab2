import { describe, expect, it } from 'vitest';
import {
  actorRecordEvents,
  placeRecordEvents,
  recordEventsOf,
  type EntityAppearances,
} from '../../src/lib/entity-index';
import { entityPagePaths, entityPageUrl, paginateAppearances } from '../../src/lib/entity-pages';

// Paging of actor, aircraft and place pages. The function reads only which article each mention
// and fact comes from, and its date; the fixtures carry just that, with expectations by hand.

type Mention = EntityAppearances['mentions'][number];
type Fact = EntityAppearances['facts'][number];

const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Article `slug` published on ISO day `iso`, newest first as the site lists them. */
const published = (slug: string, iso: string) => ({
  slug,
  dateIso: iso,
  dateText: FRENCH_DAY.format(new Date(`${iso}T00:00:00Z`)),
});

const mention = (slug: string, iso: string, quote: string): Mention =>
  ({
    article: published(slug, iso),
    quote: { text: quote },
    link: `/articles/${slug}/#p1`,
  }) as unknown as Mention;

const fact = (slug: string, iso: string, id: string): Fact =>
  ({ id, source: published(slug, iso) }) as unknown as Fact;

// Four articles: d names the entity only through a fact; b has two mentions and two facts.
const appearances: EntityAppearances = {
  mentions: [
    mention('a', '2022-11-30', 'Tu-95 (a)'),
    mention('b', '2022-11-20', 'Tu-95 (b, 1)'),
    mention('b', '2022-11-20', 'Tu-95 (b, 2)'),
    mention('c', '2022-11-10', 'Tu-95 (c)'),
  ],
  facts: [
    fact('a', '2022-11-30', 'fa'),
    fact('b', '2022-11-20', 'fb1'),
    fact('b', '2022-11-20', 'fb2'),
    fact('d', '2022-11-02', 'fd'),
  ],
};

const quotesOf = (page: { appearances: EntityAppearances }) =>
  page.appearances.mentions.map((m) => m.quote.text);
const factsOf = (page: { appearances: EntityAppearances }) => page.appearances.facts.map((f) => f.id);

describe('paginateAppearances', () => {
  it('garde tout sur une page quand tout y tient', () => {
    const pages = paginateAppearances(appearances, 50);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.appearances).toEqual(appearances);
    expect(pages[0]?.span).toBe('articles du 2 novembre 2022 au 30 novembre 2022');
  });

  it('coupe par article : les mentions et les faits d’un article toujours sur la même page', () => {
    const pages = paginateAppearances(appearances, 2);
    expect(pages.map((page) => page.number)).toEqual([1, 2]);
    expect(pages.map(quotesOf)).toEqual([['Tu-95 (a)', 'Tu-95 (b, 1)', 'Tu-95 (b, 2)'], ['Tu-95 (c)']]);
    expect(pages.map(factsOf)).toEqual([['fa', 'fb1', 'fb2'], ['fd']]);
    expect(pages.map((page) => page.span)).toEqual([
      'articles du 20 novembre 2022 au 30 novembre 2022',
      'articles du 2 novembre 2022 au 10 novembre 2022',
    ]);
  });

  it('ne perd ni ne répète rien, quelle que soit la taille de page', () => {
    for (let size = 1; size <= 5; size++) {
      const pages = paginateAppearances(appearances, size);
      expect(pages.flatMap(quotesOf)).toEqual(appearances.mentions.map((m) => m.quote.text));
      expect(pages.flatMap(factsOf)).toEqual(appearances.facts.map((f) => f.id));
      expect(pages).toHaveLength(Math.ceil(4 / size));
    }
  });

  it('désigne une page d’un seul jour par ce jour', () => {
    expect(paginateAppearances(appearances, 1)[0]?.span).toBe('articles du 30 novembre 2022');
  });

  it('donne à une entité qu’aucun article ne cite sa page unique, vide', () => {
    const pages = paginateAppearances({ mentions: [], facts: [] });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.appearances).toEqual({ mentions: [], facts: [] });
  });

  it('refuse une taille de page qui n’est pas un entier positif', () => {
    expect(() => paginateAppearances(appearances, 0)).toThrow(RangeError);
    expect(() => paginateAppearances(appearances, 1.5)).toThrow(RangeError);
  });
});

describe('URL et chemins des pages d’entité', () => {
  it('met la première page à l’URL de l’entité et les suivantes sous page/N', () => {
    expect(entityPageUrl('/acteurs/russie/', 1)).toBe('/acteurs/russie/');
    expect(entityPageUrl('/acteurs/russie/', 3)).toBe('/acteurs/russie/page/3/');
  });

  it('donne à la route un chemin par page, le premier sans paramètre rest', () => {
    const paths = entityPagePaths(
      ['russie', 'inde'],
      (id) => (id === 'russie' ? appearances : { mentions: [], facts: [] }),
      2,
    );
    expect(paths.map((path) => path.params)).toEqual([
      { id: 'russie', page: undefined },
      { id: 'russie', page: 'page/2' },
      { id: 'inde', page: undefined },
    ]);
    expect(paths.map((path) => path.props.page.number)).toEqual([1, 2, 1]);
    // Each page carries its own run of articles and the list of pages, not the whole record.
    const onPages = paths.slice(0, 2).flatMap((path) => path.props.page.mentions.map((m) => m.article.url));
    expect(new Set(onPages)).toEqual(new Set(appearances.mentions.map((m) => m.article.url)));
    expect(paths[1]?.props.pages).toEqual(
      paginateAppearances(appearances, 2).map(({ number, span }) => ({ number, span })),
    );
  });
});

describe('recordEventsOf : les événements du relevé d’un pays ou d’un lieu', () => {
  type Item = Parameters<typeof recordEventsOf>[0][number];
  /** A timeline row: from the record (with its `context`) or an article's own event (without). */
  const row = (id: string, record: boolean, countries: string[], areas: string[]): Item =>
    ({ id, context: record ? { datasetId: id } : undefined, countries, areas }) as unknown as Item;
  const timeline = [
    row('mission-de-paix-2018-08', true, ['russie', 'chine', 'inde'], ['sud-de-l-oural']),
    row('exercice-article-2022-09', false, ['russie', 'chine', 'inde'], ['extreme-orient-russe']),
    row('vostok-2022-09', true, ['russie', 'chine', 'inde'], ['extreme-orient-russe', 'mer-du-japon']),
    row('mosi-2023-02', true, ['russie', 'chine', 'afrique-du-sud'], ['afrique-du-sud']),
  ];
  const ids = (items: readonly Item[]) => items.map((item) => item.id);

  it('un pays : les événements du relevé où il participe, dans l’ordre de la chronologie', () => {
    expect(ids(recordEventsOf(timeline, 'countries', 'inde'))).toEqual([
      'mission-de-paix-2018-08',
      'vostok-2022-09',
    ]);
  });

  it('un lieu : les événements du relevé qui s’y tiennent, pas ceux des articles', () => {
    expect(ids(recordEventsOf(timeline, 'areas', 'extreme-orient-russe'))).toEqual(['vostok-2022-09']);
    expect(ids(recordEventsOf(timeline, 'areas', 'afrique-du-sud'))).toEqual(['mosi-2023-02']);
  });

  it('ni pays ni lieu du relevé : aucun événement', () => {
    expect(recordEventsOf(timeline, 'countries', 'kremlin')).toEqual([]);
    expect(recordEventsOf(timeline, 'areas', 'ukraine')).toEqual([]);
  });

  it('la fiche et l’annuaire d’un acteur : les participations d’un pays, aucune pour un autre type d’acteur', () => {
    expect(ids(actorRecordEvents(timeline, 'afrique-du-sud', 'pays'))).toEqual(['mosi-2023-02']);
    // The record lists countries only: an id it lists is still no participation of an institution.
    expect(actorRecordEvents(timeline, 'afrique-du-sud', 'institution')).toEqual([]);
    expect(ids(placeRecordEvents(timeline, 'mer-du-japon'))).toEqual(['vostok-2022-09']);
  });
});
