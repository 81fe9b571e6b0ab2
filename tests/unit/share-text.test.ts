import { describe, expect, it } from 'vitest';
import { bindFigure, quoteAround, sourcesLine } from '../../src/lib/share-text';

describe('quoteAround : la phrase autour des mots du chiffre', () => {
  const sentence =
    'Le ministère russe de la Défense a déclaré que les bombardiers Tu-95 ont survolé la mer du Japon au cours d’une mission de huit heures.';

  it('une phrase qui tient est rendue entière', () => {
    expect(quoteAround(sentence, 'huit heures', sentence.length)).toBe(sentence);
  });

  it.each([30, 50, 80])(
    'coupée à %d caractères : les mots du chiffre entiers, des mots entiers, « … » aux coupes',
    (max) => {
      const excerpt = quoteAround(sentence, 'huit heures', max);
      expect(excerpt.length).toBeLessThanOrEqual(max);
      expect(excerpt).toContain('huit heures');
      const inner = excerpt.replace(/^… /, '').replace(/…$/, '');
      // Every word shown is a whole word of the sentence, in its order.
      expect(sentence).toContain(inner);
      const at = sentence.indexOf(inner);
      expect(at === 0 || sentence[at - 1] === ' ').toBe(true);
      expect(excerpt.startsWith('… ')).toBe(at > 0);
    },
  );

  it('sans mots à garder, la phrase est lue depuis son début', () => {
    expect(quoteAround(sentence, undefined, 40)).toMatch(/^Le ministère russe .*…$/);
  });
});

describe('bindFigure : un nombre ne quitte pas son unité', () => {
  it.each(['10,2 milliards de dollars', 'plus de 2\u202f000 soldats', '8 heures', '1,5 million d’euros'])(
    '« %s »',
    (value) => {
      const bound = bindFigure(value);
      // No plain space after a digit, nor between a scale and its noun.
      expect(bound).not.toMatch(/\d /);
      expect(bound).not.toMatch(/(milliards?|millions?) (de|d’)/);
      const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
      expect(spaces(bound)).toBe(spaces(value));
    },
  );
});

describe('sourcesLine : qui sont les sources, en une ligne', () => {
  it('nomme les sources qui tiennent, puis dit combien d’autres, sans couper un nom', () => {
    expect(sourcesLine(['TASS', 'CGTN'])).toBe('Sources : TASS et CGTN');
    const long = sourcesLine(['Le Quotidien du Peuple', 'China Military Online', 'TASS', 'CGTN']);
    expect(long.length).toBeLessThanOrEqual(44);
    expect(long).toMatch(/^Sources : Le Quotidien du Peuple et 3 autres$/);
    expect(sourcesLine(['TASS'])).toBe('Source : TASS');
  });
});
