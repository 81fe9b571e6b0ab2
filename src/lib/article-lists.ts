import type { ArticleModel } from './article-model';
import { chunk } from './chunk';
import { publishedSpan, type Published } from './published-span';

/**
 * How many articles the lists that must stay short show, newest first. The home page and the feed
 * are read on phones and polled by feed readers: at 1,000 articles, listing them all made the home
 * page 476 KB of HTML (measured with the bench). Every article stays reachable from the archive.
 */
export const HOME_LATEST = 20;
export const FEED_LATEST = 50;
/** At most this many articles per page of the archive (`/articles/`). */
export const ARCHIVE_PAGE_SIZE = 50;

/** An article as the lists show it (home page, archive): headline, date, summary, link. */
export type ArticleListItem = Pick<ArticleModel, 'url' | 'title' | 'summary' | 'dateIso' | 'dateText'>;

/** What a list shows of an article, and nothing else: an archive page's cache key reads only that. */
export const articleListItem = ({
  url,
  title,
  summary,
  dateIso,
  dateText,
}: ArticleListItem): ArticleListItem => ({
  url,
  title,
  summary,
  dateIso,
  dateText,
});

/** One page of the archive. */
export interface ArchivePageSlice<A extends Published = ArticleListItem> {
  /** 1-based. */
  readonly number: number;
  readonly articles: readonly A[];
  /** "articles du 13 octobre 2022 au 30 novembre 2022", for the page list. */
  readonly span: string;
}

/** Cuts the articles (in the site's order, newest first) into archive pages of at most `size`. */
export function paginateArticles<A extends Published>(
  articles: readonly A[],
  size: number = ARCHIVE_PAGE_SIZE,
): ArchivePageSlice<A>[] {
  return chunk(articles, size).map((slice, index) => ({
    number: index + 1,
    articles: slice,
    span: publishedSpan(slice),
  }));
}
