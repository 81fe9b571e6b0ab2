import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../src/lib/article-model';
import { paginateArticles } from '../../src/lib/article-lists';
import { urls } from '../../src/lib/urls';
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
  it('garde tous les articles sur une page quand ils y tiennent', () => {
    const pages = paginateArticles(articles, 50);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.articles).toEqual(articles);
    expect(pages[0]?.span).toBe('articles du 1er janvier 2021 au 30 novembre 2022');
  });

  it('coupe dans l’ordre de la liste, chaque article une fois, la dernière page plus courte', () => {
    const pages = paginateArticles(articles, 3);
    expect(pages.map((page) => page.articles.map((a) => a.slug))).toEqual([['d', 'c', 'b'], ['a']]);
    expect(pages.map((page) => page.number)).toEqual([1, 2]);
    expect(pages.map((page) => page.span)).toEqual([
      'articles du 12 octobre 2022 au 30 novembre 2022',
      'articles du 1er janvier 2021',
    ]);
  });

  it('donne quand même sa page unique à des archives sans article', () => {
    expect(paginateArticles([])).toEqual([{ number: 1, articles: [], span: 'aucun article' }]);
  });

  it('refuse une taille de page qui n’est pas un entier positif', () => {
    expect(() => paginateArticles(articles, 0)).toThrow(RangeError);
  });

  it('met la première page à /articles/ et les suivantes sous page/N', () => {
    expect(urls.archive(1)).toBe('/articles/');
    expect(urls.archive(2)).toBe('/articles/page/2/');
  });
});

describe('publishedSpan', () => {
  it('désigne une page par un seul jour quand tous ses articles sont de ce jour', () => {
    expect(publishedSpan(articles.slice(0, 2))).toBe('articles du 30 novembre 2022');
  });

  it('va du plus ancien au plus récent, quel que soit l’ordre reçu', () => {
    expect(publishedSpan([...articles].reverse())).toBe('articles du 1er janvier 2021 au 30 novembre 2022');
  });
});
