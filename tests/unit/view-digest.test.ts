import { describe, expect, it } from 'vitest';
import { viewDigest, withCacheKeys } from '../../src/lib/view-digest';

// A page's cache key: an incremental build reuses a page whose key has not changed, so every
// change a reader could see must change it, and nothing it cannot read may pass unseen.

const view = () => ({
  title: 'Patrouille conjointe',
  facts: [{ id: 'duree', value: 8, checked: true, note: null, source: undefined }],
  places: new Map([['mer-du-japon', { name: 'mer du Japon' }]]),
  ids: new Set(['a', 'b']),
  updated: new Date('2022-12-01T00:00:00Z'),
});

describe('viewDigest', () => {
  it('donne la même clé à deux vues égales construites séparément', () => {
    expect(viewDigest(view())).toBe(viewDigest(view()));
  });

  it.each([
    ['un texte', (v: ReturnType<typeof view>) => ({ ...v, title: 'Patrouille conjointe ' })],
    [
      'un nombre au fond d’une liste',
      (v: ReturnType<typeof view>) => ({ ...v, facts: [{ ...v.facts[0]!, value: 9 }] }),
    ],
    [
      'null devenu absent',
      (v: ReturnType<typeof view>) => ({ ...v, facts: [{ ...v.facts[0]!, note: undefined }] }),
    ],
    [
      'une valeur de Map',
      (v: ReturnType<typeof view>) => ({
        ...v,
        places: new Map([['mer-du-japon', { name: 'mer de Chine' }]]),
      }),
    ],
    ['un élément de Set', (v: ReturnType<typeof view>) => ({ ...v, ids: new Set(['a', 'c']) })],
    ['une date', (v: ReturnType<typeof view>) => ({ ...v, updated: new Date('2022-12-02T00:00:00Z') })],
    ['un élément de plus', (v: ReturnType<typeof view>) => ({ ...v, facts: [...v.facts, v.facts[0]!] })],
  ])('change quand change %s', (_what, change) => {
    expect(viewDigest(change(view()))).not.toBe(viewDigest(view()));
  });

  it('distingue ce qui s’écrirait pareil : « 1 » et 1, une Map et un objet, deux textes recollés', () => {
    expect(viewDigest('1')).not.toBe(viewDigest(1));
    expect(viewDigest(new Map([['a', 1]]))).not.toBe(viewDigest({ a: 1 }));
    expect(viewDigest(['ab', 'c'])).not.toBe(viewDigest(['a', 'bc']));
  });

  it('refuse ce qu’elle ne sait pas lire, en nommant où il se trouve', () => {
    expect(() => viewDigest({ facts: [{ format: () => '8 heures' }] })).toThrow(/props\.facts\[0\]\.format/);
    class Figure {}
    expect(() => viewDigest({ figure: new Figure() })).toThrow(/props\.figure/);
  });
});

describe('withCacheKeys', () => {
  it('donne à chaque chemin la clé de ses props, et des clés différentes à des props différentes', () => {
    const paths = withCacheKeys([
      { params: { id: 'a' }, props: view() },
      { params: { id: 'b' }, props: { ...view(), title: 'Autre' } },
    ]);
    expect(paths[0]?.cacheKey).toBe(viewDigest(view()));
    expect(paths[0]?.params).toEqual({ id: 'a' });
    expect(paths[1]?.cacheKey).not.toBe(paths[0]?.cacheKey);
  });
});
