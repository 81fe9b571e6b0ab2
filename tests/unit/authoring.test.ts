import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { previousTuesday } from 'date-fns/previousTuesday';
import { previousWednesday } from 'date-fns/previousWednesday';
import { formatISO } from 'date-fns/formatISO';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files';
import { reviewContent } from '../../src/lib/content-review';
import { figureWordsIssues } from '../../src/lib/figure-words';
import { resolveDatePhrase } from '../../src/lib/relative-date';
import { parsePartialDate, toIso } from '../../src/dates/partial-date';
import { contentJsonSchemas, referenceIds, schemaFileText } from '../../src/lib/content-json-schemas';
import { parseReceivedText } from '../../src/authoring/received-text';
import { proposeFacts, type Proposals } from '../../src/authoring/proposals';
import { compareDraft } from '../../src/authoring/draft-comparison';
import { draftFile } from '../../src/authoring/draft-file';
import { publicationDate } from '../../src/authoring/publication-date';

const PROJECT = resolve(import.meta.dirname, '../..');
const SEED = join(PROJECT, 'content/sources/article-2022-11.txt');
const LATER = join(PROJECT, 'tests/fixtures/received/patrouille-2023-06.txt');
const SEED_ENTRY = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';

const { content } = readContent(PROJECT);
const known = {
  actors: new Map(content.actors.map((e) => [e.id, e.data])),
  aircraft: new Map(content.aircraft.map((e) => [e.id, e.data])),
  places: new Map(content.places.map((e) => [e.id, e.data])),
};
const propose = (file: string, date: string) => {
  const received = parseReceivedText(readFileSync(file, 'utf8'));
  return { received, proposals: proposeFacts(received.paragraphs, date, known) };
};

/** Every proposal agrees with its own words, as the site's checks read them. */
function expectConsistent(proposals: Proposals, body: string, published: string) {
  for (const figure of proposals.figures) {
    expect(body).toContain(figure.quote);
    expect(figureWordsIssues(figure), figure.quote).toEqual([]);
  }
  for (const event of proposals.events) {
    expect(body.toLowerCase()).toContain(event.quote.toLowerCase());
    expect(event.quote.toLowerCase()).toContain(event.when);
    expect(toIso(resolveDatePhrase(event.when, parsePartialDate(published))!)).toBe(toIso(event.date));
  }
  for (const reference of proposals.references) expect(reference.quote).toContain(reference.naming);
}

describe('texte reçu', () => {
  it('lit la ligne « date » du texte de départ, collée au premier paragraphe, et garde chaque mot', () => {
    const raw = readFileSync(SEED, 'utf8');
    const received = parseReceivedText(raw);
    expect(received.sourceDate).toBe('2022-11');
    expect(received.paragraphs[0]).toMatch(/^Des bombardiers stratégiques/);
    // Words unchanged: the paragraphs hold every word of the text after its date line.
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(received.paragraphs.join(' '))).toEqual(words(raw).slice(2));
  });

  it('exige le jour de publication quand le texte ne donne que le mois, et le refuse hors de ce mois', () => {
    expect(publicationDate('2022-11', undefined)).toEqual({
      error: expect.stringContaining('--date AAAA-MM-JJ'),
    });
    expect(publicationDate('2022-11', '2022-12-01')).toEqual({ error: expect.stringContaining('(2022-11)') });
    expect(publicationDate('2022-11', '2022-11-31')).toEqual({
      error: expect.stringContaining('date existante'),
    });
    expect(publicationDate('2022-11-30', undefined)).toEqual({ iso: '2022-11-30' });
  });
});

describe('brouillon du texte de départ, comparé à son entrée écrite à la main', () => {
  const { received, proposals } = propose(SEED, '2022-11-30');
  const committed = content.articles.find((article) => article.filePath === SEED_ENTRY)!;
  const body = received.paragraphs.join('\n\n');
  const comparison = compareDraft(proposals, committed.data, body);

  it('propose au moins 90 % des chiffres, événements et fiches de l’entrée, et rien de faux', () => {
    console.log(`Brouillon du texte de départ : ${comparison.found} sur ${comparison.total} trouvés`);
    expect(comparison.found / comparison.total).toBeGreaterThanOrEqual(0.9);
    expect(comparison.wrong).toEqual([]);
  });

  it('chaque chiffre de l’entrée est proposé avec la même valeur, la même unité, le même qualificatif et la même citation', () => {
    for (const figure of committed.data.figures)
      expect(proposals.figures).toContainEqual(
        expect.objectContaining({
          value: figure.value,
          unit: figure.unit,
          qualifier: figure.qualifier,
          quote: figure.quote,
        }),
      );
  });

  it('chaque proposition s’accorde avec ses propres mots', () => {
    expectConsistent(proposals, body, '2022-11-30');
  });

  it('ne prend pas « mer » (la mer du Japon) pour un mercredi ni « Chine » dans « mer de Chine orientale » pour la Chine', () => {
    expect(proposals.events.filter((event) => event.when === 'mercredi')).toHaveLength(1);
    const china = proposals.references.find((reference) => reference.ref === 'chine')!;
    expect(body.indexOf(china.quote)).not.toBe(body.indexOf('mer de Chine orientale') + 'mer de '.length);
  });
});

describe('brouillon d’un autre texte : la patrouille des 6 et 7 juin 2023', () => {
  const published = '2023-06-08';
  const { received, proposals } = propose(LATER, published);
  const body = received.paragraphs.join('\n\n');
  const day = (date: Date) => formatISO(date, { representation: 'date' });
  const thursday = new Date(2023, 5, 8);

  it('trouve ses chiffres, en chiffres comme en lettres, chacun cité sans ambiguïté', () => {
    const figures = proposals.figures.map(({ value, unit, qualifier }) => ({ value, unit, qualifier }));
    // « deux bombardiers » (russes), « deux bombardiers » (chinois), « environ huit heures ».
    expect(figures).toEqual([
      { value: 2, unit: 'bombardier', qualifier: undefined },
      { value: 2, unit: 'bombardier', qualifier: undefined },
      { value: 8, unit: 'heure', qualifier: 'environ' },
    ]);
    const [first, second] = proposals.figures;
    expect(body.indexOf(first!.quote)).not.toBe(body.indexOf(second!.quote));
  });

  it('résout « mardi » et « mercredi » aux jours qui précèdent la parution du jeudi, et une date avec son année', () => {
    const dates = Object.fromEntries(proposals.events.map((event) => [event.when, toIso(event.date)]));
    expect(dates['mardi']).toBe(day(previousTuesday(thursday)));
    expect(dates['mercredi']).toBe(day(previousWednesday(thursday)));
    expect(dates['le 30 novembre 2022']).toBe('2022-11-30');
  });

  it('reconnaît ses fiches connues, sous leurs autres noms aussi (« Tu-95MS » est le Tu-95)', () => {
    const refs = proposals.references.map((reference) => `${reference.collection}/${reference.ref}`);
    expect(refs).toEqual(
      expect.arrayContaining([
        'aircraft/tu-95',
        'aircraft/h-6k',
        'actors/ministere-russe-defense',
        'actors/ministere-chinois-defense',
        'places/mer-du-japon',
        'places/mer-de-chine-orientale',
        'places/pacifique-occidental',
      ]),
    );
    expect(proposals.references.find((reference) => reference.ref === 'tu-95')?.naming).toBe('Tu-95MS');
    // « russes » makes Russia an actor of the patrol, though the text never names it.
    expect(proposals.events[0]?.actors).toEqual(expect.arrayContaining(['russie', 'chine']));
  });

  it('liste les noms sans fiche : un pays, une ville, des désignations d’avions', () => {
    expect(proposals.unknownNames).toEqual(
      expect.arrayContaining([
        { words: 'Corée du Sud', designation: false },
        { words: 'Tokyo', designation: false },
        { words: 'Su-30SM', designation: true },
        { words: 'Su-35S', designation: true },
      ]),
    );
    const names = proposals.unknownNames.map((name) => name.words);
    for (const known of ['Tu-95MS', 'H-6K', 'Chine', 'Des', 'Le', 'Selon', 'La'])
      expect(names).not.toContain(known);
  });

  it('chaque proposition s’accorde avec ses propres mots', () => {
    expectConsistent(proposals, body, published);
  });
});

describe('le brouillon écrit passe les contrôles du site, et sa publication attend la relecture', () => {
  let root: string;
  const slug = 'patrouille-2023-06';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'brouillon-'));
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(PROJECT, 'published-facts.json'), join(root, 'published-facts.json'));
    const { received, proposals } = propose(LATER, '2023-06-08');
    writeFileSync(
      join(root, `content/articles/${slug}.md`),
      draftFile({
        paragraphs: received.paragraphs,
        sourceDate: received.sourceDate,
        date: '2023-06-08',
        proposals,
        takenIds: new Set(content.exercises.map((e) => e.id)),
      }),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('aucune erreur de contenu ; la relecture liste chaque marque avec sa ligne et les faits non vérifiés', () => {
    const report = reviewContent(root);
    expect(report.issues).toEqual([]);
    const [draft] = report.drafts;
    expect(draft?.file).toBe(`content/articles/${slug}.md`);
    const lines = readFileSync(join(root, draft!.file), 'utf8').split('\n');
    expect(draft!.marks.length).toBeGreaterThan(0);
    for (const mark of draft!.marks) expect(lines[mark.line - 1]).toContain('# À REVOIR');
    expect(draft!.marks.map((mark) => mark.note)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('« Corée du Sud »'),
        expect.stringContaining('« Su-35S »'),
      ]),
    );
    expect(draft!.unchecked.length).toBeGreaterThan(0);
  });

  it('sans « draft: true », chaque marque restante est une erreur qui nomme le fichier et la ligne', () => {
    const file = join(root, `content/articles/${slug}.md`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^draft: true.*\n/m, ''));
    const { issues, drafts } = reviewContent(root);
    writeFileSync(file, text);
    expect(drafts).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.file).toBe(`content/articles/${slug}.md`);
      expect(issue.field).toMatch(/^ligne \d+$/);
      expect(issue.message).toContain('marque « À REVOIR » restante');
    }
  });
});

describe('schémas JSON pour les éditeurs', () => {
  it('les fichiers de schemas/ sont à jour (sinon : npm run schemas)', () => {
    for (const [name, schema] of Object.entries(contentJsonSchemas(referenceIds(content))))
      expect(readFileSync(join(PROJECT, `schemas/${name}.schema.json`), 'utf8'), name).toBe(
        schemaFileText(schema),
      );
  });

  it('une référence propose les identifiants qui existent : ref d’un acteur, places d’un événement', () => {
    const article = contentJsonSchemas(referenceIds(content))['article'] as {
      properties: Record<string, { items: { properties: Record<string, { enum?: string[] }> } }>;
    };
    const actorRef = article.properties['actors']!.items.properties['ref']!.enum;
    expect(actorRef).toEqual(content.actors.map((e) => e.id).sort());
  });
});
