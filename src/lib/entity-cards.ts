import type { ShareCard } from './share-card';
import type {
  Country,
  GovernmentOrganization,
  Organization,
  Person,
  Place,
  ProductModel,
  WebPage,
  WithContext,
} from 'schema-dts';

/** The schema.org types of the entities' pages. */
type EntityLdType = Country | Person | GovernmentOrganization | Organization | Place | ProductModel;
type EntityLdTypeName =
  'Country' | 'Person' | 'GovernmentOrganization' | 'Organization' | 'Place' | 'ProductModel';
import {
  actorRecordEvents,
  aircraftRecordEvents,
  appearancesOf,
  articleCount,
  placeRecordEvents,
  type EntityAppearances,
} from './entity-index';
import type { EntityCollection } from './entity-index';
import { formatCount } from './figure-format';
import { actorKindLabel, capitalise } from './labels';
import { siteName } from './nav';
import type { Site } from './site';
import { urls } from './urls';

/** An actor's, aircraft's or place's page as a reader may share it: what it is, and how much the site holds on it. */
export interface EntityCard {
  readonly collection: EntityCollection;
  readonly id: string;
  readonly url: string;
  readonly imageUrl: string;
  /** « Russie », « Tu-95 », « Mer du Japon ». */
  readonly title: string;
  /** « Acteur · pays », « Appareil · bombardier stratégique », « Lieu · mer ». */
  readonly kicker: string;
  /** « 1 article, 8 faits ; dans le relevé : 60 exercices et patrouilles »: what the page lists. */
  readonly counts: string;
  /** The schema.org type of what the page is about. */
  /** Its schema.org type. */
  readonly ldType: EntityLdTypeName;
}

type Sources = Pick<Site, 'articles' | 'cards' | 'entities' | 'timeline'>;

/** What a page of an entity counts: articles that name it, facts, and the record's events. */
export function entityCounts(appearances: EntityAppearances, recordEvents: number): string {
  const articles = formatCount(articleCount(appearances), { one: 'article', other: 'articles' });
  const facts = formatCount(appearances.facts.length, { one: 'fait', other: 'faits' });
  const record =
    recordEvents > 0
      ? ` ; dans le relevé : ${formatCount(recordEvents, { one: 'exercice ou patrouille', other: 'exercices et patrouilles' })}`
      : '';
  return `${articles}, ${facts}${record}`;
}

const actorLdTypes = {
  pays: 'Country',
  personne: 'Person',
  institution: 'GovernmentOrganization',
  alliance: 'Organization',
} as const;

/** The card of one entity's page. */
export function entityCard(collection: EntityCollection, id: string, site: Sources): EntityCard {
  const appearances = appearancesOf(collection, id, site.articles, site.cards);
  const base = (
    fields: Omit<EntityCard, 'collection' | 'id' | 'imageUrl' | 'counts'>,
    recordEvents: number,
  ) => ({
    collection,
    id,
    ...fields,
    title: capitalise(fields.title),
    imageUrl: urls.entityImage(fields.url),
    counts: entityCounts(appearances, recordEvents),
  });
  if (collection === 'actors') {
    const actor = site.entities.actors.get(id)!;
    return base(
      {
        url: urls.actor(id),
        title: actor.name,
        kicker: `Acteur · ${actorKindLabel(actor.kind)}`,
        ldType: actorLdTypes[actor.kind],
      },
      actorRecordEvents(site.timeline, id, actor.kind).length,
    );
  }
  if (collection === 'aircraft') {
    const aircraft = site.entities.aircraft.get(id)!;
    return base(
      {
        url: urls.aircraft(id),
        title: aircraft.designation,
        kicker: `Appareil · ${aircraft.role}`,
        ldType: 'ProductModel',
      },
      aircraftRecordEvents(site.timeline, aircraft).length,
    );
  }
  const place = site.entities.places.get(id)!;
  return base(
    { url: urls.place(id), title: place.name, kicker: `Lieu · ${place.kind}`, ldType: 'Place' },
    placeRecordEvents(site.timeline, id).length,
  );
}

/** Every entity's card: actors, aircraft, places. */
export function entityCards(site: Sources): EntityCard[] {
  return (['actors', 'aircraft', 'places'] as const).flatMap((collection) =>
    [...site.entities[collection].keys()].map((id) => entityCard(collection, id, site)),
  );
}

/** What the page's share image says. */
export function entityShareCard(card: EntityCard): ShareCard {
  return {
    kicker: card.kicker,
    title: card.title,
    quote: capitalise(card.counts),
    source: 'Dans nos articles et la chronologie',
    siteName,
  };
}

/** schema.org for an entity's page: what it is about, with its page and image. */
export function entityLd(card: EntityCard, description: string, site: URL): WithContext<EntityLdType> {
  const page: WebPage = { '@type': 'WebPage', url: urls.absolute(card.url, site), inLanguage: 'fr' };
  // One object for all types: each takes the same Thing properties, checked against schema.org's.
  const thing = {
    '@context': 'https://schema.org',
    '@type': card.ldType,
    name: card.title,
    description,
    url: urls.absolute(card.url, site),
    image: urls.absolute(card.imageUrl, site),
    mainEntityOfPage: page,
  } satisfies Omit<WithContext<Exclude<Country, string>>, '@type'> & { '@type': EntityLdTypeName };
  return thing as WithContext<EntityLdType>;
}
