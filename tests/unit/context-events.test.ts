import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
  compareEvents,
  derivedFirsts,
  frenchOrdinal,
  seriesFirstYears,
  seriesLabel,
  seriesOrdinals,
  sortDate,
  type SeriesEvent,
} from '../../src/lib/series';

// The schema imports `reference` from Astro's virtual module, which only exists inside Astro:
// a stand-in with the same behaviour (an id string becomes { id, collection }) lets the real
// schema validate every file here; `astro sync` checks the references themselves.
vi.mock('astro:content', async () => {
  const { z } = await import('astro/zod');
  return {
    reference: (collection: string) => z.string().transform((id) => ({ id, collection })),
  };
});
const { contextEventSchema } = await import('../../src/schema/context-event');

const ROOT = resolve(import.meta.dirname, '../..');
const DATASET_PATH = resolve(ROOT, '../shared/data/sino-russian-exercises.yaml');

/** An entry of the research dataset, as far as these tests read it. */
interface DatasetEntry {
  id: string;
  kind: string;
  name_en: string;
  name_fr: string;
  name_fr_source?: string;
  start_date: string;
  end_date: string;
  date_precision: string;
  participants: Record<string, string>;
  headline_numbers: string;
  notable_firsts: string[];
  unconfirmed?: string[];
  sources: { url: string; excerpt: string; translation?: string }[];
}

/** A content entry as written in YAML (before the schema's transforms). */
interface Entry {
  datasetId: string;
  kind: string;
  series?: string;
  name: { fr?: string; frSource?: string; translation?: string };
  nameEn: string;
  start: string;
  end?: string;
  startWindow?: { notBefore: string; notAfter: string };
  dateVariants?: { start?: string; end?: string; according: string }[];
  countries: string[];
  areas: string[];
  participants: { chine?: string; russie?: string; autres?: string };
  headlineNumbers?: string;
  features?: string[];
  unconfirmed?: string[];
  sources: { url: string; excerpt: string; translation?: string; lang: string; publisher?: string }[];
  [key: string]: unknown;
}

const datasetText = readFileSync(DATASET_PATH, 'utf8');
const dataset = parse(datasetText) as DatasetEntry[];
const byDatasetId = new Map(dataset.map((entry) => [entry.id, entry]));

const dir = join(ROOT, 'content/exercises');
const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));
const entries = files.map((file) => ({
  id: file.slice(0, -'.yaml'.length),
  raw: readFileSync(join(dir, file), 'utf8'),
  data: parse(readFileSync(join(dir, file), 'utf8')) as Entry,
}));
const source = (entry: { data: Entry }) => byDatasetId.get(entry.data.datasetId)!;
const asSeriesEvent = ({ id, data }: { id: string; data: Entry }): SeriesEvent => ({ id, ...data });
const events = entries.map(asSeriesEvent);
const idOf = (datasetId: string) => entries.find((entry) => entry.data.datasetId === datasetId)!.id;

const UNCONFIRMED = /^unconfirmed\b/;

describe('jeu de données → content/exercises', () => {
  it('56 entrées dans le jeu de données, 56 fichiers : les événements exclus ne sont que des commentaires', () => {
    // The excluded events (11th air patrol of 2026, Security Belt 2026, Zapad-2025, Security Belt
    // 2021, anti-missile drills) sit in a comment block, not among the 56 entries: 56 − 0 = 56.
    expect(dataset).toHaveLength(56);
    expect(entries).toHaveLength(56);
    expect(new Set(entries.map((entry) => entry.data.datasetId))).toEqual(new Set(byDatasetId.keys()));
    const excludedBlock = datasetText.slice(datasetText.indexOf('# NOT INCLUDED AS ENTRIES'));
    expect(excludedBlock).toContain('Zapad-2025');
    for (const { raw, data } of entries) {
      expect(data.start.startsWith('2026')).toBe(false);
      expect(raw).not.toMatch(/Zapad-2025|11th joint strategic air patrol|Security Belt 2026|anti-missile/i);
    }
  });

  it('chaque fichier est valide pour le schéma contextEventSchema', () => {
    for (const { id, data } of entries) {
      const result = contextEventSchema.safeParse(data);
      expect(result.success ? [] : result.error.issues, id).toEqual([]);
    }
  });

  it('identifiants : <slug>-<AAAA-MM>, le mois étant celui où l’événement est classé', () => {
    for (const event of events) {
      expect(event.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}$/);
      const placed = sortDate(event)!;
      expect(event.id.endsWith(`-${placed.year}-${String(placed.month).padStart(2, '0')}`), event.id).toBe(
        true,
      );
    }
    expect(idOf('air-patrol-05')).toBe('patrouille-aerienne-strategique-2022-11');
  });

  it('chaque entrée garde toutes ses sources : mêmes URL, extraits verbatim, traductions anglaises', () => {
    for (const entry of entries) {
      const expected = source(entry).sources.map(({ url, excerpt, translation }) => ({
        url,
        excerpt,
        translation,
      }));
      const actual = entry.data.sources.map(({ url, excerpt, translation }) => ({
        url,
        excerpt,
        translation,
      }));
      expect(actual, entry.id).toEqual(expected);
    }
  });

  it('langue des extraits : le français, le chinois et le coréen sont reconnus', () => {
    const langs = (datasetId: string) =>
      entries.find((e) => e.data.datasetId === datasetId)!.data.sources.map((s) => s.lang);
    expect(langs('air-patrol-01')).toEqual(['en', 'en', 'fr', 'ko', 'en']);
    expect(langs('air-patrol-03')).toEqual(['en', 'zh', 'zh', 'en']);
    for (const { data } of entries) {
      for (const s of data.sources) if (/[\u4e00-\u9fff]/.test(s.excerpt)) expect(s.lang).toBe('zh');
    }
  });

  it('les dates gardent leur précision (un mois reste AAAA-MM) ; une fin égale au début est omise', () => {
    for (const entry of entries) {
      const { start_date: start, end_date: end } = source(entry);
      const expectedStart = UNCONFIRMED.test(start) ? 'inconnue' : start;
      const expectedEnd = UNCONFIRMED.test(end) ? 'inconnue' : end;
      expect(entry.data.start, entry.id).toBe(expectedStart);
      expect(entry.data.end ?? entry.data.start, entry.id).toBe(expectedEnd);
    }
    const data = (datasetId: string) => entries.find((e) => e.data.datasetId === datasetId)!.data;
    expect(data('mosi-1-2019')).toMatchObject({ start: '2019-11' });
    expect(data('mosi-1-2019').end).toBeUndefined();
    expect(data('naval-patrol-02')).toMatchObject({ start: '2022-09-15', end: '2022-10' });
    expect(data('submarine-patrol-01')).toMatchObject({ start: '2025-08', end: '2025-08-27' });
    expect(data('naval-patrol-04')).toMatchObject({ start: 'inconnue', end: '2024-07' });
    expect(data('naval-patrol-05')).toMatchObject({
      start: 'inconnue',
      end: 'inconnue',
      startWindow: { notBefore: '2024-09-27', notAfter: '2024-10-01' },
    });
  });

  it('variantes de dates : 24 ou 25 juillet 2024 pour la patrouille près de l’Alaska', () => {
    const alaska = entries.find((e) => e.data.datasetId === 'air-patrol-08')!.data;
    expect(alaska.start).toBe('2024-07-24');
    expect(alaska.dateVariants).toEqual([expect.objectContaining({ start: '2024-07-25' })]);
  });

  it('ce que la recherche n’a pas confirmé reste absent, et est dit dans `unconfirmed`', () => {
    for (const entry of entries) {
      const research = source(entry);
      const mustExplain =
        (research.unconfirmed?.length ?? 0) > 0 ||
        UNCONFIRMED.test(research.start_date) ||
        UNCONFIRMED.test(research.end_date) ||
        UNCONFIRMED.test(research.headline_numbers) ||
        Object.values(research.participants).some((value) => UNCONFIRMED.test(value));
      if (mustExplain) expect(entry.data.unconfirmed?.length, entry.id).toBeGreaterThan(0);
      expect(entry.data.unconfirmed?.length ?? 0).toBeGreaterThanOrEqual(research.unconfirmed?.length ?? 0);
      if (UNCONFIRMED.test(research.headline_numbers))
        expect(entry.data.headlineNumbers, entry.id).toBeUndefined();
      for (const [datasetKey, key] of [
        ['china', 'chine'],
        ['russia', 'russie'],
        ['others', 'autres'],
      ] as const) {
        const value = research.participants[datasetKey];
        if (value === undefined || value === 'unconfirmed') {
          expect(entry.data.participants[key], `${entry.id} ${key}`).toBeUndefined();
        }
      }
      // No English research marker leaks into the French text.
      expect(entry.raw.replace(/^\s*(confirmation|nameEn): .*$/gm, '')).not.toMatch(
        /\bunconfirmed\b(?!:)|\bnot found\b/,
      );
    }
    expect(entries.find((e) => e.data.datasetId === 'mosi-1-2019')!.data.participants).toEqual({
      autres: expect.any(String),
    });
  });

  it('nom français seulement là où la recherche en a lu un ; sinon traduction de la rédaction', () => {
    for (const entry of entries) {
      const research = source(entry);
      const { name } = entry.data;
      if (research.name_fr === 'not found') {
        expect(name, entry.id).toEqual({ translation: expect.any(String) });
      } else {
        expect(name.translation, entry.id).toBeUndefined();
        expect(name.frSource, entry.id).toBe(research.name_fr_source);
        expect(research.name_fr, entry.id).toContain(name.fr);
      }
      expect(entry.data.nameEn).toBe(research.name_en);
    }
    expect(entries.filter((entry) => entry.data.name.fr !== undefined)).toHaveLength(28);
  });

  it('pays et lieux : la Russie et la Chine toujours, et chaque identifiant existe', () => {
    for (const { id, data } of entries) {
      expect(data.countries.slice(0, 2), id).toEqual(['russie', 'chine']);
      for (const actor of data.countries)
        expect(existsSync(join(ROOT, 'content/actors', `${actor}.yaml`)), actor).toBe(true);
      for (const place of data.areas)
        expect(existsSync(join(ROOT, 'content/places', `${place}.yaml`)), place).toBe(true);
    }
    const countries = (datasetId: string) =>
      entries.find((e) => e.data.datasetId === datasetId)!.data.countries;
    expect(countries('security-belt-2019')).toContain('iran');
    expect(countries('mosi-2-2023')).toContain('afrique-du-sud');
    expect(countries('peace-mission-2018')).toContain('inde');
  });

  it('le texte français suit la typographie du site : apostrophe ’, pas de guillemets droits', () => {
    for (const { id, data } of entries) {
      const { sources, nameEn, nameAlt, confirmation, ...french } = data;
      void [sources, nameEn, nameAlt, confirmation];
      expect(JSON.stringify(french).replace(/https?:[^"]*/g, ''), id).not.toMatch(/'|\\"/);
    }
  });
});

describe('schéma contextEventSchema : cas refusés', () => {
  const valid = entries.find((e) => e.data.datasetId === 'air-patrol-05')!.data;

  it('accepte l’entrée de référence', () => {
    expect(contextEventSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['une fin égale au début', { end: valid.start }],
    ['une fin avant le début', { end: '2022-11-29' }],
    ['un champ inconnu', { ordinal: 5 }],
    ['une date impossible', { start: '2022-02-30' }],
    ['un début inconnu sans fin', { start: 'inconnue' }],
    ['un début inconnu non expliqué', { start: 'inconnue', end: '2022-11' }],
    ['une liste de sources vide', { sources: [] }],
    ['une source sans URL valide', { sources: [{ ...valid.sources[0], url: 'pas une URL' }] }],
    ['un nom à la fois lu et traduit', { name: { fr: 'x', frSource: 'https://a.fr/', translation: 'y' } }],
    ['des pays sans la Chine', { countries: ['russie', 'inde'] }],
    [
      'une variante identique aux dates principales',
      { dateVariants: [{ start: valid.start, according: 'x' }] },
    ],
    ['un sous-type d’une autre famille', { subkind: 'naval' }],
  ])('refuse %s', (_label, change) => {
    expect(contextEventSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('une page citée deux fois garde le même éditeur : sinon l’erreur nomme la seconde citation', () => {
    const [first] = valid.sources;
    const twice = (publisher: string | undefined) => ({
      sources: [first, { ...first, excerpt: 'Un autre passage.', publisher }, ...valid.sources.slice(1)],
    });
    expect(contextEventSchema.safeParse({ ...valid, ...twice(first!.publisher) }).success).toBe(true);
    for (const publisher of ['Autre éditeur', undefined]) {
      const result = contextEventSchema.safeParse({ ...valid, ...twice(publisher) });
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        [
          'sources.1.publisher',
          `page déjà citée plus haut avec \`publisher: ${first!.publisher}\` : la même valeur est attendue`,
        ],
      ]);
    }
  });

  it('donne ses erreurs en français', () => {
    const result = contextEventSchema.safeParse({ ...valid, end: valid.start });
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      '`end` identique à `start` : omettre `end`',
    );
  });
});

describe('séries : rangs et « premières fois » dérivés', () => {
  const ordinals = seriesOrdinals(events);
  const ENGLISH_ORDINAL = /^(\d+)(?:st|nd|rd|th)\b/;

  it('la patrouille du 30 novembre 2022 est la 5e patrouille aérienne stratégique conjointe', () => {
    expect(ordinals.get('patrouille-aerienne-strategique-2022-11')).toBe(5);
  });

  it('chaque patrouille aérienne a le rang de son nom anglais (numérotation officielle chinoise)', () => {
    const airPatrols = entries.filter((entry) => source(entry).kind === 'air patrol');
    expect(airPatrols).toHaveLength(10);
    for (const entry of airPatrols) {
      const rank = Number(ENGLISH_ORDINAL.exec(entry.data.nameEn)![1]);
      expect(ordinals.get(entry.id), entry.id).toBe(rank);
    }
  });

  it('les patrouilles navales, sous-marines et de garde-côtes numérotées ont aussi le rang de leur nom', () => {
    const numbered = entries.filter(
      (entry) => /patrol/.test(source(entry).kind) && ENGLISH_ORDINAL.test(entry.data.nameEn),
    );
    expect(numbered.length).toBe(17);
    for (const entry of numbered) {
      expect(ordinals.get(entry.id), entry.id).toBe(Number(ENGLISH_ORDINAL.exec(entry.data.nameEn)![1]));
    }
    // The 2025 maritime patrol's rank is unconfirmed: it stays out of the numbered series.
    expect(ordinals.has(idOf('naval-patrol-06'))).toBe(false);
  });

  it('Vostok-2022 est la 4e participation chinoise à un exercice stratégique russe, Mosi II le 2e Mosi', () => {
    expect(ordinals.get(idOf('vostok-2018'))).toBe(1);
    expect(ordinals.get(idOf('vostok-2022'))).toBe(4);
    expect(ordinals.get(idOf('mosi-2-2023'))).toBe(2);
  });

  it('ordinaux français : 1re, 1er, 2e, 5e', () => {
    expect(frenchOrdinal(1)).toBe('1re');
    expect(frenchOrdinal(1, 'm')).toBe('1er');
    expect(frenchOrdinal(2)).toBe('2e');
    expect(frenchOrdinal(5)).toBe('5e');
    expect(() => frenchOrdinal(0)).toThrow();
  });

  it('libellé de rang : « 5e patrouille aérienne stratégique conjointe depuis 2019 »', () => {
    const since = seriesFirstYears(events).get('patrouille-aerienne-strategique');
    expect(since).toBe(2019);
    expect(seriesLabel(5, 'patrouille aérienne stratégique conjointe', { since })).toBe(
      '5e patrouille aérienne stratégique conjointe depuis 2019',
    );
    expect(seriesLabel(1, 'patrouille aérienne stratégique conjointe', { since })).toBe(
      '1re patrouille aérienne stratégique conjointe',
    );
    expect(seriesLabel(1, 'exercice Mosi', { gender: 'm' })).toBe('1er exercice Mosi');
  });

  it('premières fois dérivées : la plus ancienne entrée portant la caractéristique', () => {
    const firsts = derivedFirsts(events);
    expect(firsts.get('atterrissage-dans-l-autre-pays')).toBe('patrouille-aerienne-strategique-2022-11');
    expect(firsts.get('exercice-amphibie')).toBe(idOf('joint-sea-2015-2'));
    expect(firsts.get('sauvetage-sous-marin')).toBe(idOf('joint-sea-2017-2'));
    // Each derived first is one the research itself calls a first.
    for (const id of firsts.values()) {
      const entry = entries.find((e) => e.id === id)!;
      expect(
        source(entry).notable_firsts.some((text) => /\bfirst\b/i.test(text)),
        id,
      ).toBe(true);
    }
  });

  it('ordre total stable : date, précision la plus grossière d’abord, puis identifiant', () => {
    const sample: SeriesEvent[] = [
      { id: 'b', series: 's', start: '2022-11-30' },
      { id: 'a', series: 's', start: '2022-11-30' },
      { id: 'c', series: 's', start: '2022-11' },
      { id: 'd', series: 's', start: 'inconnue', end: '2022-12' },
      {
        id: 'e',
        series: 's',
        start: 'inconnue',
        end: 'inconnue',
        startWindow: { notBefore: '2022-10-27', notAfter: '2022-11-01' },
      },
      { id: 'f', series: 't', start: '2022' },
      { id: 'g', start: '2021-01-01' },
    ];
    expect([...sample].sort(compareEvents).map((event) => event.id)).toEqual([
      'g',
      'f',
      'e',
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(Object.fromEntries(seriesOrdinals([...sample].reverse()))).toEqual({
      e: 1,
      c: 2,
      a: 3,
      b: 4,
      d: 5,
      f: 1,
    });
    expect(
      derivedFirsts([
        { id: 'z', start: '2020-05-02', features: ['x'] },
        { id: 'y', start: '2020-05', features: ['x', 'w'] },
      ]),
    ).toEqual(
      new Map([
        ['x', 'y'],
        ['w', 'y'],
      ]),
    );
  });
});
