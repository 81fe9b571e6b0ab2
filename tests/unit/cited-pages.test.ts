import { describe, expect, it } from 'vitest';
import { citedPages, domainName } from '../../src/lib/cited-pages';
import type { ContextSource } from '../../src/schema/context-event';

const passage = (url: string, excerpt: string, extra: Partial<ContextSource> = {}): ContextSource => ({
  url,
  lang: 'en',
  excerpt,
  ...extra,
});

describe('citedPages : les pages citées par un événement du relevé', () => {
  const beijing = 'http://www.bjreview.com.cn/print/txt/2009-07/24/content_209206.htm';
  const army = 'https://www.army-technology.com/news/news58612-html/';

  it('une page citée deux fois n’est listée qu’une fois, ses deux passages sous elle, dans l’ordre', () => {
    const pages = citedPages([
      passage(beijing, 'held on July 22-26', { publisher: 'Beijing Review' }),
      passage(army, 'on 22–26 July 2009', { publisher: 'Army Technology' }),
      passage(beijing, 'About 1,300 service people', { publisher: 'Beijing Review' }),
    ]);
    expect(pages.map((page) => [page.url, page.name])).toEqual([
      [beijing, 'Beijing Review'],
      [army, 'Army Technology'],
    ]);
    expect(pages[0]!.passages.map((p) => p.excerpt)).toEqual([
      'held on July 22-26',
      'About 1,300 service people',
    ]);
    expect(pages[1]!.passages.map((p) => p.excerpt)).toEqual(['on 22–26 July 2009']);
  });

  it('chaque passage garde sa traduction et sa note', () => {
    const [page] = citedPages([
      passage('https://m.kankanews.com/detail/x', '首次', {
        lang: 'zh',
        translationFr: 'pour la première fois',
      }),
      passage('https://m.kankanews.com/detail/x', '联合', { lang: 'zh', note: 'page miroir' }),
    ]);
    expect(page!.passages.map((p) => [p.translationFr, p.note])).toEqual([
      ['pour la première fois', undefined],
      [undefined, 'page miroir'],
    ]);
    expect(page!.lang).toBe('zh');
  });

  it('sans éditeur nommé, le lecteur voit le domaine, sans www., m. ni amp.', () => {
    expect(citedPages([passage('https://www.kurv.com/a?utm_source=rss', 'x')])[0]!.name).toBe('kurv.com');
    expect(domainName('http://m.keyanhelp.cn/world/x.htm')).toBe('keyanhelp.cn');
    expect(domainName('https://amp.example.org/')).toBe('example.org');
    expect(domainName('https://news.maritime-network.com/2023/')).toBe('news.maritime-network.com');
  });

  it('des passages en deux langues ne donnent pas de langue à la page', () => {
    const [page] = citedPages([passage(army, 'x', { lang: 'en' }), passage(army, 'y', { lang: 'fr' })]);
    expect(page!.lang).toBeUndefined();
  });

  it('aucune source, aucune page', () => {
    expect(citedPages([])).toEqual([]);
  });
});
