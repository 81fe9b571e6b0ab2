import { oncePer } from './once-per';
import { groupByYear } from './timeline-views';
import type { TimelineItem } from './timeline';
import { urls } from './urls';

/**
 * At most this many events per timeline page. The whole researched record (some sixty events, one
 * compact line each) fits on one page; a newsroom adding articles by the hundred gets pages
 * instead of one page that grows past the weight budget and keeps a phone busy.
 */
export const TIMELINE_PAGE_SIZE = 100;

/** One page of a timeline view. */
export interface TimelinePageSlice {
  /** 1-based. */
  readonly number: number;
  readonly items: readonly TimelineItem[];
  /** "2005–2019", "2022", "2024 et non datés": what the page covers, for its link in the page list. */
  readonly span: string;
  /** True when the page's first year began on the page before (its heading then says so). */
  readonly continuesYear: boolean;
}

/** "2005–2019", "2022", "2024 et non datés", "non datés". */
function spanOf(items: readonly TimelineItem[]): string {
  const years = items.flatMap((item) => (item.sortKey === undefined ? [] : [item.sortKey.year]));
  const undated = years.length < items.length;
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return 'non datés';
  const dated = first === last ? String(first) : `${first}–${last}`;
  return undated ? `${dated} et non datés` : dated;
}

/**
 * Cuts items (already in timeline order) into pages of at most `size`, keeping each year whole on
 * one page when it fits, so a reader finds a year in one place; a year longer than a page is cut.
 */
export function paginateTimeline(
  items: readonly TimelineItem[],
  size: number = TIMELINE_PAGE_SIZE,
): TimelinePageSlice[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`taille de page invalide : ${size}`);
  const pages: { items: TimelineItem[]; continuesYear: boolean }[] = [];
  for (const group of groupByYear(items)) {
    let current = pages.at(-1);
    if (current === undefined || current.items.length + group.items.length > size) {
      current = { items: [], continuesYear: false };
      pages.push(current);
    }
    for (const item of group.items) {
      if (current.items.length === size) {
        current = { items: [], continuesYear: true };
        pages.push(current);
      }
      current.items.push(item);
    }
  }
  return pages.map((page, index) => ({
    number: index + 1,
    items: page.items,
    span: spanOf(page.items),
    continuesYear: page.continuesYear,
  }));
}

/**
 * Where an event's line is in the whole timeline: its page and its anchor
 * ("/chronologie/#patrouille-aerienne-strategique-2022-11"). Undefined for an id not in it.
 */
export function timelineLineUrl(id: string, timeline: readonly TimelineItem[]): string | undefined {
  const page = pageNumbers(timeline).get(id);
  return page === undefined ? undefined : urls.timelineLine(page, id);
}

/** Each item's page number in the whole timeline, paginated once for all the articles that link to it. */
const pageNumbers = oncePer(
  (timeline: readonly TimelineItem[]): ReadonlyMap<string, number> =>
    new Map(paginateTimeline(timeline).flatMap((page) => page.items.map((item) => [item.id, page.number]))),
);
