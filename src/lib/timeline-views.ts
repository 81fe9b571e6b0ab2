import slugify from '@sindresorhus/slugify';
import { eventKindLabels, eventKinds, type EventKind } from '../vocabulary/event-kinds';
import type { TimelineItem } from './timeline';
import { capitalise } from './labels';

/** A filtered view of the timeline, with its own URL so it works without JavaScript. */
export interface TimelineView {
  /** Path under /chronologie/, without slashes at the ends: "patrouilles-aeriennes", "2022", "pays/inde". */
  readonly path: string;
  readonly group: 'type' | 'annee' | 'pays';
  /** Link text in the filter menu: "Patrouilles aériennes", "2022", "Inde". */
  readonly label: string;
  /** Page title. */
  readonly title: string;
  readonly items: readonly TimelineItem[];
}

/** Slug of a kind's view, from its French plural: "patrouilles-aeriennes". */
export const kindViewPath = (kind: EventKind): string =>
  slugify(eventKindLabels[kind].many, { locale: 'fr' });

/** Path of a participant country's view: "pays/inde". */
export const countryViewPath = (id: string): string => `pays/${id}`;

/** Every view that has at least one item: by kind (in the kinds' order), by year, by participant country. */
export function timelineViews(
  items: readonly TimelineItem[],
  countryName: (id: string) => string,
): TimelineView[] {
  const byKind = eventKinds
    .map((kind) => ({ kind, matching: items.filter((item) => item.kind === kind) }))
    .filter(({ matching }) => matching.length > 0)
    .map(({ kind, matching }): TimelineView => {
      const label = capitalise(eventKindLabels[kind].many);
      return {
        path: kindViewPath(kind),
        group: 'type',
        label,
        title: `Chronologie : ${eventKindLabels[kind].many}`,
        items: matching,
      };
    });
  const years = [...new Set(items.flatMap((item) => (item.year === undefined ? [] : [item.year])))].sort(
    (a, b) => a - b,
  );
  const byYear = years.map((year): TimelineView => ({
    path: String(year),
    group: 'annee',
    label: String(year),
    title: `Chronologie : ${year}`,
    items: items.filter((item) => item.year === year),
  }));
  const countries = [...new Set(items.flatMap((item) => item.countries))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), 'fr'),
  );
  const byCountry = countries.map((id): TimelineView => ({
    path: countryViewPath(id),
    group: 'pays',
    label: countryName(id),
    // « concerné »: a context event's countries are its actors (the United States for Pelosi's visit).
    title: `Chronologie, pays concerné : ${countryName(id)}`,
    items: items.filter((item) => item.countries.includes(id)),
  }));
  return [...byKind, ...byYear, ...byCountry];
}

/** Items grouped by year, in order; undated items in a last group. */
export function groupByYear(
  items: readonly TimelineItem[],
): { year: number | undefined; items: TimelineItem[] }[] {
  const groups: { year: number | undefined; items: TimelineItem[] }[] = [];
  for (const item of items) {
    const year = item.sortKey?.year;
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** Title of the whole timeline, on its first page and the ones after. */
export const TIMELINE_TITLE = 'Exercices et patrouilles sino-russes';

/** The whole timeline's description; its first year comes from content, as the research grows back in time. */
export function timelineDescription(items: readonly TimelineItem[]): string {
  const firstYear = Math.min(...items.flatMap((item) => (item.year === undefined ? [] : [item.year])));
  // A documented selection, not a census: the two countries have held many more exercises together
  // (multilateral ones above all), so a reader must not take the list, or a « first » in it, as complete.
  return `Une sélection documentée des exercices militaires conjoints et des patrouilles de la Russie et de la Chine depuis ${firstYear}, avec les événements cités par nos articles, chacun daté à sa précision et sourcé. Elle ne recense pas tous les exercices auxquels les deux pays ont pris part : ses « premières fois » sont celles de cette chronologie.`;
}
