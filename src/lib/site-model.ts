import { buildArticles, type ArticleInput, type ArticleModel } from './article-model';
import type { ContentIssue } from './content-issues';
import { checkSameAsDates } from './same-as';
import { impossibleDates } from './raw-dates';
import { leftoverReviewMarks } from './review-marks';
import { checkReferences, type EntityReference } from './entity-references';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeline, type TimelineItem } from './timeline';
import { eventCardUrl, factCards, type FactCard } from './cards';
import { factPages, type FactPage } from './fact-pages';
import { httpLinkIssues, type ContentLink } from './safe-url';
import { unknownPublishers } from './claim-checks';
import { correctionViews, type CorrectionView } from './corrections';
import { urls } from './urls';
import {
  factStates,
  PUBLISHED_FACTS_FILE,
  readLedger,
  unloggedChanges,
  type FactState,
} from './published-facts';
import type { Actor } from '../schema/actor';
import type { Aircraft } from '../schema/aircraft';
import type { Place } from '../schema/place';
import type { ContextEvent } from '../schema/context-event';
import type { Publisher } from '../schema/publisher';

/** One validated YAML entry: its id (the file name), its path from the project root, its data. */
export interface SiteEntry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
}

/**
 * All content, validated entry by entry by the collections' schemas: what Astro's content layer
 * gives the build, and what `npm run check:content` reads from the files itself.
 */
export interface SiteContent {
  readonly articles: readonly ArticleInput[];
  readonly actors: readonly SiteEntry<Actor>[];
  readonly aircraft: readonly SiteEntry<Aircraft>[];
  readonly places: readonly SiteEntry<Place>[];
  readonly exercises: readonly SiteEntry<ContextEvent>[];
  readonly publishers: readonly SiteEntry<Publisher>[];
  /** Hosts allowed to be linked over plain http (`content/http-hosts.yaml`). */
  readonly httpHosts: readonly string[];
}

/** Shared entries by id, as validated by their schemas. */
export interface Entities {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly aircraft: ReadonlyMap<string, Aircraft>;
  readonly places: ReadonlyMap<string, Place>;
  readonly exercises: ReadonlyMap<string, ContextEvent>;
  readonly publishers: ReadonlyMap<string, Publisher>;
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

export interface SiteOptions {
  /** Include articles marked `draft: true` (`astro dev` previews them; the build leaves them out). */
  readonly drafts: boolean;
  /** The project's folder: content paths and the ledger are read from it. */
  readonly root: string;
}

/**
 * Checks all content across files (quotes in the body, references, dates, links, the published
 * facts' ledger) and derives the site's model. Every issue comes back at once, in the project's
 * format, so an author fixes them in one pass; the model only when there is none.
 */
export function buildSite(
  content: SiteContent,
  options: SiteOptions,
): { site: Site; issues: [] } | { site: undefined; issues: ContentIssue[] } {
  const { actors, aircraft, places, exercises, publishers } = content;
  const byId = <T>(entries: readonly SiteEntry<T>[]) =>
    new Map(entries.map((entry) => [entry.id, entry.data]));
  const entities: Entities = {
    actors: byId(actors),
    aircraft: byId(aircraft),
    places: byId(places),
    exercises: byId(exercises),
    publishers: byId(publishers),
  };
  const articleEntries = content.articles.filter((entry) => options.drafts || !entry.data.draft);
  const { articles, issues } = buildArticles(articleEntries, {
    actors: new Set(entities.actors.keys()),
    aircraft: entities.aircraft,
    places: new Set(entities.places.keys()),
    exercises: new Set(entities.exercises.keys()),
    publishers: new Set(entities.publishers.keys()),
  });
  issues.push(...checkSameAsDates(articles, entities.exercises));
  const references: EntityReference[] = [
    ...aircraft.map((e) => ({
      file: e.file,
      field: 'operator',
      collection: 'actors' as const,
      id: e.data.operator.id,
    })),
    ...actors.flatMap((e) =>
      e.data.country
        ? [
            {
              file: e.file,
              field: 'country',
              collection: 'actors' as const,
              id: e.data.country.id,
            },
          ]
        : [],
    ),
    ...exercises.flatMap((e) => [
      ...e.data.countries.map((ref, i) => ({
        file: e.file,
        field: `countries[${i}]`,
        collection: 'actors' as const,
        id: ref.id,
      })),
      ...e.data.areas.map((ref, i) => ({
        file: e.file,
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
          file: e.file,
          field: `corrections[${i}].sources[${j}].url`,
          url: source.url,
        })),
      ),
      ...e.data.sources.map((source, i) => ({
        file: e.file,
        field: `sources[${i}].url`,
        url: source.url,
      })),
      ...('frSource' in e.data.name
        ? [{ file: e.file, field: 'name.frSource', url: e.data.name.frSource }]
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
  issues.push(...httpLinkIssues(links, new Set(content.httpHosts)));
  const publisherIds = new Set(entities.publishers.keys());
  for (const e of exercises) {
    // The record's sources name their publishers by id, like the checks: each is described once.
    for (const miss of unknownPublishers(e.data, '', publisherIds))
      issues.push({ file: e.file, ...miss, field: miss.field.replace(/^\./, '') });
    (e.data.corrections ?? []).forEach((correction, i) => {
      for (const miss of unknownPublishers(correction, `corrections[${i}]`, publisherIds))
        issues.push({ file: e.file, ...miss });
    });
  }
  for (const article of articleEntries) {
    article.data.events.forEach((event, i) => {
      if (event.dateSource && !publisherIds.has(event.dateSource.publisher))
        issues.push({
          file: article.filePath,
          field: `events[${i}].dateSource.publisher`,
          message: `« ${event.dateSource.publisher} » ne correspond à aucune entrée de content/publishers/ (un éditeur se décrit une fois : nom, type, pays)`,
        });
    });
  }
  for (const file of [
    ...articleEntries.map((entry) => entry.filePath),
    ...[actors, aircraft, places, exercises].flatMap((list) => list.map((entry) => entry.file)),
  ]) {
    issues.push(...impossibleDates(file, readFileSync(join(options.root, file), 'utf8')));
  }
  for (const entry of articleEntries) {
    if (!entry.data.draft)
      issues.push(
        ...leftoverReviewMarks(entry.filePath, readFileSync(join(options.root, entry.filePath), 'utf8')),
      );
  }
  const states = factStates(articles, exercises);
  // Only where everything else is right: a broken fact is reported as such, not as a change.
  if (issues.length === 0)
    issues.push(...unloggedChanges(states, readLedger(join(options.root, PUBLISHED_FACTS_FILE))));
  if (issues.length > 0) return { site: undefined, issues };
  articles.sort((a, b) => b.dateIso.localeCompare(a.dateIso) || a.slug.localeCompare(b.slug));
  const timeline = buildTimeline(
    exercises,
    articles,
    (id) => entities.actors.get(id)?.kind === 'pays',
    entities.publishers,
  );
  const cards = factCards(articles, entities.publishers);
  const site: Site = {
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
  return { site, issues: [] };
}
