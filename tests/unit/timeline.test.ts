import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildArticles, type ArticleModel } from '../../src/lib/article-model';
import {
  articleTimeline,
  buildTimeline,
  compareItems,
  shortName,
  type TimelineItem,
} from '../../src/lib/timeline';
import { articleSchema } from '../../src/schema/article';
import { contextEventSchema, type ContextEvent } from '../../src/schema/context-event';
import { contextFeatureLabels } from '../../src/vocabulary/context-features';
import { readAircraft, readPublishers } from './support/content-ids';

/** The publishers of content/publishers/: the fixtures' sources name two of them. */
const PUBLISHERS = readPublishers();

// Timeline: the researched record (content/exercises/) and the articles' events in a single list.
// Expectations come from the fixtures written here, the real content (read with `yaml`) or the calendar.

const ROOT = resolve(import.meta.dirname, '../..');

/** The fixture's countries; a person or a ministry is not one. */
const FIXTURE_COUNTRIES = new Set(['russie', 'chine', 'etats-unis', 'iran']);
const isFixtureCountry = (id: string) => FIXTURE_COUNTRIES.has(id);

/** A researched event, written as in YAML then validated by the real schema (zod's output shape). */
function researched(id: string, fields: Record<string, unknown>): { id: string; data: ContextEvent } {
  return {
    id,
    data: contextEventSchema.parse({
      datasetId: id,
      kind: 'exercice',
      name: { translation: `événement ${id}` },
      nameEn: `event ${id}`,
      framework: 'bilatéral',
      countries: ['russie', 'chine'],
      areas: ['mer-du-japon'],
      areaText: 'mer du Japon',
      participants: { chine: 'des navires', russie: 'des navires' },
      confirmation: '2+ sources',
      confirmationFr: 'au moins deux sources',
      translatedBy: 'rédaction',
      sources: [
        { url: `https://exemple.org/${id}`, publisher: 'tass', lang: 'en', excerpt: `excerpt for ${id}` },
      ],
      ...fields,
    }),
  };
}

/** What the research did not confirm, required by the schema when a date is « inconnue ». */
const UNCONFIRMED = { unconfirmed: ['Dates non confirmées.'] };

interface RawArticle {
  slug: string;
  date: string;
  body: string;
  events: Record<string, unknown>[];
}

/** Articles written as their frontmatter, validated by the real schema then modelled. */
function articles(raws: RawArticle[], exerciseIds: string[]): ArticleModel[] {
  const inputs = raws.map((raw) => ({
    id: raw.slug,
    filePath: `content/articles/${raw.slug}.md`,
    body: raw.body,
    data: articleSchema.parse({
      editorial: { title: `Titre ${raw.slug}`, summary: `Résumé ${raw.slug}.` },
      date: raw.date,
      events: raw.events,
    }),
  }));
  const actors = new Set(
    inputs.flatMap((input) => input.data.events.flatMap((event) => event.actors.map((ref) => ref.id))),
  );
  const places = new Set(
    inputs.flatMap((input) => input.data.events.flatMap((event) => event.places.map((ref) => ref.id))),
  );
  const { articles: models, issues } = buildArticles(inputs, {
    actors,
    aircraft: new Map(),
    places,
    exercises: new Set(exerciseIds),
    publishers: new Set<string>(),
  });
  expect(issues, 'la fixture elle-même doit être valide').toEqual([]);
  return models;
}

const ids = (items: readonly TimelineItem[]) => items.map((item) => item.id);
const byId = (items: readonly TimelineItem[], id: string) => {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`élément absent de la chronologie : ${id}`);
  return item;
};

/** Deterministic shuffle (Fisher-Yates with a congruential generator), for reproducible tests. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('ordre de la chronologie', () => {
  // A date at each precision, ties, unknown dates.
  const events = [
    researched('c-2021-12-31', { start: '2021-12-31' }),
    researched('y-2022', { start: '2022' }),
    researched('m-2022-01', { start: '2022-01' }),
    researched('d-2022-01-01', { start: '2022-01-01' }),
    researched('d-2022-01-15', { start: '2022-01-15' }),
    researched('w-2022-02', {
      start: 'inconnue',
      end: 'inconnue',
      startWindow: { notBefore: '2022-02-01', notAfter: '2022-02-10' },
      ...UNCONFIRMED,
    }),
    researched('b-2022-03-10', { start: '2022-03-10' }),
    researched('a-2022-03-10', { start: '2022-03-10' }),
    researched('e-2022-06', { start: 'inconnue', end: '2022-06', ...UNCONFIRMED }),
    researched('z-inconnue', { start: 'inconnue', end: 'inconnue', ...UNCONFIRMED }),
    researched('u-inconnue', { start: 'inconnue', end: 'inconnue', ...UNCONFIRMED }),
  ];
  const models = articles(
    [
      {
        slug: 'article-ordre',
        date: '2022-11-30',
        body: 'Le 1er janvier, une annonce a été faite.\n\nUne visite à Taïwan a eu lieu.',
        events: [
          {
            id: 'article-2022-01-01',
            label: 'Annonce',
            kind: 'contexte-politique',
            date: '2022-01-01',
            dateSource: {
              url: 'https://www.example.org/annonce',
              publisher: 'tass',
              lang: 'fr',
              excerpt: 'le 1er janvier 2022',
            },
            quote: 'une annonce a été faite',
          },
          { id: 'v-visite', label: 'Visite', kind: 'contexte-politique', quote: 'Une visite à Taïwan' },
        ],
      },
    ],
    [],
  );
  // Expected order, worked out by hand: by the first day each date can refer to, the
  // coarsest precision first on the same day (« 2022 », « janvier 2022 », « 1er janvier
  // 2022 »), then by id; unknown dates last, by id.
  const expected = [
    'c-2021-12-31',
    'y-2022',
    'm-2022-01',
    'article-2022-01-01',
    'd-2022-01-01',
    'd-2022-01-15',
    'w-2022-02',
    'a-2022-03-10',
    'b-2022-03-10',
    'e-2022-06',
    'u-inconnue',
    'v-visite',
    'z-inconnue',
  ];

  it('range par date à travers les précisions, les égalités par identifiant, l’inconnu en dernier', () => {
    expect(ids(buildTimeline(events, models, isFixtureCountry, PUBLISHERS))).toEqual(expected);
  });

  it('donne le même ordre quel que soit l’ordre des entrées', () => {
    const orders = [
      [...events].reverse(),
      ...Array.from({ length: events.length }, (_, k) => [...events.slice(k), ...events.slice(0, k)]),
      ...[1, 7, 42, 2022, 31_337].map((seed) => shuffled(events, seed)),
    ];
    for (const order of orders) {
      expect(ids(buildTimeline(order, models, isFixtureCountry, PUBLISHERS))).toEqual(expected);
    }
  });

  it('compareItems est un ordre total : antisymétrique, transitif, nul seulement pour le même élément', () => {
    const items = buildTimeline(events, models, isFixtureCountry, PUBLISHERS);
    const sign = (a: TimelineItem, b: TimelineItem) => Math.sign(compareItems(a, b));
    for (const a of items) {
      for (const b of items) {
        expect(sign(a, b) + sign(b, a), `${a.id} / ${b.id}`).toBe(0);
        if (a.id !== b.id) expect(sign(a, b), `${a.id} / ${b.id}`).not.toBe(0);
        for (const c of items) {
          if (sign(a, b) < 0 && sign(b, c) < 0) expect(sign(a, c), `${a.id} < ${b.id} < ${c.id}`).toBe(-1);
        }
      }
    }
  });
});

describe('fusion des événements d’article avec le relevé (sameAs)', () => {
  const patrol = researched('air-2022-11', {
    kind: 'patrouille-aerienne',
    start: '2022-11-30',
    sources: [
      { url: 'https://exemple.org/a', publisher: 'tass', lang: 'en', excerpt: 'bombers flew' },
      { url: 'https://exemple.org/b', publisher: 'cgtn', lang: 'zh', excerpt: '联合空中战略巡航' },
    ],
  });
  const body = [
    'Des bombardiers ont effectué mercredi une patrouille conjointe au-dessus du Pacifique.',
    'Dans une lettre mardi, le président chinois Xi Jinping a écrit aux États-Unis.',
  ].join('\n\n');
  const [model] = articles(
    [
      {
        slug: 'patrouille',
        date: '2022-11-30',
        body,
        events: [
          {
            id: 'patrouille-2022-11-30',
            label: 'Patrouille conjointe',
            kind: 'patrouille-aerienne',
            when: 'mercredi',
            actors: ['russie', 'chine'],
            sameAs: 'air-2022-11',
            quote: 'ont effectué mercredi une patrouille conjointe',
          },
          {
            id: 'lettre-2022-11-29',
            label: 'Lettre de Xi Jinping',
            kind: 'contexte-politique',
            when: 'mardi',
            actors: ['xi-jinping', 'chine', 'ministere-chinois-defense', 'etats-unis'],
            quote: 'Dans une lettre mardi',
          },
        ],
      },
    ],
    ['air-2022-11'],
  );
  const timeline = buildTimeline([patrol], [model!], isFixtureCountry, PUBLISHERS);

  it('un événement avec sameAs ne fait qu’un avec l’événement du relevé : citation et sources réunies', () => {
    // Two article events, one of them merged: two lines, not three.
    expect(ids(timeline)).toEqual(['lettre-2022-11-29', 'air-2022-11']);
    const item = byId(timeline, 'air-2022-11');
    expect(item.url).toBe('/faits/air-2022-11/');
    expect(item.sources.map((source) => source.url)).toEqual([
      'https://exemple.org/a',
      'https://exemple.org/b',
    ]);
    expect(item.mentions).toHaveLength(1);
    const [mention] = item.mentions;
    expect(mention?.quote.text).toBe('ont effectué mercredi une patrouille conjointe');
    expect(mention?.articleUrl).toBe('/articles/patrouille/');
    // The article's event is this line, and its card the record's: one real event, one card.
    expect(mention?.isSubject).toBe(true);
    expect(mention?.link).toMatch(/^\/articles\/patrouille\/#p-[a-z0-9-]+:~:text=ont%20effectu/);
    // « mercredi » in an article of Wednesday 30 November 2022: the same day.
    expect(mention?.articleDateText).toBe('30 novembre 2022');
    expect(item.dateText).toBe('30 novembre 2022');
  });

  it('sans sameAs, l’événement d’article est sa propre ligne, sans source extérieure', () => {
    const item = byId(timeline, 'lettre-2022-11-29');
    expect(item.url).toBe('/faits/lettre-2022-11-29/');
    expect(item.context).toBeUndefined();
    expect(item.sources).toEqual([]);
    expect(item.mentions.map((m) => m.quote.text)).toEqual(['Dans une lettre mardi']);
    // « mardi »: the day before Wednesday 30 November 2022.
    expect(item.dateText).toBe('29 novembre 2022');
    expect(item.title).toBe('Lettre de Xi Jinping');
  });

  it('les pays d’un événement d’article ne gardent que les acteurs qui sont des pays', () => {
    expect(byId(timeline, 'lettre-2022-11-29').countries).toEqual(['chine', 'etats-unis']);
    expect(byId(timeline, 'air-2022-11').countries).toEqual(['russie', 'chine']);
  });
});

describe('dates en toutes lettres', () => {
  const dateText = (fields: Record<string, unknown>) =>
    buildTimeline([researched('x', fields)], [], isFixtureCountry, PUBLISHERS)[0]!;

  it('une variante d’un jour : « 24 ou 25 juillet 2024 selon les sources »', () => {
    const item = dateText({
      start: '2024-07-24',
      dateVariants: [{ start: '2024-07-25', according: 'ministère chinois de la Défense' }],
    });
    expect(item.dateText).toBe('24 juillet 2024');
    expect(item.dateVariantsText).toBe('24 ou 25 juillet 2024 selon les sources');
    expect(item.otherDates).toEqual(['25 juillet 2024 selon ministère chinois de la Défense']);
  });

  it('chaque autre date garde les bornes que sa source ne conteste pas, et dit qui la donne', () => {
    const item = dateText({
      start: '2021-09-11',
      end: '2021-09-25',
      dateVariants: [
        { start: '2021-09-13', according: 'The Diplomatic Insight' },
        { end: '2021-09-24', according: 'une dépêche' },
        { start: '2021-09', according: 'le ministère' },
      ],
    });
    expect(item.dateText).toBe('du 11 au 25 septembre 2021');
    expect(item.otherDates).toEqual([
      'du 13 au 25 septembre 2021 selon The Diplomatic Insight',
      'du 11 au 24 septembre 2021 selon une dépêche',
      'septembre 2021, jusqu’au 25 selon le ministère',
    ]);
  });

  it('le premier du mois s’écrit « 1er » dans une variante', () => {
    const item = dateText({
      start: '2022-09-01',
      dateVariants: [{ start: '2022-09-02', according: 'une autre source' }],
    });
    expect(item.dateVariantsText).toBe('1er ou 2 septembre 2022 selon les sources');
  });

  it('sans désaccord entre sources, pas de variante', () => {
    expect(dateText({ start: '2024-07-24' }).dateVariantsText).toBeUndefined();
    expect(dateText({ start: '2024-07-24' }).otherDates).toEqual([]);
  });

  it('une période : « du 1er au 7 septembre 2022 », bornes à leur précision', () => {
    const item = dateText({ start: '2022-09-01', end: '2022-09-07' });
    expect(item.dateText).toBe('du 1er au 7 septembre 2022');
    expect(item.start).toEqual({ year: 2022, month: 9, day: 1, precision: 'day' });
    expect(item.end).toEqual({ year: 2022, month: 9, day: 7, precision: 'day' });
    expect(item.year).toBe(2022);
  });

  it('une période à cheval sur deux années donne les deux années', () => {
    expect(dateText({ start: '2022-12-30', end: '2023-01-02' }).dateText).toBe(
      'du 30 décembre 2022 au 2 janvier 2023',
    );
  });

  it('une date connue au mois reste au mois, sans jour inventé', () => {
    const item = dateText({ start: '2019-11' });
    expect(item.dateText).toBe('novembre 2019');
    expect(item.start).toEqual({ year: 2019, month: 11, precision: 'month' });
  });

  it('fin inconnue : dite inconnue, jamais remplacée par une date', () => {
    const item = dateText({ start: '2022-01-21', end: 'inconnue', ...UNCONFIRMED });
    expect(item.end).toBeUndefined();
    expect(item.dateText).toContain('21 janvier 2022');
    expect(item.dateText).toContain('fin inconnue');
    // No date other than the start.
    expect(item.dateText.replace('21 janvier 2022', '')).not.toMatch(/\d/);
  });

  it('fin inconnue d’un début connu au mois : « à partir de janvier 2022 » (et non « du janvier »)', () => {
    const item = dateText({ start: '2022-01', end: 'inconnue', ...UNCONFIRMED });
    expect(item.dateText).toBe('à partir de janvier 2022 (fin inconnue)');
  });

  it('début et fin inconnus : « date inconnue », sans année ni date de tri', () => {
    const item = dateText({ start: 'inconnue', end: 'inconnue', ...UNCONFIRMED });
    expect(item.dateText).toBe('date inconnue');
    expect(item.start).toBeUndefined();
    expect(item.end).toBeUndefined();
    expect(item.year).toBeUndefined();
    expect(item.sortKey).toBeUndefined();
  });

  it('début inconnu dans une fenêtre connue : la fenêtre, jamais un jour de début', () => {
    const item = dateText({
      start: 'inconnue',
      end: 'inconnue',
      startWindow: { notBefore: '2024-09-27', notAfter: '2024-10-01' },
      ...UNCONFIRMED,
    });
    expect(item.start).toBeUndefined();
    // The end is unknown too, and says so rather than reading as a one-day event.
    expect(item.dateText).toBe('début inconnu (entre le 27 septembre et le 1er octobre 2024), fin inconnue');
  });

  it('fenêtre de début connue au mois : « entre juillet et septembre 2022 »', () => {
    const item = dateText({
      start: 'inconnue',
      end: 'inconnue',
      startWindow: { notBefore: '2022-07', notAfter: '2022-09' },
      ...UNCONFIRMED,
    });
    expect(item.dateText).toBe('début inconnu (entre juillet et septembre 2022), fin inconnue');
  });

  it('début inconnu mais fin connue : le début est dit inconnu et la fin connue reste donnée', () => {
    // Real case: content/exercises/patrouille-maritime-2024-07.yaml (start: inconnue, end: '2024-07').
    const item = dateText({ start: 'inconnue', end: '2024-07', ...UNCONFIRMED });
    expect(item.start).toBeUndefined();
    expect(item.dateText).toMatch(/inconnu/);
    expect(item.dateText).toContain('juillet 2024');
  });
});

describe('rangs et « première fois », dérivés des dates', () => {
  const series = 'patrouille-aerienne-strategique';
  const patrols = [
    researched('air-2019-07', { kind: 'patrouille-aerienne', series, start: '2019-07-23' }),
    researched('air-2020-12', { kind: 'patrouille-aerienne', series, start: '2020-12-22' }),
    researched('air-2021-11', { kind: 'patrouille-aerienne', series, start: '2021-11-19' }),
    researched('air-2022-05', { kind: 'patrouille-aerienne', series, start: '2022-05-24' }),
    researched('air-2022-11', {
      kind: 'patrouille-aerienne',
      series,
      start: '2022-11-30',
      features: ['atterrissage-dans-l-autre-pays'],
    }),
    researched('air-2023-06', {
      kind: 'patrouille-aerienne',
      series,
      start: '2023-06-06',
      end: '2023-06-07',
      features: ['atterrissage-dans-l-autre-pays'],
    }),
  ];
  // The order in which entries are written must not matter: shuffled entries.
  const timeline = buildTimeline(shuffled(patrols, 5), [], isFixtureCountry, PUBLISHERS);

  it('la 5e patrouille depuis 2019, sans rang stocké', () => {
    expect(byId(timeline, 'air-2022-11').seriesText).toBe(
      '5e patrouille aérienne stratégique conjointe depuis 2019',
    );
    expect(byId(timeline, 'air-2023-06').seriesText).toBe(
      '6e patrouille aérienne stratégique conjointe depuis 2019',
    );
  });

  it('la première de la série : « 1re », sans « depuis »', () => {
    expect(byId(timeline, 'air-2019-07').seriesText).toBe('1re patrouille aérienne stratégique conjointe');
  });

  it('une patrouille ajoutée plus tôt décale les rangs suivants', () => {
    const earlier = researched('air-2018-01', { kind: 'patrouille-aerienne', series, start: '2018-01-10' });
    const redone = buildTimeline([...patrols, earlier], [], isFixtureCountry, PUBLISHERS);
    expect(byId(redone, 'air-2022-11').seriesText).toBe(
      '6e patrouille aérienne stratégique conjointe depuis 2018',
    );
  });

  it('série au nom masculin : « 1er exercice Mosi », puis « 2e exercice Mosi depuis 2019 »', () => {
    const mosi = buildTimeline(
      [
        researched('mosi-2023-02', {
          series: 'mosi',
          title: 'Mosi II',
          start: '2023-02-17',
          end: '2023-02-27',
        }),
        researched('mosi-2019-11', { series: 'mosi', title: 'Mosi I', start: '2019-11' }),
      ],
      [],
      isFixtureCountry,
      PUBLISHERS,
    );
    expect(byId(mosi, 'mosi-2019-11').seriesText).toBe('1er exercice Mosi');
    expect(byId(mosi, 'mosi-2023-02').seriesText).toBe('2e exercice Mosi depuis 2019');
  });

  it('une série sans numérotation reconnue par les sources n’affiche pas de rang', () => {
    const peace = buildTimeline(
      [
        researched('paix-2005', {
          series: 'mission-de-paix',
          title: 'Mission de paix 2005',
          start: '2005-08-18',
          end: '2005-08-25',
        }),
        researched('paix-2007', {
          series: 'mission-de-paix',
          title: 'Mission de paix 2007',
          start: '2007-08-09',
          end: '2007-08-17',
        }),
      ],
      [],
      isFixtureCountry,
      PUBLISHERS,
    );
    expect(peace.map((item) => item.seriesText)).toEqual([undefined, undefined]);
  });

  it('« Premier événement de la chronologie où… » seulement pour le premier qui porte la caractéristique', () => {
    const landing = `Premier événement de la chronologie où ${contextFeatureLabels['atterrissage-dans-l-autre-pays']}.`;
    expect(byId(timeline, 'air-2022-11').firsts).toEqual([landing]);
    expect(byId(timeline, 'air-2023-06').firsts).toEqual([]);
    expect(byId(timeline, 'air-2019-07').firsts).toEqual([]);
  });
});

describe('nom court d’un événement (shortName), pour les listes brèves', () => {
  const series = 'patrouille-aerienne-strategique';
  const timeline = buildTimeline(
    [
      researched('air-2019-07', { kind: 'patrouille-aerienne', series, start: '2019-07-23' }),
      researched('air-2020-12', { kind: 'patrouille-aerienne', series, start: '2020-12-22' }),
      // Peace Mission: a series the sources do not number, so no series label.
      researched('paix-2009', {
        series: 'mission-de-paix',
        start: '2009-07-22',
        name: { translation: 'Mission de paix 2009' },
      }),
      researched('vostok-2022', {
        start: '2022-09-01',
        name: { fr: 'Vostok-2022', frSource: 'https://exemple.fr/vostok' },
      }),
    ],
    [],
    isFixtureCountry,
    PUBLISHERS,
  );

  it('un rang de série, rédigé par nous en français, n’est jamais dit traduit', () => {
    // The name is a translation ("Événement air-2020-12"), but a patrol is titled by its rank.
    expect(byId(timeline, 'air-2020-12').title).toBe('2e patrouille aérienne stratégique conjointe');
    expect(byId(timeline, 'air-2020-12').titleIsTranslation).toBe(false);
    expect(shortName(byId(timeline, 'air-2020-12'))).toEqual({
      text: '2e patrouille aérienne stratégique conjointe depuis 2019',
      isTranslation: false,
    });
  });

  it('sans rang, le nom traduit par la rédaction est signalé comme tel', () => {
    expect(shortName(byId(timeline, 'paix-2009'))).toEqual({
      text: 'Mission de paix 2009',
      isTranslation: true,
    });
  });

  it('sans rang, un nom lu dans une source française n’est pas signalé', () => {
    expect(shortName(byId(timeline, 'vostok-2022'))).toEqual({ text: 'Vostok-2022', isTranslation: false });
  });
});

describe('chronologie d’un article (articleTimeline)', () => {
  const body = [
    'Des bombardiers ont effectué mercredi une patrouille conjointe au-dessus du Pacifique.',
    'Le président russe a envoyé ses troupes en Ukraine le 24 février.',
    'Une visite à Taïwan a précédé ces événements.',
  ].join('\n\n');
  const context = [
    researched('air-2021-11', { kind: 'patrouille-aerienne', start: '2021-11-19' }),
    researched('mer-2022-02-20', { start: '2022-02-20', end: '2022-02-23' }),
    researched('exo-2022-02-24', { start: '2022-02-24' }),
    researched('air-2022-05', { kind: 'patrouille-aerienne', start: '2022-05-24' }),
    researched('nav-2022-09', { kind: 'patrouille-navale', start: '2022-09-15', end: '2022-10' }),
    researched('exo-2022-11', { start: '2022-11' }),
    researched('air-2022-11', { kind: 'patrouille-aerienne', start: '2022-11-30' }),
    researched('mer-2022-12', { start: '2022-12-21', end: '2022-12-27' }),
    researched('fenetre-2022', {
      start: 'inconnue',
      end: 'inconnue',
      startWindow: { notBefore: '2022-06-01', notAfter: '2022-06-30' },
      ...UNCONFIRMED,
    }),
  ];
  const raws: RawArticle[] = [
    {
      slug: 'article-a',
      date: '2022-11-30',
      body,
      events: [
        {
          id: 'patrouille-2022-11-30',
          label: 'Patrouille',
          kind: 'patrouille-aerienne',
          when: 'mercredi',
          sameAs: 'air-2022-11',
          quote: 'ont effectué mercredi une patrouille conjointe',
        },
        {
          id: 'invasion-2022-02-24',
          label: 'Invasion',
          kind: 'contexte-militaire',
          when: 'le 24 février',
          actors: ['russie'],
          quote: 'a envoyé ses troupes en Ukraine le 24 février',
        },
        {
          id: 'visite-taiwan',
          label: 'Visite à Taïwan',
          kind: 'contexte-politique',
          quote: 'Une visite à Taïwan',
        },
      ],
    },
    {
      slug: 'article-b',
      date: '2022-08-10',
      body: 'Les deux pays ont signé un accord en juin.',
      events: [
        {
          id: 'accord-2022-06',
          label: 'Accord',
          kind: 'contexte-economique',
          when: 'en juin',
          quote: 'ont signé un accord en juin',
        },
      ],
    },
  ];
  const models = articles(raws, ['air-2022-11']);
  const articleA = models[0]!;
  const own = articleTimeline(articleA, buildTimeline(context, [articleA], isFixtureCountry, PUBLISHERS));

  it('les événements de l’article (fusionnés ou non, datés ou non) et le relevé du 24 février au 30 novembre 2022', () => {
    // The article's period: 24 February to 30 November 2022 (its dated events).
    // From the researched record: what starts in that period, bounds included (24 February, November 2022);
    // not 2021, not February before the 24th, not December, not an unknown start.
    expect(ids(own)).toEqual([
      'exo-2022-02-24',
      'invasion-2022-02-24',
      'air-2022-05',
      'nav-2022-09',
      'exo-2022-11',
      'air-2022-11',
      'visite-taiwan',
    ]);
  });

  it('ne mêle pas à sa chronologie les événements d’un autre article, même de la même période', () => {
    // Article B (June 2022 agreement, no sameAs) is not in the researched record: the timeline of
    // article A stays the same, whether B is published or not.
    const both = buildTimeline(context, models, isFixtureCountry, PUBLISHERS);
    expect(ids(both)).toContain('accord-2022-06');
    expect(ids(articleTimeline(articleA, both))).toEqual(ids(own));
  });

  it('suit la chronologie qu’on lui donne : un événement retiré du relevé en sort aussitôt', () => {
    // As when `astro dev` rebuilds the model after an edit: the same article, a new timeline.
    const shorter = context.filter((event) => event.id !== 'air-2022-05');
    const timeline = buildTimeline(shorter, [articleA], isFixtureCountry, PUBLISHERS);
    expect(ids(articleTimeline(articleA, timeline))).toEqual(ids(own).filter((id) => id !== 'air-2022-05'));
  });

  it('un article sans événement daté n’a que ses propres événements', () => {
    const [undated] = articles(
      [
        {
          slug: 'sans-date',
          date: '2022-11-30',
          body: 'Une visite à Taïwan a eu lieu.',
          events: [
            { id: 'visite', label: 'Visite', kind: 'contexte-politique', quote: 'Une visite à Taïwan' },
          ],
        },
      ],
      [],
    );
    const all = buildTimeline(context, [undated!], isFixtureCountry, PUBLISHERS);
    expect(ids(articleTimeline(undated!, all))).toEqual(['visite']);
  });
});

describe('la chronologie du contenu réel (content/)', () => {
  /** The YAML files of the researched record, as written. */
  const files = readdirSync(resolve(ROOT, 'content/exercises'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: basename(name, '.yaml'),
      raw: parse(readFileSync(resolve(ROOT, 'content/exercises', name), 'utf8')) as {
        kind: string;
        series?: string;
        nameEn: string;
        start: string;
        end?: string;
        startWindow?: { notBefore: string; notAfter: string };
        sources: { url: string }[];
      },
    }));
  // The content layer's { id, data } shape: reference ids become { collection, id }.
  const exercises = files.map(({ id, raw }) => ({ id, data: contextEventSchema.parse(raw) }));

  const markdown = readFileSync(
    resolve(ROOT, 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md'),
    'utf8',
  );
  const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(markdown) ?? [];
  const raw = parse(frontmatter) as {
    events: { id: string; kind: string; quote: string; sameAs?: string }[];
  };
  const actorKinds = new Map(
    readdirSync(resolve(ROOT, 'content/actors')).map((name) => [
      basename(name, '.yaml'),
      (parse(readFileSync(resolve(ROOT, 'content/actors', name), 'utf8')) as { kind: string }).kind,
    ]),
  );
  const entityIds = (folder: string) =>
    new Set(readdirSync(resolve(ROOT, 'content', folder)).map((name) => basename(name, '.yaml')));
  const { articles: models, issues } = buildArticles(
    [
      {
        id: 'bombardiers-russes-chinois-patrouille-conjointe',
        filePath: 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md',
        body,
        data: articleSchema.parse(parse(frontmatter)),
      },
    ],
    {
      actors: entityIds('actors'),
      aircraft: readAircraft(),
      places: entityIds('places'),
      exercises: new Set(files.map((file) => file.id)),
      publishers: entityIds('publishers'),
    },
  );
  const timeline = buildTimeline(exercises, models, (id) => actorKinds.get(id) === 'pays', readPublishers());

  it('le contenu se charge sans erreur', () => {
    expect(issues).toEqual([]);
  });

  it('une ligne par événement du relevé et par événement d’article sans sameAs', () => {
    const unmerged = raw.events.filter((event) => !event.sameAs);
    expect(timeline).toHaveLength(files.length + unmerged.length);
    expect(new Set(ids(timeline)).size).toBe(timeline.length);
  });

  it('la patrouille aérienne de novembre 2022 est la 5e de sa série, depuis 2019', () => {
    const file = files.find((f) => f.id === 'patrouille-aerienne-strategique-2022-11')!;
    const series = files.filter((f) => f.raw.series === file.raw.series);
    // Expected rank counted in the content (start no later than its own), confirmed by the English name.
    const rank = series.filter((f) => String(f.raw.start) <= String(file.raw.start)).length;
    expect(rank).toBe(5);
    expect(file.raw.nameEn).toMatch(/^5th /);
    const firstYear = Math.min(...series.map((f) => Number(String(f.raw.start).slice(0, 4))));
    const item = byId(timeline, file.id);
    expect(item.seriesText).toBe(`${rank}e patrouille aérienne stratégique conjointe depuis ${firstYear}`);
  });

  it('chaque rang affiché concorde avec le rang du nom anglais (« 4th … » → « 4e … »)', () => {
    const checked = files.flatMap(({ id, raw: entry }) => {
      const english = /^(\d+)(?:st|nd|rd|th) /.exec(entry.nameEn);
      if (!english || !entry.series) return [];
      const n = Number(english[1]);
      return [{ id, expected: n === 1 ? /^1(re|er) / : new RegExp(`^${n}e `) }];
    });
    expect(checked.length).toBeGreaterThan(10);
    for (const { id, expected } of checked) expect(byId(timeline, id).seriesText, id).toMatch(expected);
  });

  it('la patrouille fusionnée porte la citation de l’article et toutes ses sources', () => {
    const event = raw.events.find((e) => e.sameAs === 'patrouille-aerienne-strategique-2022-11')!;
    const file = files.find((f) => f.id === event.sameAs)!;
    const item = byId(timeline, file.id);
    expect(item.mentions.map((m) => m.quote.text)).toEqual([event.quote]);
    expect(item.sources.map((s) => s.url)).toEqual([...new Set(file.raw.sources.map((s) => s.url))]);
    expect(item.sources.flatMap((s) => s.passages)).toHaveLength(file.raw.sources.length);
    expect(ids(timeline)).not.toContain(event.id);
  });

  it('chaque ligne cite au moins une source : ses sources extérieures ou l’article qui la rapporte', () => {
    for (const item of timeline) {
      const file = files.find((f) => f.id === item.id);
      if (file) {
        expect(item.sources.length, item.id).toBeGreaterThanOrEqual(1);
        // One per page: the research quotes some pages twice, each passage kept under its page.
        expect(item.sources.length, item.id).toBe(new Set(file.raw.sources.map((s) => s.url)).size);
        expect(item.sources.flatMap((s) => s.passages).length, item.id).toBe(file.raw.sources.length);
      } else {
        expect(item.mentions.length, item.id).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('est triée : par date de début (ou de fenêtre, ou de fin connue), précision grossière d’abord, puis identifiant', () => {
    // Sort key recomputed here from the content's texts, without the application's code.
    const articleDates = new Map(models[0]!.events.map((e) => [e.id, e.date && toIsoText(e.date)]));
    const keyOf = (id: string): string | undefined => {
      const file = files.find((f) => f.id === id);
      if (!file) return articleDates.get(id);
      const { start, end, startWindow } = file.raw;
      if (start !== 'inconnue') return String(start);
      if (startWindow) return String(startWindow.notBefore);
      return end !== undefined && end !== 'inconnue' ? String(end) : undefined;
    };
    // « 2022 » < « 2022-01 » < « 2022-01-01 »: the first day referred to, then the length (precision).
    const firstDay = (iso: string) => `${iso}${'-01-01'.slice(iso.length - 4)}`;
    const order = (a: string, b: string) => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      if (ka && kb) {
        const byDay = firstDay(ka).localeCompare(firstDay(kb)) || ka.length - kb.length;
        if (byDay !== 0) return byDay;
      } else if (ka || kb) return ka ? -1 : 1;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    expect(ids(timeline)).toEqual([...ids(timeline)].sort(order));
  });
});

/** `2022-11-30`, `2022-10`, `2022`: an article event's date as the content writes it. */
function toIsoText(date: { year: number; month?: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)]
    .filter(Boolean)
    .join('-');
}
