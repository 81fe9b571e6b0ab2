import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../src/lib/article-model';
import { archivePageUrl, paginateArticles } from '../../src/lib/article-lists';
import { publishedSpan } from '../../src/lib/published-span';

// The archive's pages and how a page of articles is named. Only slugs and dates matter here; the
// fixtures carry just those, expectations written by hand.

const article = (slug: string, dateIso: string, dateText: string) =>
  ({ slug, dateIso, dateText }) as unknown as ArticleModel;

// Newest first, as the site lists them.
const articles = [
  article('d', '2022-11-30', '30 novembre 2022'),
  article('c', '2022-11-30', '30 novembre 2022'),
  article('b', '2022-10-12', '12 octobre 2022'),
  article('a', '2021-01-01', '1er janvier 2021'),
];

describe('paginateArticles', () => {
  it('keeps every article on one page when they fit', () => {
    const pages = paginateArticles(articles, 50);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.articles).toEqual(articles);
    expect(pages[0]?.span).toBe('articles du 1er janvier 2021 au 30 novembre 2022');
  });

  it('cuts in list order, each article once, the last page shorter', () => {
    const pages = paginateArticles(articles, 3);
    expect(pages.map((page) => page.articles.map((a) => a.slug))).toEqual([['d', 'c', 'b'], ['a']]);
    expect(pages.map((page) => page.number)).toEqual([1, 2]);
    expect(pages.map((page) => page.span)).toEqual([
      'articles du 12 octobre 2022 au 30 novembre 2022',
      'articles du 1er janvier 2021',
    ]);
  });

  it('still gives an archive with no article its one page', () => {
    expect(paginateArticles([])).toEqual([{ number: 1, articles: [], span: 'aucun article' }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginateArticles(articles, 0)).toThrow(RangeError);
  });

  it('puts the first page at /articles/ and the others under page/N', () => {
    expect(archivePageUrl(1)).toBe('/articles/');
    expect(archivePageUrl(2)).toBe('/articles/page/2/');
  });
});

describe('publishedSpan', () => {
  it('names a page by one day when all its articles share it', () => {
    expect(publishedSpan(articles.slice(0, 2))).toBe('articles du 30 novembre 2022');
  });

  it('reads oldest to newest whatever the order it is given', () => {
    expect(publishedSpan([...articles].reverse())).toBe('articles du 1er janvier 2021 au 30 novembre 2022');
  });
});
