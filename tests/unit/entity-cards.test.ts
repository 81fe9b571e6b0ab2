import { describe, expect, it } from 'vitest';
import { entityCounts } from '../../src/lib/entity-cards';
import type { EntityAppearances } from '../../src/lib/entity-index';

// What an entity's page counts, as its description and share image say it: French plurals, and the
// record's events only when there are some.

const appearances = (articles: string[], facts: number): EntityAppearances =>
  ({
    mentions: articles.map((slug) => ({ article: { slug } })),
    facts: Array.from({ length: facts }, (_, i) => ({ id: `f${i}` })),
  }) as unknown as EntityAppearances;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('ce que compte la page d’une entité', () => {
  it('au singulier comme au pluriel, un article cité deux fois compté une fois', () => {
    expect(plain(entityCounts(appearances(['a', 'a'], 1), 0))).toBe('1 article, 1 fait');
    expect(plain(entityCounts(appearances(['a', 'b'], 6), 0))).toBe('2 articles, 6 faits');
  });

  it('les événements du relevé quand il y en a', () => {
    expect(plain(entityCounts(appearances(['a'], 19), 58))).toBe(
      '1 article, 19 faits ; dans le relevé : 58 exercices et patrouilles',
    );
    expect(plain(entityCounts(appearances([], 0), 1))).toBe(
      '0 article, 0 fait ; dans le relevé : 1 exercice ou patrouille',
    );
  });
});
