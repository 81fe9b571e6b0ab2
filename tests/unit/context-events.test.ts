import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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

const { contextEventSchema } = await import('../../src/schema/context-event');

const ROOT = resolve(import.meta.dirname, '../..');

/** A content entry as written in YAML (before the schema's transforms). */
interface Entry {
  datasetId: string;
  kind: string;
  series?: string;
  nameEn: string;
  start: string;
  countries: string[];
  areas: string[];
  notableFirsts?: string[];
  sources: { url: string; excerpt: string; translation?: string; lang: string; publisher: string }[];
  [key: string]: unknown;
}

// `content/exercises/` is the record's source of truth: these tests read it, never the research
// dataset it was once imported from.
const dir = join(ROOT, 'content/exercises');
const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));
const entries = files.map((file) => ({
  id: file.slice(0, -'.yaml'.length),
  raw: readFileSync(join(dir, file), 'utf8'),
  data: parse(readFileSync(join(dir, file), 'utf8')) as Entry,
}));
const asSeriesEvent = ({ id, data }: { id: string; data: Entry }): SeriesEvent => ({ id, ...data });
const events = entries.map(asSeriesEvent);
const idOf = (datasetId: string) => entries.find((entry) => entry.data.datasetId === datasetId)!.id;

describe('content/exercises : le relevé des exercices', () => {
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
  });

  it('langue des extraits : un extrait en caractères chinois est marqué `zh`', () => {
    for (const { data } of entries) {
      for (const s of data.sources) if (/[\u4e00-\u9fff]/.test(s.excerpt)) expect(s.lang).toBe('zh');
    }
  });

  it('aucune marque anglaise de la recherche ne passe dans le texte français', () => {
    for (const entry of entries) {
      expect(entry.raw.replace(/^\s*(confirmation|nameEn): .*$/gm, ''), entry.id).not.toMatch(
        /\bunconfirmed\b(?!:)|\bnot found\b/,
      );
    }
  });

  it('pays et lieux : la Russie et la Chine toujours, et chaque identifiant existe', () => {
    for (const { id, data } of entries) {
      expect(data.countries.slice(0, 2), id).toEqual(['russie', 'chine']);
      for (const actor of data.countries)
        expect(existsSync(join(ROOT, 'content/actors', `${actor}.yaml`)), actor).toBe(true);
      for (const place of data.areas)
        expect(existsSync(join(ROOT, 'content/places', `${place}.yaml`)), place).toBe(true);
    }
  });

  it('le texte français suit la typographie du site : apostrophe ’, pas de guillemets droits', () => {
    for (const { id, data } of entries) {
      const { sources, nameEn, nameAlt, confirmation, corrections, ...french } = data;
      void [sources, nameEn, nameAlt, confirmation];
      // A correction's own words are French; its sources' excerpts are verbatim in their language.
      const correctionsFrench = ((corrections ?? []) as { sources: unknown }[]).map(
        ({ sources: cited, ...rest }) => (void cited, rest),
      );
      expect(JSON.stringify(correctionsFrench), id).not.toMatch(/'|\\"/);
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
    const twice = (publisher: string) => ({
      sources: [first, { ...first, excerpt: 'Un autre passage.', publisher }, ...valid.sources.slice(1)],
    });
    expect(contextEventSchema.safeParse({ ...valid, ...twice(first!.publisher) }).success).toBe(true);
    for (const publisher of ['autre-editeur']) {
      const result = contextEventSchema.safeParse({ ...valid, ...twice(publisher) });
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        [
          'sources.1.publisher',
          `page déjà citée plus haut avec \`publisher: ${first!.publisher}\` : la même valeur est attendue`,
        ],
      ]);
    }
  });

  it('une patrouille numérotée est titrée par son rang : un titre écrit à la main est refusé', () => {
    const result = contextEventSchema.safeParse({ ...valid, title: 'Patrouille de novembre' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'title',
        `le titre des événements de la série « ${valid.series} » est leur rang (« 5e patrouille aérienne stratégique conjointe ») : omettre \`title\``,
      ],
    ]);
  });

  it('une édition d’une série nommée porte le nom français de la série', () => {
    const joint = entries.find((e) => e.data.series === 'mer-conjointe')!.data;
    expect(contextEventSchema.safeParse(joint).success).toBe(true);
    // The French source's own name (« Exercise Joint Sea-2024 ») cannot title the edition.
    const result = contextEventSchema.safeParse({
      ...joint,
      title: undefined,
      name: { fr: 'Exercise Joint Sea-2024', frSource: 'https://exemple.fr/' },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'title',
        'un événement de la série « mer-conjointe » s’intitule « Mer conjointe … » (reçu : « Exercise Joint Sea-2024 ») : donner `title`',
      ],
    ]);
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
    const airPatrols = entries.filter((entry) => entry.data.series === 'patrouille-aerienne-strategique');
    expect(airPatrols.length).toBeGreaterThan(0);
    for (const entry of airPatrols) {
      const rank = Number(ENGLISH_ORDINAL.exec(entry.data.nameEn)![1]);
      expect(ordinals.get(entry.id), entry.id).toBe(rank);
    }
  });

  it('les patrouilles navales, sous-marines et de garde-côtes numérotées ont aussi le rang de leur nom', () => {
    const numbered = entries.filter(
      (entry) => /^patrouille-/.test(entry.data.kind) && ENGLISH_ORDINAL.test(entry.data.nameEn),
    );
    expect(numbered.length).toBeGreaterThan(0);
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
    // Peace Mission 2005, since the correction of 1 December 2026 (Joint Sea-2015 II had been named).
    expect(firsts.get('exercice-amphibie')).toBe(idOf('peace-mission-2005'));
    expect(firsts.get('sauvetage-sous-marin')).toBe(idOf('joint-sea-2017-2'));
    // Each derived first is one the research itself calls a first.
    for (const id of firsts.values()) {
      const entry = entries.find((e) => e.id === id)!;
      expect(
        (entry.data.notableFirsts ?? []).some((text) => /\bpremi(?:er|ère)\b/i.test(text)),
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

describe('les erreurs du relevé et des lieux parlent français', () => {
  const valid = entries.find((e) => e.data.datasetId === 'air-patrol-05')!.data;

  it('une clé inconnue dans content/exercises/ nomme la clé et les champs attendus', () => {
    const messages = contextEventSchema
      .safeParse({ ...valid, auteur: 'X' })
      .error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/^clé inconnue : « auteur » \(champs attendus : datasetId, kind,/),
    ]);
  });

  it('une longitude hors bornes le dit en français', async () => {
    const { placeSchema } = await import('../../src/schema/place');
    const place = {
      name: 'mer du Japon',
      kind: 'mer',
      center: [200, 40],
      coordinatesSource: 'approximation',
    };
    const messages = placeSchema.safeParse(place).error?.issues.map((i) => i.message) ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Trop grand|longitude attendue/);
    expect(messages[0]).not.toMatch(/Too (small|big)/);
  });
});
