import type { ArticleModel } from './article-model';
import { toIso } from '../dates/partial-date';
import { articleItems, articleTimeline, shortName, type TimelineItem } from './timeline';
import { timelineLineUrl } from './timeline-pages';
import { urls } from './urls';

/** One event of an article's side timeline. */
interface ArticleTimelineEntry {
  /** The event's card. */
  readonly url: string;
  /** Its short name (see `shortName`), and whether that is the newsroom's translation. */
  readonly name: string;
  readonly nameIsTranslation: boolean;
  /** Machine-readable start, at its precision; undefined when unknown. */
  readonly dateIso: string | undefined;
  readonly dateText: string;
  readonly kindLabel: string;
  /** True for the article's own events, false for the record's events around them. */
  readonly inArticle: boolean;
}

/** The box beside an article: its events in order, among the record's events of the same period. */
export interface ArticleTimelineView {
  readonly entries: readonly ArticleTimelineEntry[];
  /** The whole timeline, opened at the article's subject when it has one, its neighbours around it. */
  readonly timelineUrl: string;
}

/** The article's side timeline, from the whole timeline. */
export function articleTimelineView(
  article: ArticleModel,
  timeline: readonly TimelineItem[],
): ArticleTimelineView {
  const mentionOf = (item: TimelineItem) =>
    item.mentions.find((mention) => mention.articleUrl === article.url);
  const subject = articleItems(article, timeline).find((item) => mentionOf(item)?.isSubject);
  return {
    entries: articleTimeline(article, timeline).map((item) => {
      const name = shortName(item);
      return {
        url: item.url,
        name: name.text,
        nameIsTranslation: name.isTranslation,
        dateIso: item.start && toIso(item.start),
        dateText: item.dateText,
        kindLabel: item.kindLabel,
        inArticle: mentionOf(item) !== undefined,
      };
    }),
    timelineUrl: (subject && timelineLineUrl(subject.id, timeline)) ?? urls.timeline(),
  };
}
