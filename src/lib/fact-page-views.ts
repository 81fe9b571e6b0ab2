import { oncePer } from './once-per';
import { withAcronymsSpelledOut } from './acronyms';
import type { FactCard } from './cards';
import type { CorrectionView } from './corrections';
import { actorLink, entityLinkRows, placeLink, type EntityLink, type EntityLinkRow } from './entity-links';
import type { FactPage, RecordItem } from './fact-pages';
import type { MapPlace } from './locator-map';
import { resolveId } from './resolve-id';
import type { Entities, Site } from './site-model';
import { shortName } from './timeline';
import { urls } from './urls';

/** The record event an article fact is, or belongs to: the way to its card in the chronology. */
interface SameAsLink {
  readonly url: string;
  /** Its short name: the series label when it has one, else its title. */
  readonly text: string;
  /** True when `text` is the newsroom's translation, which the link then says. */
  readonly isTranslation: boolean;
  readonly dateText: string;
}

/** What the card of an article fact shows, every id it names resolved. */
export interface FactCardView {
  readonly card: FactCard;
  readonly sameAs: SameAsLink | undefined;
  /** Its actors, aircraft and places, each linked to its page. */
  readonly entityLinks: readonly EntityLinkRow[];
  /** Its places on the locator map. */
  readonly places: readonly MapPlace[];
  /** This card's corrections, newest first. */
  readonly corrections: readonly CorrectionView[];
}

/** What the card of a record event shows, every id it names resolved. */
export interface EventCardView {
  /** The event, its texts spelling each acronym out at its first use on the card. */
  readonly item: RecordItem;
  /** Its areas, each linked to its page, and on the locator map. */
  readonly placeLinks: readonly EntityLink[];
  readonly places: readonly MapPlace[];
  /** The countries concerned, each linked to its page. */
  readonly countryLinks: readonly EntityLink[];
  /** This event's corrections, newest first. */
  readonly corrections: readonly CorrectionView[];
}

/** What one /faits/<id>/ page's card receives. */
export type FactPageView = ({ kind: 'fact' } & FactCardView) | ({ kind: 'event' } & EventCardView);

type Sources = Pick<Site, 'timelineById' | 'corrections'> & {
  readonly entities: Pick<Entities, 'actors' | 'aircraft' | 'places'>;
};

/** The site's corrections by the URL of the card they correct, grouped once for all its pages. */
const correctionsByFact = oncePer((corrections: readonly CorrectionView[]) =>
  Map.groupBy(corrections, (correction) => correction.factUrl),
);

/** The view of one /faits/ page: its card, with its links, map places and corrections. */
export function factPageView(page: FactPage, site: Sources): FactPageView {
  const corrections = correctionsByFact(site.corrections).get(urls.fact(page.id)) ?? [];
  const mapPlace = (id: string): MapPlace => {
    const { name, center } = resolveId(site.entities.places, id);
    return { name, center };
  };
  if (page.kind === 'fact') {
    const { card } = page;
    const record = card.sameAs === undefined ? undefined : resolveId(site.timelineById, card.sameAs);
    return {
      kind: 'fact',
      card,
      sameAs: record && { url: record.url, ...shortName(record), dateText: record.dateText },
      entityLinks: entityLinkRows(card, site.entities),
      places: card.places.map(mapPlace),
      corrections,
    };
  }
  // A record event's page: the card spells out each acronym at its first use (« Organisation de
  // coopération de Shanghai (OCS) »).
  const { item } = page;
  return {
    kind: 'event',
    item: { ...item, context: withAcronymsSpelledOut(item.context) },
    placeLinks: item.areas.map((id) => placeLink(id, site.entities)),
    places: item.areas.map(mapPlace),
    countryLinks: item.countries.map((id) => actorLink(id, site.entities)),
    corrections,
  };
}
