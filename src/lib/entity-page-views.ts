import { entityCard, type EntityCard } from './entity-cards';
import { actorRecordEvents, aircraftRecordEvents, appearancesOf, placeRecordEvents } from './entity-index';
import { entityPagePaths, type EntityPageProps } from './entity-pages';
import { actorKindLabel } from './labels';
import { parsePartialDate } from '../dates/partial-date';
import { formatPartialDate } from './date-format';
import { resolveId } from './resolve-id';
import type { Site } from './site-model';
import type { TimelineItem } from './timeline';
import { countryViewPath } from './timeline-views';
import { urls } from './urls';
import { withCacheKeys } from './view-digest';

/** What an entity's page shows besides its articles and facts: everything resolved, nothing to look up. */
export interface EntityView {
  /** The directory of the entity's kind (`/acteurs/`…), which the kicker names and links to. */
  readonly directory: { url: string; label: string; one: string };
  /** URL of the entity's first page. */
  readonly url: string;
  /** Definition list rows: what the shared entry says. */
  readonly details: readonly { term: string; value: string; href?: string | undefined }[];
  /** The researched record's events involving the entity, and how they relate to it. */
  readonly record: { items: readonly TimelineItem[]; relation: string; viewUrl?: string | undefined };
  /** What the page is, as shared: its title, counts, image and structured data. */
  readonly card: EntityCard;
  /** Where a place is, for its locator map. */
  readonly map?: { name: string; center: readonly [number, number] } | undefined;
}

export function actorView(id: string, site: Site): EntityView {
  const actor = resolveId(site.entities.actors, id);
  // A country taking part in a record event has its own view of the timeline (`/chronologie/pays/<id>/`).
  const countryEvents = actorRecordEvents(site.timeline, id, actor.kind);
  return {
    directory: { url: urls.directory.actors(), label: 'Acteurs', one: 'Acteur' },
    url: urls.actor(id),
    details: [
      { term: 'Type', value: actorKindLabel(actor.kind) },
      ...(actor.role
        ? [
            {
              term: actor.roleAsOf
                ? `Rôle en ${formatPartialDate(parsePartialDate(actor.roleAsOf))}`
                : 'Rôle',
              value: actor.role,
            },
          ]
        : []),
      ...(actor.country
        ? [
            {
              term: 'Pays',
              value: resolveId(site.entities.actors, actor.country.id).name,
              href: urls.actor(actor.country.id),
            },
          ]
        : []),
    ],
    record: {
      items: countryEvents,
      relation: 'avec ce pays parmi les participants',
      viewUrl: countryEvents.length > 0 ? urls.timelineView(countryViewPath(id)) : undefined,
    },
    card: entityCard('actors', id, site),
  };
}

export function aircraftView(id: string, site: Site): EntityView {
  const aircraft = resolveId(site.entities.aircraft, id);
  const operator = resolveId(site.entities.actors, aircraft.operator.id);
  return {
    directory: { url: urls.directory.aircraft(), label: 'Appareils', one: 'Appareil' },
    url: urls.aircraft(id),
    details: [
      { term: 'Rôle', value: aircraft.role },
      { term: 'Mis en œuvre par', value: operator.name, href: urls.actor(aircraft.operator.id) },
    ],
    record: { items: aircraftRecordEvents(site.timeline, aircraft), relation: 'où cet appareil est engagé' },
    card: entityCard('aircraft', id, site),
  };
}

export function placeView(id: string, site: Site): EntityView {
  const place = resolveId(site.entities.places, id);
  return {
    directory: { url: urls.directory.places(), label: 'Lieux', one: 'Lieu' },
    url: urls.place(id),
    details: [{ term: 'Type', value: place.kind }],
    record: { items: placeRecordEvents(site.timeline, id), relation: 'dans cette zone' },
    card: entityCard('places', id, site),
    map: { name: place.name, center: place.center },
  };
}

const views = { actors: actorView, aircraft: aircraftView, places: placeView } as const;

/** What each page of an entity receives: its slice of articles and facts, and the entity's view. */
export interface EntityRouteProps extends EntityPageProps {
  readonly entity: EntityView;
}

/**
 * Static paths of every page of every entity of a collection, each with the whole view it renders
 * and that view's digest as its `cacheKey`.
 */
export function entityRoutes(collection: keyof typeof views, site: Site) {
  const paths = [...site.entities[collection].keys()].flatMap((id) => {
    const entity = views[collection](id, site);
    return entityPagePaths([id], (one) => appearancesOf(collection, one, site.articles, site.cards)).map(
      (path) => ({ params: path.params, props: { ...path.props, entity } satisfies EntityRouteProps }),
    );
  });
  return withCacheKeys(paths);
}
