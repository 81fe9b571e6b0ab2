import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildArticles, type ArticleModel } from './article-model';
import { ContentError } from './content-issues';
import { checkSameAsDates } from './same-as';
import { impossibleDates } from './raw-dates';
import { checkReferences, type EntityReference } from './entity-references';
import { readFileSync } from 'node:fs';
import { buildTimeline, type TimelineItem } from './timeline';
import { eventCardUrl, factCards, type FactCard } from './cards';
import { factPages, type FactPage } from './fact-pages';
import { httpLinkIssues, type ContentLink } from './safe-url';
import { unknownPublishers } from './claim-checks';
import { correctionViews, type CorrectionView } from './corrections';
import { urls } from './urls';
import { factStates, readLedger, unloggedChanges, type FactState } from './published-facts';

/** Shared entries by id, as validated by their schemas. */
export interface Entities {
  readonly actors: ReadonlyMap<string, CollectionEntry<'actors'>['data']>;
  readonly aircraft: ReadonlyMap<string, CollectionEntry<'aircraft'>['data']>;
  readonly places: ReadonlyMap<string, CollectionEntry<'places'>['data']>;
  readonly exercises: ReadonlyMap<string, CollectionEntry<'exercises'>['data']>;
  readonly publishers: ReadonlyMap<string, CollectionEntry<'publishers'>['data']>;
}

export interface Site {
  /** Articles, newest first. */
  readonly articles: readonly ArticleModel[];
  readonly entities: Entities;
  /** Researched and article events in one sorted timeline. */
  readonly timeline: readonly TimelineItem[];
  /** Timeline items by id (a card finds its researched event without scanning the timeline). */
  readonly timelineById: ReadonlyMap<string, TimelineItem>;
  /** Every article fact as a card (computed once: pages share it). */
  readonly cards: readonly FactCard[];
  /** Every page under /faits/. */
  readonly factPages: readonly FactPage[];
  /** Every correction of a displayed fact, newest first (/rectificatifs/). */
  readonly corrections: readonly CorrectionView[];
  /** What each fact displays, as the ledger `published-facts.json` records it. */
  readonly factStates: readonly FactState[];
}

let site: Promise<Site> | undefined;

/**
 * Loads and checks all content once per build. Any content issue throws a ContentError, which
 * fails `astro build` with every issue listed (file, field, what was expected).
 */
export function loadSite(): Promise<Site> {
  site ??= load();
  return site;
}

async function load(): Promise<Site> {
  const [articleEntries, actors, aircraft, places, exercises, publishers, httpHosts] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('aircraft'),
    getCollection('places'),
    getCollection('exercises'),
    getCollection('publishers'),
    getCollection('httpHosts'),
  ]);
  const byId = <T extends { id: string; data: unknown }>(entries: T[]) =>
    new Map(entries.map((entry) => [entry.id, entry.data as T['data']]));
  const entities: Entities = {
    actors: byId(actors),
    aircraft: byId(aircraft),
    places: byId(places),
    exercises: byId(exercises),
    publishers: byId(publishers),
  };
  const { articles, issues } = buildArticles(
    articleEntries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? `content/articles/${entry.id}.md`,
      body: entry.body ?? '',
      data: entry.data,
    })),
    {
      actors: new Set(entities.actors.keys()),
      aircraft: new Set(entities.aircraft.keys()),
      places: new Set(entities.places.keys()),
      exercises: new Set(entities.exercises.keys()),
      publishers: new Set(entities.publishers.keys()),
    },
  );
  issues.push(...checkSameAsDates(articles, entities.exercises));
  const file = (entry: { id: string; filePath?: string | undefined }, folder: string) =>
    entry.filePath ?? `content/${folder}/${entry.id}.yaml`;
  const references: EntityReference[] = [
    ...aircraft.map((e) => ({
      file: file(e, 'aircraft'),
      field: 'operator',
      collection: 'actors' as const,
      id: e.data.operator.id,
    })),
    ...actors.flatMap((e) =>
      e.data.country
        ? [
            {
              file: file(e, 'actors'),
              field: 'country',
              collection: 'actors' as const,
              id: e.data.country.id,
            },
          ]
        : [],
    ),
    ...exercises.flatMap((e) => [
      ...e.data.countries.map((ref, i) => ({
        file: file(e, 'exercises'),
        field: `countries[${i}]`,
        collection: 'actors' as const,
        id: ref.id,
      })),
      ...e.data.areas.map((ref, i) => ({
        file: file(e, 'exercises'),
        field: `areas[${i}]`,
        collection: 'places' as const,
        id: ref.id,
      })),
    ]),
  ];
  issues.push(
    ...checkReferences(references, {
      actors: new Set(entities.actors.keys()),
      aircraft: new Set(entities.aircraft.keys()),
      places: new Set(entities.places.keys()),
      exercises: new Set(entities.exercises.keys()),
    }),
  );
  const links: ContentLink[] = [
    ...exercises.flatMap((e) => [
      ...(e.data.corrections ?? []).flatMap((correction, i) =>
        correction.sources.map((source, j) => ({
          file: file(e, 'exercises'),
          field: `corrections[${i}].sources[${j}].url`,
          url: source.url,
        })),
      ),
      ...e.data.sources.map((source, i) => ({
        file: file(e, 'exercises'),
        field: `sources[${i}].url`,
        url: source.url,
      })),
      ...('frSource' in e.data.name
        ? [{ file: file(e, 'exercises'), field: 'name.frSource', url: e.data.name.frSource }]
        : []),
    ]),
    ...articles.flatMap((article) =>
      [
        ...article.figures.map((fact, i) => ({ fact, field: `figures[${i}]` })),
        ...article.events.map((fact, i) => ({ fact, field: `events[${i}]` })),
        ...article.claims.map((fact, i) => ({ fact, field: `claims[${i}]` })),
      ].flatMap(({ fact, field }) =>
        (fact.check?.sources ?? []).map((source, j) => ({
          file: article.filePath,
          field: `${field}.check.sources[${j}].url`,
          url: source.url,
        })),
      ),
    ),
    ...articles.flatMap((article) =>
      article.events.flatMap((event, i) =>
        event.dateSource
          ? [{ file: article.filePath, field: `events[${i}].dateSource.url`, url: event.dateSource.url }]
          : [],
      ),
    ),
  ];
  issues.push(...httpLinkIssues(links, new Set(httpHosts.map((host) => host.id))));
  for (const e of exercises) {
    (e.data.corrections ?? []).forEach((correction, i) => {
      for (const miss of unknownPublishers(
        correction,
        `corrections[${i}]`,
        new Set(entities.publishers.keys()),
      ))
        issues.push({ file: file(e, 'exercises'), ...miss });
    });
  }
  for (const entry of [...articleEntries, ...actors, ...aircraft, ...places, ...exercises]) {
    if (entry.filePath) issues.push(...impossibleDates(entry.filePath, readFileSync(entry.filePath, 'utf8')));
  }
  const states = factStates(
    articles,
    exercises.map((e) => ({ id: e.id, file: file(e, 'exercises'), data: e.data })),
  );
  // Only where everything else is right: a broken fact is reported as such, not as a change.
  if (issues.length === 0) issues.push(...unloggedChanges(states, readLedger()));
  if (issues.length > 0) throw new ContentError(issues);
  articles.sort((a, b) => b.dateIso.localeCompare(a.dateIso) || a.slug.localeCompare(b.slug));
  const timeline = buildTimeline(
    exercises,
    articles,
    (id) => entities.actors.get(id)?.kind === 'pays',
    entities.publishers,
  );
  const cards = factCards(articles, entities.publishers);
  return {
    articles,
    entities,
    timeline,
    timelineById: new Map(timeline.map((item) => [item.id, item])),
    cards,
    factPages: factPages(cards, timeline),
    factStates: states,
    corrections: correctionViews(
      [
        ...articles.flatMap((article) =>
          [
            ...[...article.figures, ...article.claims].map((fact) => ({ fact, url: urls.fact(fact.id) })),
            ...article.events.map((fact) => ({ fact, url: eventCardUrl(fact) })),
          ].map(({ fact, url }) => ({ url, title: fact.label, corrections: fact.corrections })),
        ),
        ...timeline.flatMap((item) =>
          item.context ? [{ url: item.url, title: item.title, corrections: item.context.corrections }] : [],
        ),
      ],
      entities.publishers,
    ),
  };
}

/** The rendered body of an article (remark/rehype run here, at build time). */
export async function articleEntry(slug: string): Promise<CollectionEntry<'articles'>> {
  // A direct lookup: filtering the whole collection for each page grows with the number of articles.
  const entry = await getEntry('articles', slug);
  if (!entry) throw new Error(`Article introuvable : ${slug}`);
  return entry;
}
