import { resolveId } from './resolve-id';
import type { Site } from './site-model';
import { axisData, type AxisData } from './timeline-axis';
import { timelineLine, type TimelineLine } from './timeline-line';
import { paginateTimeline } from './timeline-pages';
import {
  groupByYear,
  TIMELINE_TITLE,
  timelineDescription,
  timelineViews,
  type TimelineView,
} from './timeline-views';

/** A link of the timeline's filter menu: a view, and how many events it holds. */
interface TimelineFilter {
  /** Path under /chronologie/: "patrouilles-aeriennes", "pays/inde". */
  readonly path: string;
  /** "Patrouilles aériennes", "Inde". */
  readonly label: string;
  readonly count: number;
}

/** One year's events on a page, as compact lines. */
interface TimelineYearLines {
  /** Undefined for the undated events, which come last. */
  readonly year: number | undefined;
  readonly lines: readonly TimelineLine[];
}

/** A page of a view, as the list of the view's pages links it. */
interface TimelinePageLink {
  /** 1-based. */
  readonly number: number;
  /** "2005–2019", "2024 et non datés". */
  readonly span: string;
}

/**
 * Everything one page of the timeline or of one of its filtered views renders, and no more: these
 * props are digested into the page's cache key on every build, so the rest of the view comes as
 * counts (the chart) and page numbers (the page list), never as its events, or the digests of all
 * pages together would grow with the square of the timeline.
 */
export interface TimelinePageView {
  readonly title: string;
  readonly description: string;
  /** Path of the page's view ("" for the full timeline). */
  readonly current: string;
  /** The chart's counts: they cover the whole view, not only this page. */
  readonly axis: AxisData;
  readonly pages: readonly TimelinePageLink[];
  /** This page; `continuesYear` when its first year began on the page before. */
  readonly page: TimelinePageLink & { readonly continuesYear: boolean };
  /** This page's events, year by year. */
  readonly years: readonly TimelineYearLines[];
  /** How many events the whole timeline holds (the menu's first link). */
  readonly total: number;
  /** The filter menu: views by kind, then by country concerned. */
  readonly filters: { readonly type: readonly TimelineFilter[]; readonly pays: readonly TimelineFilter[] };
  /** The years that have a view of their own: the axis links each to it. */
  readonly yearsWithView: readonly number[];
}

/**
 * Every page of the timeline: the whole timeline's pages first, then each filtered view's. The
 * views, the filter menu and each line's country names are derived once here for all the pages.
 */
export function timelinePageViews(site: Pick<Site, 'timeline' | 'entities'>): TimelinePageView[] {
  const { timeline, entities } = site;
  const countryName = (id: string) => resolveId(entities.actors, id).name;
  const views = timelineViews(timeline, countryName);
  const filter = (group: TimelineView['group']): TimelineFilter[] =>
    views
      .filter((view) => view.group === group)
      .map((view) => ({ path: view.path, label: view.label, count: view.items.length }));
  const shared = {
    total: timeline.length,
    filters: { type: filter('type'), pays: filter('pays') },
    yearsWithView: views.filter((view) => view.group === 'annee').map((view) => Number(view.path)),
  };
  return [
    { path: '', title: TIMELINE_TITLE, description: timelineDescription(timeline), items: timeline },
    ...views.map((view) => ({
      path: view.path,
      title: view.title,
      description: viewDescription(view.items.length),
      items: view.items,
    })),
  ].flatMap((view) => {
    const axis = axisData(view.items);
    const slices = paginateTimeline(view.items);
    const pages = slices.map(({ number, span }) => ({ number, span }));
    return slices.map((page) => ({
      title: view.title,
      description: view.description,
      current: view.path,
      axis,
      pages,
      page: { number: page.number, span: page.span, continuesYear: page.continuesYear },
      years: groupByYear(page.items).map((group) => ({
        year: group.year,
        lines: group.items.map((item) => timelineLine(item, countryName)),
      })),
      ...shared,
    }));
  });
}

/** A filtered view's description: « 12 événements de la chronologie des exercices et patrouilles sino-russes. » */
const viewDescription = (count: number): string =>
  `${count} événement${count > 1 ? 's' : ''} de la chronologie des exercices et patrouilles sino-russes.`;
