import { describe, expect, it } from 'vitest';
import type { EntityAppearances } from '../../src/lib/entity-index';
import { directoryCounts, directoryEntry, directoryGroups } from '../../src/lib/entity-directory';

// The directories /acteurs/, /lieux/, /appareils/: grouping, French order, counts in words.
// Expectations written by hand from French usage.

const NBSP = '\u00a0';
const entry = (name: string, kind: 'pays' | 'personne' | 'alliance') => ({
  name,
  url: `/acteurs/${name}/`,
  kind,
  articles: 0,
  facts: 0,
  recordEvents: 0,
});

describe('directoryGroups', () => {
  it('groupe par type dans l’ordre donné, sans groupe vide, chaque groupe dans l’ordre alphabétique français', () => {
    const groups = directoryGroups(
      [
        entry('Finlande', 'pays'),
        entry('Xi Jinping', 'personne'),
        entry('Égypte', 'pays'),
        entry('Dakar', 'pays'),
      ],
      ['pays', 'alliance', 'personne'],
      { pays: 'Pays', alliance: 'Alliances', personne: 'Personnes' },
    );
    expect(groups.map((group) => group.label)).toEqual(['Pays', 'Personnes']);
    // « É » sorts as « E », not after « Z » as code points would have it.
    expect(groups[0]?.entries.map((e) => e.name)).toEqual(['Dakar', 'Égypte', 'Finlande']);
  });

  it('ignore la casse : « ministère… » et « Mongolie » se suivent à la lettre M', () => {
    const groups = directoryGroups(
      [entry('OTAN', 'pays'), entry('ministère russe de la Défense', 'pays'), entry('Mongolie', 'pays')],
      ['pays'],
      { pays: 'Pays', alliance: 'Alliances', personne: 'Personnes' },
    );
    expect(groups[0]?.entries.map((e) => e.name)).toEqual([
      'ministère russe de la Défense',
      'Mongolie',
      'OTAN',
    ]);
  });
});

describe('directoryCounts', () => {
  it('dit chaque nombre à la française, au singulier ou au pluriel, et omet les zéros', () => {
    expect(directoryCounts({ articles: 1, facts: 12, recordEvents: 56 })).toBe(
      `1${NBSP}article, 12${NBSP}faits, 56${NBSP}exercices et patrouilles du relevé`,
    );
    expect(directoryCounts({ articles: 0, facts: 0, recordEvents: 1 })).toBe(
      `1${NBSP}exercice ou patrouille du relevé`,
    );
    expect(directoryCounts({ articles: 2, facts: 1, recordEvents: 0 })).toBe(
      `2${NBSP}articles, 1${NBSP}fait`,
    );
  });

  it('dit qu’aucun article n’en parle encore plutôt qu’une ligne vide', () => {
    expect(directoryCounts({ articles: 0, facts: 0, recordEvents: 0 })).toBe('aucun article pour l’instant');
  });
});

describe('directoryEntry', () => {
  it('compte les articles une fois chacun, même cités plusieurs fois', () => {
    const mention = (slug: string) =>
      ({ article: { slug } }) as unknown as EntityAppearances['mentions'][number];
    const appearances: EntityAppearances = {
      mentions: [mention('a'), mention('a'), mention('b')],
      facts: [{} as EntityAppearances['facts'][number]],
    };
    const result = directoryEntry({ name: 'Russie', url: '/acteurs/russie/', kind: 'pays' }, appearances, 3);
    expect([result.articles, result.facts, result.recordEvents]).toEqual([2, 1, 3]);
  });
});
