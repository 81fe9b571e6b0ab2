import { describe, expect, it } from 'vitest';
import { citedPages } from '../../src/lib/cited-pages';
import type { ContextSource } from '../../src/schema/context-event';
import type { Publisher } from '../../src/schema/publisher';

const publishers = new Map<string, Publisher>([
  ['beijing-review', { name: 'Beijing Review', kind: 'media-d-etat', country: 'Chine' }],
  ['army-technology', { name: 'Army Technology', kind: 'site-specialise' }],
  ['kankanews', { name: 'Kankanews', kind: 'agregateur' }],
]);

const passage = (url: string, excerpt: string, extra: Partial<ContextSource> = {}): ContextSource => ({
  url,
  publisher: 'army-technology',
  lang: 'en',
  excerpt,
  ...extra,
});

describe('citedPages : les pages citées par un événement du relevé', () => {
  const beijing = 'http://www.bjreview.com.cn/print/txt/2009-07/24/content_209206.htm';
  const army = 'https://www.army-technology.com/news/news58612-html/';

  it('une page citée deux fois n’est listée qu’une fois, ses deux passages sous elle, dans l’ordre', () => {
    const pages = citedPages(
      [
        passage(beijing, 'held on July 22-26', { publisher: 'beijing-review' }),
        passage(army, 'on 22–26 July 2009', { publisher: 'army-technology' }),
        passage(beijing, 'About 1,300 service people', { publisher: 'beijing-review' }),
      ],
      publishers,
    );
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
    const [page] = citedPages(
      [
        passage('https://m.kankanews.com/detail/x', '首次', {
          publisher: 'kankanews',
          lang: 'zh',
          translationFr: 'pour la première fois',
        }),
        passage('https://m.kankanews.com/detail/x', '联合', {
          publisher: 'kankanews',
          lang: 'zh',
          note: 'page miroir',
        }),
      ],
      publishers,
    );
    expect(page!.passages.map((p) => [p.translationFr, p.note])).toEqual([
      ['pour la première fois', undefined],
      [undefined, 'page miroir'],
    ]);
    expect(page!.lang).toBe('zh');
  });

  it('chaque page dit qui la publie et de quel type de source il s’agit, d’après la fiche de l’éditeur', () => {
    const [china, site] = citedPages(
      [passage(beijing, 'x', { publisher: 'beijing-review' }), passage(army, 'y')],
      publishers,
    );
    expect([china!.name, china!.publisherKind]).toEqual(['Beijing Review', 'média d’État, Chine']);
    expect([site!.name, site!.publisherKind]).toEqual(['Army Technology', 'site spécialisé']);
  });

  it('un éditeur sans fiche est une erreur de programmation : le contrôle du contenu l’a signalé avant', () => {
    expect(() => citedPages([passage(army, 'x', { publisher: 'inconnu' })], publishers)).toThrow('inconnu');
  });

  it('des passages en deux langues ne donnent pas de langue à la page', () => {
    const [page] = citedPages(
      [passage(army, 'x', { lang: 'en' }), passage(army, 'y', { lang: 'fr' })],
      publishers,
    );
    expect(page!.lang).toBeUndefined();
  });

  it('aucune source, aucune page', () => {
    expect(citedPages([], publishers)).toEqual([]);
  });
});
