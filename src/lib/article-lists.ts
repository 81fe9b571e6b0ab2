import type { ArticleModel } from './article-model';
import { chunk } from './chunk';
import { publishedSpan } from './published-span';

/**
 * How many articles the lists that must stay short show, newest first. The home page and the feed
 * are read on phones and polled by feed readers: at 1,000 articles, listing them all made the home
 * page 476 KB of HTML (measured with the bench). Every article stays reachable from the archive.
 */
export const HOME_LATEST = 20;
export const FEED_LATEST = 50;
/** At most this many articles per page of the archive (`/articles/`). */
export const ARCHIVE_PAGE_SIZE = 50;

/** One page of the archive. */
export interface ArchivePageSlice {
  /** 1-based. */
  readonly number: number;
  readonly articles: readonly ArticleModel[];
  /** "articles du 13 octobre 2022 au 30 novembre 2022", for the page list. */
  readonly span: string;
}

/** Cuts the articles (in the site's order, newest first) into archive pages of at most `size`. */
export function paginateArticles(
  articles: readonly ArticleModel[],
  size: number = ARCHIVE_PAGE_SIZE,
): ArchivePageSlice[] {
  return chunk(articles, size).map((slice, index) => ({
    number: index + 1,
    articles: slice,
    span: publishedSpan(slice),
  }));
}
