import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/lib/article-model';
import { buildTimeline, type TimelineItem } from '../../src/lib/timeline';
import { axisData, axisDescription } from '../../src/lib/timeline-axis';
import { paginateTimeline, timelineLineUrl } from '../../src/lib/timeline-pages';
import { urls } from '../../src/lib/urls';
import { timelineLine } from '../../src/lib/timeline-line';
import { groupByYear, kindViewPath, timelineDescription, timelineViews } from '../../src/lib/timeline-views';
import { articleSchema } from '../../src/schema/article';
import { contextEventSchema } from '../../src/schema/context-event';
import { readPublishers } from './support/content-ids';

/** The publishers of content/publishers/: the fixtures' sources name two of them. */
const PUBLISHERS = readPublishers();

// Filtered timeline views (/chronologie/<type>/, /<année>/, /pays/<id>/) and the per-year axis.
// Expectations written by hand from the fixtures below.

/** French names of the fixture's countries (as in content/actors/<id>.yaml). */
const COUNTRY_NAMES: Record<string, string> = {
  chine: 'Chine',
  'etats-unis': 'États-Unis',
  inde: 'Inde',
  iran: 'Iran',
  russie: 'Russie',
};
const isCountry = (id: string) => id in COUNTRY_NAMES;
const countryName = (id: string) => COUNTRY_NAMES[id] ?? id;

/** What each line of the fixture must yield: kind, year, participating countries. */
interface Expected {
  readonly id: string;
  readonly kind: string;
  readonly year: number | undefined;
  readonly countries: readonly string[];
}

const researchedSpecs: (Expected & { fields: Record<string, unknown> })[] = [
  {
    id: 'air-2019-07',
    kind: 'patrouille-aerienne',
    year: 2019,
    countries: ['russie', 'chine'],
    fields: { start: '2019-07-23' },
  },
  {
    id: 'exo-2019-09',
    kind: 'exercice',
    year: 2019,
    countries: ['russie', 'chine', 'inde', 'iran'],
    fields: { start: '2019-09-16', end: '2019-09-21' },
  },
  {
    id: 'nav-2021-10',
    kind: 'patrouille-navale',
    year: 2021,
    countries: ['russie', 'chine'],
    fields: { start: '2021-10-17', end: '2021-10-23' },
  },
  {
    id: 'exo-2022-09',
    kind: 'exercice',
    year: 2022,
    countries: ['russie', 'chine', 'inde'],
    fields: { start: '2022-09-01', end: '2022-09-07' },
  },
  {
    id: 'air-2022-11',
    kind: 'patrouille-aerienne',
    year: 2022,
    countries: ['russie', 'chine'],
    fields: { start: '2022-11-30' },
  },
  {
    id: 'gc-2024-09',
    kind: 'patrouille-garde-cotes',
    year: 2024,
    countries: ['russie', 'chine'],
    fields: { start: '2024-09-20', end: '2024-10-10' },
  },
];

function researched({ id, kind, countries, fields }: (typeof researchedSpecs)[number]) {
  return {
    id,
    data: contextEventSchema.parse({
      datasetId: id,
      kind,
      name: { translation: `événement ${id}` },
      nameEn: `event ${id}`,
      framework: 'bilatéral',
      countries,
      areas: ['mer-du-japon'],
      areaText: 'mer du Japon',
      participants: { chine: 'des unités', russie: 'des unités' },
      confirmation: '2+ sources',
      confirmationFr: 'au moins deux sources',
      translatedBy: 'rédaction',
      sources: [
        { url: `https://exemple.org/${id}`, publisher: 'tass', lang: 'en', excerpt: `excerpt ${id}` },
      ],
      ...fields,
    }),
  };
}

const body = [
  'Des bombardiers ont effectué mercredi une patrouille conjointe.',
  'Dans une lettre mardi, Xi Jinping a écrit aux États-Unis.',
  'Une visite à Taïwan a eu lieu.',
].join('\n\n');
const { articles, issues } = buildArticles(
  [
    {
      id: 'article',
      filePath: 'content/articles/article.md',
      body,
      data: articleSchema.parse({
        editorial: { title: 'Titre', summary: 'Résumé.' },
        date: '2022-11-30',
        events: [
          {
            id: 'patrouille-2022-11-30',
            label: 'Patrouille',
            kind: 'patrouille-aerienne',
            when: 'mercredi',
            actors: ['russie', 'chine'],
            sameAs: 'air-2022-11',
            quote: 'ont effectué mercredi une patrouille conjointe',
          },
          {
            id: 'lettre-2022-11-29',
            label: 'Lettre',
            kind: 'contexte-politique',
            when: 'mardi',
            actors: ['xi-jinping', 'chine', 'etats-unis'],
            quote: 'Dans une lettre mardi',
          },
          {
            id: 'visite-taiwan',
            label: 'Visite',
            kind: 'contexte-politique',
            actors: ['nancy-pelosi', 'etats-unis'],
            quote: 'Une visite à Taïwan',
          },
        ],
      }),
    },
  ],
  {
    actors: new Set(['russie', 'chine', 'etats-unis', 'xi-jinping', 'nancy-pelosi']),
    aircraft: new Map(),
    places: new Set(),
    exercises: new Set(researchedSpecs.map((spec) => spec.id)),
    publishers: new Set<string>(),
  },
);

/** Expected lines: the researched events and the two article events without sameAs. */
const expected: Expected[] = [
  ...researchedSpecs,
  { id: 'lettre-2022-11-29', kind: 'contexte-politique', year: 2022, countries: ['chine', 'etats-unis'] },
  { id: 'visite-taiwan', kind: 'contexte-politique', year: undefined, countries: ['etats-unis'] },
];

const items = buildTimeline(researchedSpecs.map(researched), articles, isCountry, PUBLISHERS);
const views = timelineViews(items, countryName);
const ids = (list: readonly TimelineItem[]) => [...list.map((item) => item.id)].sort();
const expectedIds = (keep: (row: Expected) => boolean) =>
  expected
    .filter(keep)
    .map((row) => row.id)
    .sort();

it('la fixture est valide', () => {
  expect(issues).toEqual([]);
  expect(ids(items)).toEqual(expectedIds(() => true));
});

describe('vues par type', () => {
  const byKind = views.filter((view) => view.group === 'type');

  it('le chemin vient du pluriel français, sans accents ni espaces', () => {
    expect(kindViewPath('patrouille-aerienne')).toBe('patrouilles-aeriennes');
    expect(kindViewPath('patrouille-navale')).toBe('patrouilles-navales');
    expect(kindViewPath('patrouille-garde-cotes')).toBe('patrouilles-de-garde-cotes');
    expect(kindViewPath('exercice')).toBe('exercices');
    expect(kindViewPath('contexte-politique')).toBe('contexte-politique');
    expect(kindViewPath('contexte-economique')).toBe('contexte-economique');
  });

  it('une vue par type présent, avec son libellé au pluriel ; aucune pour un type absent', () => {
    expect(byKind.map((view) => [view.path, view.label])).toEqual([
      ['patrouilles-aeriennes', 'Patrouilles aériennes'],
      ['patrouilles-navales', 'Patrouilles navales'],
      ['patrouilles-de-garde-cotes', 'Patrouilles de garde-côtes'],
      ['exercices', 'Exercices'],
      ['contexte-politique', 'Contexte politique'],
    ]);
  });

  it('chaque vue liste exactement les événements de son type, dans l’ordre de la chronologie', () => {
    const slugOf: Record<string, string> = {
      'patrouille-aerienne': 'patrouilles-aeriennes',
      'patrouille-navale': 'patrouilles-navales',
      'patrouille-garde-cotes': 'patrouilles-de-garde-cotes',
      exercice: 'exercices',
      'contexte-politique': 'contexte-politique',
    };
    for (const view of byKind) {
      expect(ids(view.items), view.path).toEqual(expectedIds((row) => slugOf[row.kind] === view.path));
      expect(view.items).toEqual(items.filter((item) => view.items.includes(item)));
    }
    // The merged article event (sameAs) is not counted twice.
    expect(ids(byKind.find((view) => view.path === 'patrouilles-aeriennes')!.items)).toEqual([
      'air-2019-07',
      'air-2022-11',
    ]);
  });
});

describe('vues par année', () => {
  const byYear = views.filter((view) => view.group === 'annee');

  it('une vue par année où commence un événement, en ordre croissant ; l’événement non daté n’en a pas', () => {
    expect(byYear.map((view) => view.path)).toEqual(['2019', '2021', '2022', '2024']);
    expect(byYear.map((view) => view.label)).toEqual(['2019', '2021', '2022', '2024']);
  });

  it('chaque vue liste exactement les événements de son année', () => {
    for (const view of byYear) {
      expect(ids(view.items), view.path).toEqual(expectedIds((row) => String(row.year) === view.path));
    }
  });

  it('un événement rangé sous une année dans la chronologie complète figure dans la vue de cette année', () => {
    // Real case: content/exercises/patrouille-maritime-2024-09.yaml (start unknown, between 27 September
    // and 1 October 2024) and patrouille-maritime-2024-07.yaml (start unknown, end in July 2024).
    const windowed = researched({
      id: 'nav-2024-fenetre',
      kind: 'patrouille-navale',
      year: 2024,
      countries: ['russie', 'chine'],
      fields: {
        start: 'inconnue',
        end: 'inconnue',
        startWindow: { notBefore: '2024-09-27', notAfter: '2024-10-01' },
        unconfirmed: ['Date exacte de début.'],
      },
    });
    const full = buildTimeline(
      [...researchedSpecs.map(researched), windowed],
      articles,
      isCountry,
      PUBLISHERS,
    );
    const under2024 = groupByYear(full).find((group) => group.year === 2024);
    expect(under2024?.items.map((item) => item.id)).toContain('nav-2024-fenetre');
    const view2024 = timelineViews(full, countryName).find((view) => view.path === '2024');
    expect(ids(view2024?.items ?? [])).toEqual(ids(under2024?.items ?? []));
  });
});

describe('vues par pays participant', () => {
  const byCountry = views.filter((view) => view.group === 'pays');

  it('seulement les pays présents (ni personne ni ministère), par ordre alphabétique français', () => {
    // « États-Unis » sorts under E, between Chine and Inde.
    expect(byCountry.map((view) => [view.path, view.label])).toEqual([
      ['pays/chine', 'Chine'],
      ['pays/etats-unis', 'États-Unis'],
      ['pays/inde', 'Inde'],
      ['pays/iran', 'Iran'],
      ['pays/russie', 'Russie'],
    ]);
  });

  it('chaque vue liste exactement les événements auxquels le pays participe', () => {
    for (const view of byCountry) {
      const country = view.path.replace('pays/', '');
      expect(ids(view.items), view.path).toEqual(expectedIds((row) => row.countries.includes(country)));
    }
  });

  it('les chemins des vues sont uniques', () => {
    expect(new Set(views.map((view) => view.path)).size).toBe(views.length);
  });
});

describe('axe : nombre d’événements par année et par type', () => {
  const axis = axisData(items);

  it('toutes les années de la période, les années sans événement à zéro', () => {
    expect(axis.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(axis.kinds).toEqual([
      'patrouille-aerienne',
      'patrouille-navale',
      'patrouille-garde-cotes',
      'exercice',
      'contexte-politique',
    ]);
    // Rows: years; columns: the kinds above. The undated event is counted nowhere.
    expect(axis.counts).toEqual([
      [1, 0, 0, 1, 0], // 2019: July air patrol, September exercise
      [0, 0, 0, 0, 0], // 2020
      [0, 1, 0, 0, 0], // 2021: October naval patrol
      [1, 0, 0, 1, 1], // 2022: September exercise, November letter, 30 November patrol
      [0, 0, 0, 0, 0], // 2023
      [0, 0, 1, 0, 0], // 2024: coast guard
    ]);
    expect(axis.max).toBe(3);
  });

  it('chaque vue par année compte autant d’événements que sa ligne de l’axe', () => {
    for (const view of views.filter((v) => v.group === 'annee')) {
      const row = axis.counts[axis.years.indexOf(Number(view.path))] ?? [];
      expect(
        row.reduce((sum, n) => sum + n, 0),
        view.path,
      ).toBe(view.items.length);
    }
  });

  it('son texte de remplacement compte les événements datés, au singulier comme au pluriel', () => {
    // The rows above: 2 + 1 + 3 + 1 dated items over 2019–2024; the undated one has no bar.
    expect(axisDescription(axis)).toBe(
      '7\u00a0événements datés de 2019 à 2024. Détail par année et par type dans le tableau qui suit.',
    );
    const one = axisData(items.filter((item) => item.year === 2024));
    expect(axisDescription(one)).toBe(
      '1\u00a0événement daté en 2024. Détail par année et par type dans le tableau qui suit.',
    );
  });

  it('sans événement daté, un axe vide', () => {
    const undated = items.filter((item) => item.year === undefined);
    expect(axisData(undated)).toEqual({ years: [], kinds: [], counts: [], max: 0 });
  });
});

describe('pages de la chronologie', () => {
  // Fixture order: 2019 (air-2019-07, exo-2019-09), 2021 (nav-2021-10), 2022 (exo-2022-09,
  // lettre-2022-11-29, air-2022-11), 2024 (gc-2024-09), then the undated event (visite-taiwan).
  const pageIds = (size: number) =>
    paginateTimeline(items, size).map((page) => page.items.map((item) => item.id));

  it('tout tient sur une page quand la taille le permet', () => {
    const pages = paginateTimeline(items, 60);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items).toEqual(items);
    expect(pages[0]?.span).toBe('2019–2024 et non datés');
  });

  it('une année reste entière sur une page quand elle y tient', () => {
    expect(pageIds(3)).toEqual([
      ['air-2019-07', 'exo-2019-09', 'nav-2021-10'],
      ['exo-2022-09', 'lettre-2022-11-29', 'air-2022-11'],
      ['gc-2024-09', 'visite-taiwan'],
    ]);
    expect(paginateTimeline(items, 3).map((page) => page.span)).toEqual([
      '2019–2021',
      '2022',
      '2024 et non datés',
    ]);
  });

  it('une année plus longue qu’une page est coupée, et la page suivante le dit', () => {
    const pages = paginateTimeline(items, 2);
    expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([
      ['air-2019-07', 'exo-2019-09'],
      ['nav-2021-10'],
      ['exo-2022-09', 'lettre-2022-11-29'],
      ['air-2022-11', 'gc-2024-09'],
      ['visite-taiwan'],
    ]);
    expect(pages.map((page) => page.continuesYear)).toEqual([false, false, false, true, false]);
    expect(pages.map((page) => page.span)).toEqual(['2019', '2021', '2022', '2022–2024', 'non datés']);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('aucun événement perdu ni répété, quelle que soit la taille', () => {
    for (const size of [1, 2, 3, 4, 5, 7, 8, 100]) {
      const pages = paginateTimeline(items, size);
      expect(pages.flatMap((page) => page.items)).toEqual(items);
      for (const page of pages) expect(page.items.length).toBeGreaterThanOrEqual(1);
      for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(size);
    }
    expect(() => paginateTimeline(items, 0)).toThrow(RangeError);
  });

  it('adresses : la première page est la vue elle-même', () => {
    expect(urls.timelineView('', 1)).toBe('/chronologie/');
    expect(urls.timelineView('', 2)).toBe('/chronologie/page/2/');
    expect(urls.timelineView('2022', 1)).toBe('/chronologie/2022/');
    expect(urls.timelineView('pays/inde', 3)).toBe('/chronologie/pays/inde/page/3/');
  });
});

describe('l’introduction de la chronologie dit ce qu’elle couvre', () => {
  it('une sélection documentée, depuis sa première année, et des « premières fois » de cette chronologie seulement', () => {
    const text = timelineDescription([
      { year: 2012 },
      { year: 2005 },
      { year: undefined },
    ] as unknown as Parameters<typeof timelineDescription>[0]);
    expect(text).toMatch(/^Une sélection documentée .* depuis 2005,/);
    expect(text).toContain('Elle ne recense pas tous les exercices');
    expect(text).toContain('« premières fois » sont celles de cette chronologie');
  });
});

describe('une ligne par événement : quand, quoi, lequel, une phrase', () => {
  const line = (id: string) =>
    timelineLine(
      items.find((item) => item.id === id)!,
      countryName,
    );

  it('un événement du relevé : sa date, son type, sa fiche et ce qui s’est passé en une phrase', () => {
    const exercise = line('exo-2019-09');
    expect(exercise.dateText).toBe('du 16 au 21 septembre 2019');
    expect(exercise.dateIso).toBe('2019-09-16');
    expect(exercise.url).toBe('/faits/exo-2019-09/');
    // Russia and China take part in every event: the line names the others only, and the area.
    expect(exercise.summary).toBe('Autres pays : Inde et Iran ; mer du Japon.');
    expect(exercise.marks).toEqual([]);
    expect(line('nav-2021-10').summary).toBe('Mer du Japon.');
  });

  it('l’événement dont parle l’article est marqué comme son sujet, avec le chemin vers ses mots', () => {
    const patrol = line('air-2022-11');
    expect(patrol.marks.map((mark) => mark.text)).toEqual(['Sujet de l’article du 30 novembre 2022']);
    expect(patrol.marks[0]?.url).toMatch(/^\/articles\/article\/#p-[a-z0-9-]+:~:text=ont%20effectu/);
    // The article's other events are cited in it, not its subject.
    expect(line('lettre-2022-11-29').marks.map((mark) => mark.text)).toEqual([
      'Cité dans l’article du 30 novembre 2022',
    ]);
  });

  it('un événement que seul l’article rapporte se résume par ses mots', () => {
    expect(line('lettre-2022-11-29').summary).toBe('« Dans une lettre mardi »');
    expect(line('visite-taiwan').dateIso).toBeUndefined();
  });

  it('le lien vers une ligne mène à sa page de la chronologie, sur son ancre', () => {
    expect(timelineLineUrl('air-2022-11', items)).toBe('/chronologie/#air-2022-11');
    expect(timelineLineUrl('absent', items)).toBeUndefined();
  });
});
