import { describe, expect, it } from 'vitest';
import { buildArticles, type ArticleInput, type KnownIds } from '../../src/lib/article-model';
import type { ContentIssue } from '../../src/lib/content-issues';
import type { ArticleData } from '../../src/schema/article';

const ref = <C extends 'actors' | 'aircraft' | 'places' | 'exercises'>(collection: C, id: string) => ({
  collection,
  id,
});

const known: KnownIds = {
  actors: new Set(['russie', 'chine', 'xi-jinping']),
  aircraft: new Map([['tu-95', { designation: 'Tu-95', role: 'bombardier stratégique' }]]),
  places: new Set(['mer-du-japon', 'ukraine']),
  exercises: new Set(['vostok-2022']),
  publishers: new Set(['cgtn']),
};

const FILE = 'content/articles/patrouille.md';

const body = [
  'Des bombardiers russes et chinois ont effectué mercredi une patrouille conjointe au-dessus de la mer du Japon, dont des Tu-95.',
  '',
  'En septembre, Pékin a envoyé plus de 2 000 soldats à un exercice russe.',
  '',
  'La Russie a envoyé ses troupes en Ukraine le 24 février.',
  '',
  'Ses achats ont plus que doublé, pour atteindre 10,2 milliards de dollars en octobre.',
  '',
  'Dans une lettre mardi, le président chinois Xi Jinping a salué l’amitié « sans limites » des deux pays.',
].join('\n');

/** A valid article of Wednesday 30 November 2022, rebuilt for every test so each can break it. */
function validData(): ArticleData {
  return {
    draft: false,
    editorial: {
      title: 'Patrouille conjointe au-dessus de la mer du Japon',
      summary: 'Des bombardiers russes et chinois ont volé ensemble.',
    },
    sourceDate: '2022-11',
    date: '2022-11-30',
    dateBasis: 'Le texte reçu est daté de novembre 2022 et rapporte la patrouille du mercredi 30.',
    actors: [
      { ref: ref('actors', 'russie'), quote: 'La Russie a envoyé ses troupes' },
      { ref: ref('actors', 'chine'), quote: 'Pékin a envoyé' },
      { ref: ref('actors', 'xi-jinping'), quote: 'le président chinois Xi Jinping' },
    ],
    places: [
      { ref: ref('places', 'mer-du-japon'), quote: 'la mer du Japon' },
      { ref: ref('places', 'ukraine'), quote: 'en Ukraine' },
    ],
    aircraft: [{ ref: ref('aircraft', 'tu-95'), quote: 'des Tu-95' }],
    figures: [
      {
        id: 'soldats-exercice-2022-09',
        label: 'Soldats envoyés par Pékin',
        value: 2000,
        unit: 'soldat',
        qualifier: 'plus-de',
        event: 'exercice-2022-09',
        quote: 'plus de 2 000 soldats',
      },
      {
        id: 'achats-energie-2022-10',
        label: 'Achats d’énergie en octobre',
        value: 10_200_000_000,
        unit: 'dollar',
        event: 'achats-2022-10',
        quote: '10,2 milliards de dollars',
      },
      {
        id: 'hausse-achats-sur-un-an',
        label: 'Hausse des achats sur un an',
        value: 2,
        unit: 'multiple',
        qualifier: 'plus-de',
        event: 'achats-2022-10',
        quote: 'ont plus que doublé',
      },
    ],
    events: [
      {
        id: 'patrouille-2022-11-30',
        label: 'Patrouille conjointe',
        kind: 'patrouille-aerienne',
        when: 'mercredi',
        date: '2022-11-30',
        actors: [ref('actors', 'russie'), ref('actors', 'chine')],
        aircraft: [ref('aircraft', 'tu-95')],
        places: [ref('places', 'mer-du-japon')],
        quote: 'ont effectué mercredi une patrouille conjointe',
      },
      {
        id: 'lettre-2022-11-29',
        label: 'Lettre de Xi Jinping',
        kind: 'contexte-politique',
        when: 'mardi',
        actors: [ref('actors', 'xi-jinping')],
        aircraft: [],
        places: [],
        quote: 'Dans une lettre mardi',
      },
      {
        id: 'exercice-2022-09',
        label: 'Exercice conjoint',
        kind: 'exercice',
        when: 'en septembre',
        // An explicit date may narrow down the words of the text.
        date: '2022-09-05',
        actors: [ref('actors', 'chine'), ref('actors', 'russie')],
        aircraft: [],
        places: [],
        sameAs: ref('exercises', 'vostok-2022'),
        quote: 'En septembre, Pékin a envoyé',
      },
      {
        id: 'invasion-2022-02-24',
        label: 'Envoi des troupes russes en Ukraine',
        kind: 'contexte-militaire',
        when: 'le 24 février',
        actors: [ref('actors', 'russie')],
        aircraft: [],
        places: [ref('places', 'ukraine')],
        quote: 'a envoyé ses troupes en Ukraine le 24 février',
      },
      {
        id: 'achats-2022-10',
        label: 'Achats chinois d’énergie russe',
        kind: 'contexte-economique',
        when: 'en octobre',
        actors: [],
        aircraft: [],
        places: [],
        quote: 'pour atteindre 10,2 milliards de dollars en octobre',
      },
      {
        id: 'amitie-sans-limites',
        label: 'Amitié « sans limites »',
        kind: 'contexte-politique',
        actors: [ref('actors', 'chine'), ref('actors', 'russie')],
        aircraft: [],
        places: [],
        quote: 'l’amitié « sans limites »',
      },
    ],
    claims: [],
  };
}

/** A checked statement of the test article (its first sentence), with `changes` applied. */
function claimOf(changes: Partial<ArticleData['claims'][number]> = {}): ArticleData['claims'][number] {
  return {
    id: 'affirmation-patrouille',
    label: 'Une patrouille conjointe',
    event: 'patrouille-2022-11-30',
    quote: 'ont effectué mercredi une patrouille conjointe',
    check: {
      verdict: 'confirme',
      summary: 'Les ministères l’ont annoncée.',
      sources: [
        {
          url: 'https://exemple.org/patrouille',
          publisher: 'cgtn',
          date: '2022-11-30',
          lang: 'fr',
          excerpt: 'Une patrouille conjointe a eu lieu.',
        },
      ],
    },
    ...changes,
  };
}

const input = (data: ArticleData, overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  id: 'patrouille',
  filePath: FILE,
  body,
  data,
  ...overrides,
});

/** The element at `index`, or a failed test: keeps the mutations below short and typed. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`pas d’élément ${index}`);
  return item;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An issue at `field` of the test article whose message mentions every one of `words`. */
const issue = (field: string, ...words: string[]) => ({
  file: FILE,
  field,
  message: expect.stringMatching(
    new RegExp(`^${words.map((w) => `(?=[\\s\\S]*${escapeRegExp(w)})`).join('')}`),
  ),
});

describe('buildArticles : un article valide', () => {
  const { articles, issues } = buildArticles([input(validData())], known);
  const article = nth(articles, 0);

  it('ne signale rien', () => {
    expect(issues).toEqual([]);
  });

  it('donne l’adresse, la date ISO et la date en français', () => {
    expect(article.slug).toBe('patrouille');
    expect(article.url).toBe('/articles/patrouille/');
    expect(article.dateIso).toBe('2022-11-30');
    expect(article.dateText).toBe('30 novembre 2022');
    expect(article.title).toBe('Patrouille conjointe au-dessus de la mer du Japon');
  });

  it.each([
    ['soldats-exercice-2022-09', 'plus de 2 000 soldats', 'exercice-2022-09'],
    ['achats-energie-2022-10', '10,2 milliards de dollars', 'achats-2022-10'],
    ['hausse-achats-sur-un-an', 'plus du double', 'achats-2022-10'],
  ])('chiffre %s : affiché « %s », rattaché à %s', (id, display, eventId) => {
    const figure = article.figures.find((f) => f.id === id);
    expect(figure?.display.replace(/[\u00a0\u202f]/g, ' ')).toBe(display);
    // Never a breaking space between the number and its unit.
    expect(figure?.display).not.toMatch(/\d /);
    expect(figure?.eventId).toBe(eventId);
  });

  it('groupe les milliers avec une espace fine insécable (U+202F)', () => {
    expect(article.figures.find((f) => f.id === 'soldats-exercice-2022-09')?.display).toContain('2\u202f000');
  });

  it.each([
    ['patrouille-2022-11-30', { year: 2022, month: 11, day: 30, precision: 'day' }],
    // The Tuesday before Wednesday 30 November 2022.
    ['lettre-2022-11-29', { year: 2022, month: 11, day: 29, precision: 'day' }],
    // « en septembre » narrowed down by the explicit date.
    ['exercice-2022-09', { year: 2022, month: 9, day: 5, precision: 'day' }],
    ['invasion-2022-02-24', { year: 2022, month: 2, day: 24, precision: 'day' }],
    ['achats-2022-10', { year: 2022, month: 10, precision: 'month' }],
    ['amitie-sans-limites', undefined],
  ])('événement %s daté %j', (id, date) => {
    expect(article.events.find((e) => e.id === id)?.date).toEqual(date);
  });

  it.each([
    ['figures', 'soldats-exercice-2022-09', 'p-en-septembre-pekin-a-envoye'],
    ['figures', 'achats-energie-2022-10', 'p-ses-achats-ont-plus-que'],
    ['events', 'patrouille-2022-11-30', 'p-des-bombardiers-russes-et-chinois'],
    ['events', 'lettre-2022-11-29', 'p-dans-une-lettre-mardi-le'],
    ['events', 'invasion-2022-02-24', 'p-la-russie-a-envoye-ses'],
  ] as const)('%s %s : citation trouvée dans le paragraphe %s', (kind, id, paragraphId) => {
    const facts: readonly { id: string; quote: { paragraphId: string; text: string } }[] = article[kind];
    expect(facts.find((f) => f.id === id)?.quote.paragraphId).toBe(paragraphId);
  });

  it('situe la citation dans sa phrase complète', () => {
    expect(article.figures.find((f) => f.id === 'soldats-exercice-2022-09')?.quote).toEqual({
      text: 'plus de 2 000 soldats',
      paragraphId: 'p-en-septembre-pekin-a-envoye',
      sentence: 'En septembre, Pékin a envoyé plus de 2 000 soldats à un exercice russe.',
    });
  });

  it('garde les références des mentions et des événements comme identifiants', () => {
    expect(article.actors.map((m) => m.ref)).toEqual(['russie', 'chine', 'xi-jinping']);
    expect(article.places.map((m) => [m.ref, m.quote.paragraphId])).toEqual([
      ['mer-du-japon', 'p-des-bombardiers-russes-et-chinois'],
      ['ukraine', 'p-la-russie-a-envoye-ses'],
    ]);
    const patrouille = article.events.find((e) => e.id === 'patrouille-2022-11-30');
    expect(patrouille?.actors).toEqual(['russie', 'chine']);
    expect(patrouille?.aircraft).toEqual(['tu-95']);
    expect(article.events.find((e) => e.id === 'exercice-2022-09')?.sameAs).toBe('vostok-2022');
  });

  it('donne les paragraphes du corps avec leurs ancres', () => {
    expect(article.paragraphs.map((p) => p.id)).toEqual([
      'p-des-bombardiers-russes-et-chinois',
      'p-en-septembre-pekin-a-envoye',
      'p-la-russie-a-envoye-ses',
      'p-ses-achats-ont-plus-que',
      'p-dans-une-lettre-mardi-le',
    ]);
  });
});

type Mutation = (data: ArticleData) => void;

describe('buildArticles : chaque erreur d’auteur est signalée à son champ', () => {
  it.each<[string, Mutation, ReturnType<typeof issue>[]]>([
    [
      'citation d’un chiffre absente du texte',
      (d) => {
        nth(d.figures, 0).quote = 'plus de 3 000 soldats';
      },
      [issue('figures[0].quote', '« plus de 3 000 soldats »')],
    ],
    [
      'citation d’une mention avec une apostrophe droite au lieu de ’',
      (d) => {
        nth(d.events, 5).quote = "l'amitié « sans limites »";
      },
      [issue('events[5].quote', "l'amitié")],
    ],
    [
      'citation d’une affirmation absente du texte',
      (d) => {
        d.claims = [claimOf({ quote: 'Des bombardiers ont volé jeudi' })];
      },
      [issue('claims[0].quote', '« Des bombardiers ont volé jeudi »')],
    ],
    [
      'affirmation rattachée à un événement inconnu',
      (d) => {
        d.claims = [claimOf({ event: 'patrouille-2022-12-01' })];
      },
      [issue('claims[0].event', 'patrouille-2022-12-01', 'events[].id')],
    ],
    [
      'affirmation au même identifiant qu’un chiffre',
      (d) => {
        d.claims = [claimOf({ id: nth(d.figures, 0).id })];
      },
      [issue('claims[0].id', nth(validData().figures, 0).id, 'déjà utilisé')],
    ],
    [
      'affirmation vérifiée par un éditeur inconnu',
      (d) => {
        const claim = claimOf();
        nth(claim.check.sources, 0).publisher = 'agence-inconnue';
        d.claims = [claim];
      },
      [issue('claims[0].check.sources[0].publisher', 'agence-inconnue')],
    ],
    [
      'citation d’un acteur absente du texte',
      (d) => {
        nth(d.actors, 1).quote = 'Pékin a dépêché';
      },
      [issue('actors[1].quote', 'Pékin a dépêché')],
    ],
    [
      'acteur inconnu dans les mentions',
      (d) => {
        nth(d.actors, 0).ref = ref('actors', 'russia');
      },
      [issue('actors[0].ref', 'russia')],
    ],
    [
      'acteur inconnu dans un événement',
      (d) => {
        nth(d.events, 0).actors = [ref('actors', 'russie'), ref('actors', 'chine-populaire')];
      },
      [issue('events[0].actors[1]', 'chine-populaire')],
    ],
    [
      'avion inconnu dans les mentions',
      (d) => {
        nth(d.aircraft, 0).ref = ref('aircraft', 'tu-160');
      },
      [issue('aircraft[0].ref', 'tu-160')],
    ],
    [
      'avion inconnu dans un événement',
      (d) => {
        nth(d.events, 0).aircraft = [ref('aircraft', 'h-6k')];
      },
      [issue('events[0].aircraft[0]', 'h-6k')],
    ],
    [
      'lieu inconnu dans les mentions',
      (d) => {
        nth(d.places, 1).ref = ref('places', 'crimee');
      },
      [issue('places[1].ref', 'crimee')],
    ],
    [
      'lieu inconnu dans un événement',
      (d) => {
        nth(d.events, 3).places = [ref('places', 'kiev')];
      },
      [issue('events[3].places[0]', 'kiev')],
    ],
    [
      'exercice inconnu (sameAs)',
      (d) => {
        nth(d.events, 2).sameAs = ref('exercises', 'vostok-2021');
      },
      [issue('events[2].sameAs', 'vostok-2021')],
    ],
    [
      'même acteur mentionné deux fois',
      (d) => {
        d.actors.push({ ref: ref('actors', 'chine'), quote: 'président chinois' });
      },
      [issue('actors[3].ref', 'chine')],
    ],
    [
      'chiffre rattaché à un événement qui n’est pas de l’article',
      (d) => {
        nth(d.figures, 0).event = 'exercice-2022-08';
      },
      [issue('figures[0].event', 'exercice-2022-08')],
    ],
    [
      'deux événements de même identifiant',
      (d) => {
        nth(d.events, 1).id = 'patrouille-2022-11-30';
      },
      [issue('events[1].id', 'patrouille-2022-11-30', FILE)],
    ],
    [
      'un chiffre qui reprend l’identifiant d’un événement',
      (d) => {
        nth(d.figures, 1).id = 'achats-2022-10';
      },
      [issue('figures[1].id', 'achats-2022-10')],
    ],
    [
      'deux chiffres de même identifiant',
      (d) => {
        nth(d.figures, 2).id = 'achats-energie-2022-10';
      },
      [issue('figures[2].id', 'achats-energie-2022-10')],
    ],
    [
      'un événement qui reprend l’identifiant d’un exercice de content/exercises/',
      (d) => {
        nth(d.events, 2).id = 'vostok-2022';
        nth(d.figures, 0).event = 'vostok-2022';
      },
      [issue('events[2].id', 'vostok-2022', 'content/exercises/vostok-2022.yaml')],
    ],
    [
      'expression de date non reconnue',
      (d) => {
        nth(d.events, 1).when = 'la semaine dernière';
      },
      [issue('events[1].when', '« la semaine dernière »')],
    ],
    [
      'date explicite qui contredit le jour du texte (mardi 29 pour « mercredi »)',
      (d) => {
        nth(d.events, 0).date = '2022-11-29';
      },
      [issue('events[0].date', '2022-11-29', '« mercredi »', '30 novembre 2022')],
    ],
    [
      'date explicite hors du mois du texte (« en septembre », 5 octobre)',
      (d) => {
        nth(d.events, 2).date = '2022-10-05';
      },
      [issue('events[2].date', '2022-10-05', '« en septembre »', 'septembre 2022')],
    ],
    [
      'date explicite de la mauvaise année (« le 24 février », 2021)',
      (d) => {
        nth(d.events, 3).date = '2021-02-24';
      },
      [issue('events[3].date', '2021-02-24', '« le 24 février »', '24 février 2022')],
    ],
    [
      'date de publication hors de la période de la source',
      (d) => {
        // Thursday 1 December: « mercredi » still means 30 November there, only the date is wrong.
        d.date = '2022-12-01';
      },
      [issue('date', '2022-12-01', '2022-11')],
    ],
    [
      'plusieurs erreurs : toutes signalées en une fois',
      (d) => {
        nth(d.figures, 0).quote = 'plus de 3 000 soldats';
        nth(d.actors, 0).ref = ref('actors', 'russia');
      },
      [issue('actors[0].ref', 'russia'), issue('figures[0].quote', 'plus de 3 000 soldats')],
    ],
  ])('%s', (_name, mutate, expected) => {
    const data = validData();
    mutate(data);
    const { issues } = buildArticles([input(data)], known);
    const byField = (a: ContentIssue, b: ContentIssue) => a.field.localeCompare(b.field);
    expect([...issues].sort(byField)).toEqual(expected);
  });

  it.each([
    // The words of the text narrowed down by the date: the expected agreement.
    [0, 'mercredi', '2022-11-30'],
    [2, 'en septembre', '2022-09-05'],
    [2, 'en septembre', '2022-09'],
    // A date less precise than the words, but containing them, does not contradict them.
    [0, 'mercredi', '2022-11'],
    [3, 'le 24 février', '2022'],
  ])('events[%i] : « %s » et la date %s s’accordent, rien n’est signalé', (index, when, date) => {
    const data = validData();
    nth(data.events, index).when = when;
    nth(data.events, index).date = date;
    expect(buildArticles([input(data)], known).issues).toEqual([]);
  });

  it.each([
    ['2022', '2022-11-30'],
    ['2022-11', '2022-11-30'],
    ['2022-11-30', '2022-11-30'],
  ])('une publication dans la période de la source (%s) n’est pas signalée (%s)', (sourceDate, date) => {
    const data = validData();
    data.sourceDate = sourceDate;
    data.date = date;
    expect(buildArticles([input(data)], known).issues).toEqual([]);
  });

  it.each([
    ['2022', '2022-11-30'],
    ['2022-11', '2022-11-30'],
  ])(
    'un jour que la source (%s) ne donne pas (%s) doit dire d’où il vient : dateBasis',
    (sourceDate, date) => {
      const data = { ...validData(), sourceDate, date };
      delete data.dateBasis;
      expect(buildArticles([input(data)], known).issues).toEqual([
        {
          file: FILE,
          field: 'dateBasis',
          message: `la source ne date le texte que de ${sourceDate} : une phrase disant d’où vient le jour ${date} était attendue`,
        },
      ]);
    },
  );

  it('une source datée au jour n’appelle pas de dateBasis', () => {
    const data = { ...validData(), sourceDate: '2022-11-30' };
    delete data.dateBasis;
    expect(buildArticles([input(data)], known).issues).toEqual([]);
  });

  it.each(['', '\n\n', '# Seulement un titre\n'])('corps vide (%j) : signalé au champ body', (emptyBody) => {
    const data: ArticleData = {
      ...validData(),
      actors: [],
      places: [],
      aircraft: [],
      figures: [],
      events: [],
    };
    expect(buildArticles([input(data, { body: emptyBody })], known).issues).toEqual([issue('body', 'vide')]);
  });

  it('un identifiant repris d’un autre article est signalé dans le second, avec le fichier du premier', () => {
    const first = input(validData());
    const secondData = validData();
    const second = input(secondData, { id: 'autre', filePath: 'content/articles/autre.md' });
    const { issues } = buildArticles([first, second], known);
    // The second article reuses every id of the first: each one is reported, in the second.
    const ids = [...secondData.events.map((e) => e.id), ...secondData.figures.map((f) => f.id)];
    expect(issues).toHaveLength(ids.length);
    for (const item of issues) {
      expect(item.file).toBe('content/articles/autre.md');
      expect(item.field).toMatch(/^(?:events|figures)\[\d+\]\.id$/);
      expect(item.message).toContain(FILE);
    }
    expect(issues.map((i) => i.message.match(/« ([a-z0-9-]+) »/)?.[1]).sort()).toEqual([...ids].sort());
  });

  it('deux articles aux identifiants distincts ne se gênent pas', () => {
    const other = validData();
    other.events.forEach((event) => {
      event.id = `${event.id}-bis`;
    });
    other.figures.forEach((figure) => {
      figure.id = `${figure.id}-bis`;
      figure.event = `${figure.event}-bis`;
    });
    const { articles, issues } = buildArticles(
      [input(validData()), input(other, { id: 'autre', filePath: 'content/articles/autre.md' })],
      known,
    );
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.url)).toEqual(['/articles/patrouille/', '/articles/autre/']);
  });
});

describe('buildArticles : un contenu qui ne peut pas tromper', () => {
  const issuesOf = (data: ArticleData, overrides: Partial<ArticleInput> = {}) =>
    buildArticles([input(data, overrides)], known).issues;

  it('un chiffre contredit par sa citation est signalé à son champ, avec ce que disent les mots', () => {
    const data = validData();
    nth(data.figures, 0).value = 3000;
    expect(issuesOf(data)).toEqual([issue('figures[0].value', '« plus de 2 000 »', 'value: 2000 attendu')]);
  });

  it('une date sans mots du texte ni source est refusée ; avec une source citée, elle est gardée', () => {
    const data = validData();
    const undated = nth(data.events, 5);
    undated.date = '2022-08';
    expect(issuesOf(data)).toEqual([issue('events[5].date', '2022-08 ne s’appuie sur rien', '`dateSource`')]);
    undated.dateSource = {
      url: 'https://www.example.org/2022/08/03/article',
      publisher: 'Example',
      lang: 'en',
      excerpt: 'in early August',
    };
    const { articles, issues } = buildArticles([input(data)], known);
    expect(issues).toEqual([]);
    expect(articles[0]?.events[5]?.dateSource?.publisher).toBe('Example');
  });

  it('une date plus précise que les mots du texte demande aussi une source', () => {
    const data = validData();
    const letter = nth(data.events, 1);
    letter.when = 'en novembre';
    letter.date = '2022-11-29';
    expect(issuesOf(data)).toEqual([issue('events[1].date', '2022-11-29', '« en novembre »')]);
  });

  it.each([
    ['Patrouille conjointe été.md', 'patrouille-conjointe-ete.md'],
    ['patrouille_conjointe.md', 'patrouille-conjointe.md'],
    ['Patrouille.md', 'patrouille.md'],
  ])('un fichier nommé « %s » est refusé, et le nom attendu proposé (%s)', (name, proposed) => {
    expect(issuesOf(validData(), { filePath: `content/articles/${name}` })).toEqual([
      {
        file: `content/articles/${name}`,
        field: 'nom du fichier',
        message: expect.stringContaining(`« ${proposed} »`),
      },
    ]);
  });

  it('un texte enregistré en accents décomposés (NFD) se lit comme en NFC', () => {
    const { articles, issues } = buildArticles([input(validData(), { body: body.normalize('NFD') })], known);
    expect(issues).toEqual([]);
    expect(articles[0]?.paragraphs.map((p) => p.text)).toEqual(
      buildArticles([input(validData())], known).articles[0]?.paragraphs.map((p) => p.text),
    );
  });

  it.each([
    [
      'une image markdown',
      '![Carte](https://images.example.com/carte.png)',
      'https://images.example.com/carte.png',
    ],
    [
      'une image par référence',
      '![Carte][c]\n\n[c]: https://images.example.com/c.png',
      'https://images.example.com/c.png',
    ],
    ['une image HTML sans schéma', '<img src="//cdn.example.com/x.png" alt="">', '//cdn.example.com/x.png'],
    ['une vidéo', '<video poster="https://cdn.example.com/p.jpg"></video>', 'https://cdn.example.com/p.jpg'],
  ])('%s d’un autre site est refusée, avec sa ligne', (_name, markup, url) => {
    const found = issuesOf(validData(), { body: `${body}\n\n${markup}\n` });
    expect(found).toEqual([
      {
        file: FILE,
        field: expect.stringMatching(/^body \(ligne \d+ du texte\)$/),
        message: expect.stringContaining(`« ${url} »`),
      },
    ]);
  });

  it('les images du site et les liens vers d’autres sites restent permis', () => {
    const own = `${body}\n\n![Carte](/images/carte.png) et [la source](https://www.example.org/).\n`;
    expect(issuesOf(validData(), { body: own })).toEqual([]);
  });
});
