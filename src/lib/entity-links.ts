import { resolveId } from './resolve-id';
import type { Entities } from './site-model';
import { urls } from './urls';

/** A link to an actor's, aircraft's or place's page, by its French name. */
export interface EntityLink {
  readonly url: string;
  readonly text: string;
}

/** One row of a card's "who and what" list: « Acteurs », then each linked. */
export interface EntityLinkRow {
  readonly label: 'Acteurs' | 'Appareils' | 'Lieux';
  readonly links: readonly EntityLink[];
}

/** An actor's link, by its name (« Russie », « Sergueï Choïgou »). */
export const actorLink = (id: string, entities: Pick<Entities, 'actors'>): EntityLink => ({
  url: urls.actor(id),
  text: resolveId(entities.actors, id).name,
});

/** A place's link, by its name (« Mer du Japon »). */
export const placeLink = (id: string, entities: Pick<Entities, 'places'>): EntityLink => ({
  url: urls.place(id),
  text: resolveId(entities.places, id).name,
});

/** An aircraft's link, by its designation (« Tu-95MS »). */
const aircraftLink = (id: string, entities: Pick<Entities, 'aircraft'>): EntityLink => ({
  url: urls.aircraft(id),
  text: resolveId(entities.aircraft, id).designation,
});

/** Who and what a fact involves, each linked to its page; a row only when it has links. */
export function entityLinkRows(
  refs: {
    readonly actors: readonly string[];
    readonly aircraft: readonly string[];
    readonly places: readonly string[];
  },
  entities: Pick<Entities, 'actors' | 'aircraft' | 'places'>,
): EntityLinkRow[] {
  const rows: EntityLinkRow[] = [
    { label: 'Acteurs', links: refs.actors.map((id) => actorLink(id, entities)) },
    { label: 'Appareils', links: refs.aircraft.map((id) => aircraftLink(id, entities)) },
    { label: 'Lieux', links: refs.places.map((id) => placeLink(id, entities)) },
  ];
  return rows.filter((row) => row.links.length > 0);
}
