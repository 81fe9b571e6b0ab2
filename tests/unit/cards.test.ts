import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildArticles, type ArticleInput } from '../../src/lib/article-model';
import { dateNote, factCards, hasOwnPage, type FactCard } from '../../src/lib/cards';
import { appearancesOf } from '../../src/lib/entity-index';
import { articleChecks } from '../../src/lib/article-checks';
import { locatorMap, type MapPlace } from '../../src/lib/locator-map';
import { parseArticleBody } from '../../src/lib/article-body';
import { articleSchema } from '../../src/schema/article';
import { knownIds, readPublishers } from './support/content-ids';

// An article's fact cards (/faits/<id>/): one per figure and per event, with the link to
// the quoted paragraph, the related cards, the locator map and the entity index.
// Expectations drawn from the real frontmatter (read with `yaml`), from content/places/ and the calendar.

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = 'bombardiers-russes-chinois-patrouille-conjointe';

interface RawArticle {
  places: { ref: string; quote: string }[];
  aircraft: { ref: string; quote: string }[];
  actors: { ref: string; quote: string }[];
  figures: { id: string; quote: string; event: string }[];
  claims: { id: string; quote: string; event?: string }[];
  events: {
    id: string;
    quote: string;
    sameAs?: string;
    actors?: string[];
    aircraft?: string[];
    places?: string[];
  }[];
}

const source = readFileSync(resolve(ROOT, `content/articles/${SLUG}.md`), 'utf8');
const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
const raw = parse(frontmatter) as RawArticle;
const known = knownIds();
const input: ArticleInput = {
  id: SLUG,
  filePath: `content/articles/${SLUG}.md`,
  body,
  data: articleSchema.parse(parse(frontmatter)),
};
const { articles, issues } = buildArticles([input], known);
const publishers = readPublishers();
const cards = factCards(articles, publishers);
const cardById = (id: string): FactCard => {
  const card = cards.find((candidate) => candidate.id === id);
  if (!card) throw new Error(`fiche absente : ${id}`);
  return card;
};
/** A card's id, from its URL `/faits/<id>/`. */
const idOfUrl = (url: string) => /^\/faits\/([^/]+)\/$/.exec(url)?.[1] ?? url;

/** The cards one event brings together, according to the frontmatter: its figures and itself. */
const sameEvent = (eventId: string) => [
  ...raw.figures.filter((figure) => figure.event === eventId).map((figure) => figure.id),
  eventId,
];
const eventOf = (cardId: string) => raw.figures.find((figure) => figure.id === cardId)?.event ?? cardId;

it('le contenu réel se charge sans erreur', () => {
  expect(issues).toEqual([]);
});

describe('une fiche par chiffre et par événement', () => {
  it('les chiffres puis les événements, dans l’ordre du frontmatter, chacun à /faits/<id>/', () => {
    expect(cards.map((card) => card.id)).toEqual([
      ...raw.figures.map((figure) => figure.id),
      ...raw.events.map((event) => event.id),
      ...raw.claims.map((claim) => claim.id),
    ]);
    for (const card of cards) {
      expect(card.source.url).toBe(`/articles/${SLUG}/`);
      // One real event, one card: an event the record holds is the record event's card, not a page of its own.
      const record = raw.events.find((event) => event.id === card.id)?.sameAs;
      expect(card.url).toBe(`/faits/${record ?? card.id}/`);
      expect(hasOwnPage(card)).toBe(record === undefined);
    }
    expect(raw.events.filter((event) => event.sameAs).length).toBeGreaterThan(0);
    expect(cards.filter((card) => card.type === 'chiffre')).toHaveLength(raw.figures.length);
    expect(cards.filter((card) => card.type === 'evenement')).toHaveLength(raw.events.length);
  });

  it('chaque fiche porte les mots exacts de l’article', () => {
    for (const entry of [...raw.figures, ...raw.events, ...raw.claims])
      expect(cardById(entry.id).quote.text).toBe(entry.quote);
  });

  it('la date d’un événement, à sa précision, résolue contre la parution du mercredi 30 novembre 2022', () => {
    // « mercredi »: the same day; « mardi »: the day before; « en septembre », « en octobre »: the month;
    // « le 24 février »: 2022; Nancy Pelosi's visit, not dated by the article, is dated by its
    // source: « Tuesday and Wednesday » in Fortune of Wednesday 3 August 2022.
    const dates = Object.fromEntries(
      cards.filter((c) => c.type === 'evenement').map((c) => [c.id, c.dateIso]),
    );
    expect(dates).toEqual({
      'patrouille-conjointe-2022-11-30': '2022-11-30',
      'lettre-xi-jinping-2022-11-29': '2022-11-29',
      'exercice-conjoint-2022-09': '2022-09',
      'achats-energie-2022-10': '2022-10',
      'invasion-ukraine-2022-02-24': '2022-02-24',
      'visite-pelosi-taiwan': '2022-08-02',
    });
    expect(cardById('patrouille-conjointe-2022-11-30').value).toBe('30 novembre 2022');
    expect(cardById('exercice-conjoint-2022-09').value).toBe('septembre 2022');
    expect(cardById('visite-pelosi-taiwan').value).toBe('2 août 2022');
  });

  it('une date lue dans les mots de l’article dit lesquels, et contre quel jour de parution', () => {
    expect(dateNote(cardById('lettre-xi-jinping-2022-11-29'))).toBe(
      'Date déduite de « mardi », dans l’article publié le 30 novembre 2022.',
    );
    expect(dateNote(cardById('exercice-conjoint-2022-09'))).toBe(
      'Date déduite de « en septembre », dans l’article publié le 30 novembre 2022.',
    );
    // Not dated by the article: the source that dates it is named; a figure is not dated at all.
    expect(dateNote(cardById('visite-pelosi-taiwan'))).toBe(
      'Non daté dans l’article ; 2 août 2022 selon Fortune.',
    );
    expect(cards.filter((c) => c.type === 'chiffre').map(dateNote)).toEqual(
      cards.filter((c) => c.type === 'chiffre').map(() => undefined),
    );
  });

  it('une date plus précise que les mots ne se dit pas « déduite » d’eux', () => {
    // « en septembre » refined to a day by an explicit date: the day is not in the words.
    const refined = parse(frontmatter) as { events: { id: string; date?: string }[] };
    refined.events.find((e) => e.id === 'exercice-conjoint-2022-09')!.date = '2022-09-01';
    const { articles: others } = buildArticles([{ ...input, data: articleSchema.parse(refined) }], known);
    const card = factCards(others, publishers).find((c) => c.id === 'exercice-conjoint-2022-09')!;
    expect(card.dateIso).toBe('2022-09-01');
    expect(card.dateWords).toBeUndefined();
  });
});

describe('lien retour vers le paragraphe', () => {
  const paragraphs = parseArticleBody(body).paragraphs;

  it.each([...raw.figures, ...raw.events].map((entry) => [entry.id, entry.quote]))(
    '%s : /articles/<slug>/#<paragraphe>:~:text=<citation>, le premier paragraphe qui contient la citation',
    (id, quote) => {
      const match = /^\/articles\/([^/#]+)\/#([^:]+):~:text=(.+)$/.exec(cardById(id).backLink);
      expect(match, cardById(id).backLink).not.toBeNull();
      const [, slug, paragraphId, fragment = ''] = match!;
      expect(slug).toBe(SLUG);
      const target = paragraphs.findIndex((p) => p.id === paragraphId);
      expect(target, `paragraphe #${paragraphId}`).toBeGreaterThanOrEqual(0);
      expect(target).toBe(paragraphs.findIndex((p) => p.text.includes(quote)));
      // Text fragment: the quote, with « - », « , » and « & » encoded (reserved separators).
      expect(decodeURIComponent(fragment)).toBe(quote);
      expect(fragment).not.toMatch(/[-,&\s]/);
    },
  );
});

describe('fiches liées', () => {
  it('jamais elle-même, sans doublon, au plus 6, toutes des fiches existantes', () => {
    const urls = new Set(cards.map((card) => card.url));
    for (const card of cards) {
      const related = card.related.map((link) => link.url);
      expect(related, card.id).not.toContain(card.url);
      expect(new Set(related).size, card.id).toBe(related.length);
      expect(related.length, card.id).toBeLessThanOrEqual(6);
      for (const url of related) expect(urls.has(url), url).toBe(true);
    }
  });

  it('les fiches du même événement d’abord', () => {
    for (const card of cards) {
      const siblings = sameEvent(eventOf(card.id)).filter((id) => id !== card.id);
      const head = card.related.slice(0, siblings.length).map((link) => link.url);
      expect(head, card.id).toEqual(siblings.slice(0, 6).map((id) => cardById(id).url));
    }
  });

  it('l’exercice de septembre : ses quatre chiffres se citent entre eux, avec l’événement, puis d’autres fiches jusqu’à 6', () => {
    const soldiers = cardById('soldats-chinois-exercice-2022-09');
    // The exercise itself is Vostok-2022's card: the record holds it (`sameAs`).
    expect(soldiers.related.map((link) => idOfUrl(link.url)).slice(0, 4)).toEqual([
      'vehicules-chinois-exercice-2022-09',
      'avions-chinois-exercice-2022-09',
      'navires-chinois-exercice-2022-09',
      raw.events.find((event) => event.id === 'exercice-conjoint-2022-09')?.sameAs,
    ]);
    // Russia and China are everywhere: the list is full.
    expect(soldiers.related).toHaveLength(6);
  });

  it('une fiche qui ne partage ni événement, ni appareil, ni acteur n’a pas de fiche liée', () => {
    // Nancy Pelosi's visit: actors nancy-pelosi and etats-unis, which no other fact cites.
    const others = raw.events.filter((event) => event.id !== 'visite-pelosi-taiwan');
    expect(
      others.some((event) => event.actors?.some((a) => ['nancy-pelosi', 'etats-unis'].includes(a))),
    ).toBe(false);
    expect(cardById('visite-pelosi-taiwan').related).toEqual([]);
  });

  it('après le même événement : un appareil en commun passe avant un acteur en commun', () => {
    const text = [
      'Les bombardiers Tu-95 ont volé mercredi.',
      'Pékin a protesté mardi.',
      'Des Tu-95 ont encore volé lundi.',
    ].join('\n\n');
    const { articles: built, issues: problems } = buildArticles(
      [
        {
          id: 'fixture',
          filePath: 'content/articles/fixture.md',
          body: text,
          data: articleSchema.parse({
            editorial: { title: 'Titre', summary: 'Résumé.' },
            date: '2022-11-30',
            events: [
              {
                id: 'vol-a',
                label: 'Vol A',
                kind: 'patrouille-aerienne',
                actors: ['russie'],
                aircraft: ['tu-95'],
                quote: 'Les bombardiers Tu-95 ont volé mercredi',
              },
              {
                id: 'protestation',
                label: 'Protestation',
                kind: 'contexte-politique',
                actors: ['russie'],
                quote: 'Pékin a protesté mardi',
              },
              {
                id: 'vol-b',
                label: 'Vol B',
                kind: 'patrouille-aerienne',
                aircraft: ['tu-95'],
                quote: 'Des Tu-95 ont encore volé lundi',
              },
            ],
          }),
        },
      ],
      known,
    );
    expect(problems).toEqual([]);
    const [first] = factCards(built, publishers);
    expect(first?.related.map((link) => idOfUrl(link.url))).toEqual(['vol-b', 'protestation']);
  });
});

describe('carte de situation (locatorMap)', () => {
  const places = (ids: readonly string[]): MapPlace[] =>
    ids.map((id) => {
      const entry = parse(readFileSync(resolve(ROOT, 'content/places', `${id}.yaml`), 'utf8')) as MapPlace;
      return { name: entry.name, center: entry.center };
    });
  const markerOf = (map: ReturnType<typeof locatorMap>, name: string) => {
    const marker = map?.markers.find((m) => m.name === name);
    if (!marker) throw new Error(`repère absent : ${name}`);
    return marker;
  };

  it.each([
    ['les lieux de la patrouille', raw.events[0]?.places ?? []],
    ['tous les lieux cités par l’article', raw.places.map((place) => place.ref)],
  ])('%s : un repère par lieu, dans le cadre, et des terres dessinées', (_label, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    const seed = places(ids);
    const map = locatorMap(seed);
    expect(map).toBeDefined();
    expect(map!.markers.map((marker) => marker.name)).toEqual(seed.map((place) => place.name));
    for (const marker of map!.markers) {
      expect(marker.x, marker.name).toBeGreaterThanOrEqual(0);
      expect(marker.x, marker.name).toBeLessThanOrEqual(map!.width);
      expect(marker.y, marker.name).toBeGreaterThanOrEqual(0);
      expect(marker.y, marker.name).toBeLessThanOrEqual(map!.height);
    }
    expect(map!.land).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });

  it('respecte la géographie : l’ouest à gauche, le nord en haut', () => {
    const map = locatorMap(places(['mer-du-japon', 'pacifique-occidental', 'taiwan']));
    // Sea of Japan (135° E, 40° N), western Pacific (150° E), Taiwan (23.7° N).
    expect(markerOf(map, 'mer du Japon').x).toBeLessThan(markerOf(map, 'Pacifique occidental').x);
    expect(markerOf(map, 'mer du Japon').y).toBeLessThan(markerOf(map, 'Taïwan').y);
  });

  it('des lieux de part et d’autre du 180e méridien restent voisins (patrouille d’Alaska, juillet 2024)', () => {
    // content/exercises/patrouille-aerienne-strategique-2024-07.yaml: Bering Sea (178° W) and
    // North Pacific (170° E), 12° of longitude apart; the Bering Sea is the eastern one.
    const exercise = parse(
      readFileSync(resolve(ROOT, 'content/exercises/patrouille-aerienne-strategique-2024-07.yaml'), 'utf8'),
    ) as { areas: string[] };
    const map = locatorMap(places(exercise.areas));
    const bering = markerOf(map, 'mer de Béring');
    const pacific = markerOf(map, 'Pacifique Nord');
    expect(bering.x).toBeGreaterThan(pacific.x);
    expect(Math.abs(bering.x - pacific.x)).toBeLessThan(map!.width / 2);
  });

  it('sans lieu, pas de carte', () => {
    expect(locatorMap([])).toBeUndefined();
  });
});

describe('où apparaît une entité (appearancesOf)', () => {
  /** Cards expected from the frontmatter: the events that cite the entity, their figures and statements. */
  const expectedFacts = (field: 'actors' | 'aircraft' | 'places', id: string) => {
    const events = raw.events.filter((event) => event[field]?.includes(id)).map((event) => event.id);
    const figures = raw.figures.filter((figure) => events.includes(figure.event)).map((figure) => figure.id);
    const claims = raw.claims
      .filter((claim) => claim.event !== undefined && events.includes(claim.event))
      .map((claim) => claim.id);
    return [...figures, ...events, ...claims];
  };

  it.each([
    ['aircraft', 'tu-95'],
    ['aircraft', 'h-6k'],
    ['actors', 'chine'],
    ['actors', 'nancy-pelosi'],
    ['places', 'taiwan'],
    ['places', 'mer-du-japon'],
  ] as const)('%s/%s : les mots de l’article et les faits qui l’impliquent', (collection, id) => {
    const found = appearancesOf(collection, id, articles, cards);
    const mentions = raw[collection].filter((mention) => mention.ref === id);
    expect(found.mentions.map((m) => m.quote.text)).toEqual(mentions.map((m) => m.quote));
    for (const mention of found.mentions) {
      expect(mention.article.slug).toBe(SLUG);
      expect(mention.link).toMatch(new RegExp(`^/articles/${SLUG}/#p-[a-z0-9-]+:~:text=`));
      expect(decodeURIComponent(mention.link.split(':~:text=')[1] ?? '')).toBe(mention.quote.text);
    }
    expect(found.facts.map((card) => card.id)).toEqual(expectedFacts(collection, id));
  });

  it('une entité que l’article ne cite pas n’apparaît nulle part', () => {
    expect(appearancesOf('actors', 'inde', articles, cards)).toEqual({ mentions: [], facts: [] });
  });
});

describe('fiches : une date que l’article ne donne pas dit d’où elle vient', () => {
  it('la date d’une source citée est affichée comme telle, avec la source nommée', () => {
    const data = articleSchema.parse(parse(frontmatter));
    // An event the article's words do not date, redated by a fixture source.
    const undated = data.events.find((event) => event.when === undefined);
    if (!undated) throw new Error('l’article n’a plus d’événement que ses mots ne datent pas');
    undated.date = '2022-08';
    undated.dateSource = {
      url: 'https://www.example.org/2022/08/03/',
      publisher: 'fortune',
      lang: 'en',
      excerpt: 'in early August',
    };
    const [article] = buildArticles([{ ...input, data }], known).articles;
    const card = factCards(article ? [article] : [], publishers).find((c) => c.id === undated.id);
    expect(card?.value).toBe('août 2022');
    expect(card?.dateSource).toEqual({
      url: 'https://www.example.org/2022/08/03/',
      publisher: publishers.get('fortune')?.name,
    });
    expect(card && dateNote(card)).toBe(
      `Non daté dans l’article ; août 2022 selon ${publishers.get('fortune')?.name}.`,
    );
  });
});

describe('les autres affirmations de l’article, vérifiées', () => {
  it('chacune a sa fiche : « Affirmation vérifiée », son titre, sans valeur, avec sa vérification', () => {
    expect(raw.claims.length).toBeGreaterThan(0);
    for (const claim of raw.claims) {
      const card = cardById(claim.id);
      expect(card.type).toBe('affirmation');
      expect(card.kicker).toBe('Affirmation vérifiée');
      expect(card.url).toBe(`/faits/${claim.id}/`);
      expect(hasOwnPage(card)).toBe(true);
      expect(card.value).toBeUndefined();
      expect(card.check?.sources.length, claim.id).toBeGreaterThan(0);
    }
  });

  it('une affirmation sur un événement implique ses acteurs ; une autre, personne', () => {
    const about = raw.claims.find((claim) => claim.event)!;
    const event = raw.events.find((e) => e.id === about.event)!;
    expect(cardById(about.id).actors).toEqual(event.actors ?? []);
    const alone = raw.claims.find((claim) => !claim.event)!;
    expect(cardById(alone.id).actors).toEqual([]);
  });
});

describe('la liste des vérifications de l’article', () => {
  const checks = articleChecks(articles[0]!, cards);
  const checkedIds = [...raw.figures, ...raw.events, ...raw.claims]
    .filter((fact) => (fact as { check?: unknown }).check !== undefined)
    .map((fact) => fact.id);

  it('chaque fait vérifié une fois, vers sa fiche (celle du relevé pour un événement qu’il tient)', () => {
    expect(checks).toHaveLength(checkedIds.length);
    expect(checks.map((check) => check.url).sort()).toEqual(checkedIds.map((id) => cardById(id).url).sort());
  });

  it('dans l’ordre où le lecteur rencontre les mots dans le texte', () => {
    const paragraphs = parseArticleBody(body).paragraphs;
    const place = (quote: string) => {
      const index = paragraphs.findIndex((p) => p.text.includes(quote));
      return index * 100_000 + paragraphs[index]!.text.indexOf(quote);
    };
    const places = checks.map((check) => place(check.quote));
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});
