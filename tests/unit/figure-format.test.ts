import { describe, expect, it } from 'vitest';
import { formatCount, formatFigure, formatFileSize, formatNumber } from '../../src/lib/figure-format';
import { qualifiers, type Qualifier } from '../../src/vocabulary/qualifiers';
import { units, type Unit } from '../../src/vocabulary/units';

/**
 * An expected text with its spaces spelled out:
 * `_` is the narrow no-break space U+202F (French digit grouping), exactly;
 * `~` is a no-break space, U+00A0 or U+202F: the line may not break there;
 * ` ` is any space: a line may break there, or not.
 */
function spaced(expected: string): RegExp {
  const pattern = [...expected]
    .map((char) => {
      if (char === '_') return '\u202f';
      if (char === '~') return '[\u00a0\u202f]';
      if (char === ' ') return '[ \u00a0\u202f]';
      return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${pattern}$`, 'u');
}

/** Shows every space as its code point, so a failure says which space is wrong. */
const visible = (text: string) =>
  text.replace(/[ \u00a0\u202f]/g, (space) => `<U+${space.codePointAt(0)?.toString(16).toUpperCase()}>`);

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [8, '8'],
    [21, '21'],
    [300, '300'],
    [999, '999'],
    [2000, '2_000'],
    [12345, '12_345'],
    [999999, '999_999'],
    [2.5, '2,5'],
    [10.25, '10,25'],
  ])('%d → « %s » (virgule décimale, espace fine insécable entre les milliers)', (value, expected) => {
    expect(formatNumber(value), visible(formatNumber(value))).toMatch(spaced(expected));
  });

  it.each([
    [1_000_000, '1~million'],
    [2_000_000, '2~millions'],
    [2_500_000, '2,5~millions'],
    [1_000_000_000, '1~milliard'],
    [10_200_000_000, '10,2~milliards'],
  ])('%d → « %s » : en toutes lettres, accordé, sans coupure', (value, expected) => {
    expect(formatNumber(value), visible(formatNumber(value))).toMatch(spaced(expected));
  });

  it('le séparateur des milliers est U+202F, ni une espace ordinaire ni U+00A0', () => {
    expect(formatNumber(2000)).toBe('2\u202f000');
  });
});

type Case = [value: number, unit: Unit, qualifier: Qualifier | undefined, expected: string];

describe('formatFigure : le chiffre comme un journal français l’écrit', () => {
  it.each<Case>([
    // The original article.
    [8, 'heure', undefined, '8~heures'],
    [2000, 'soldat', 'plus-de', 'plus de 2_000~soldats'],
    [300, 'vehicule-militaire', 'plus-de', 'plus de 300~véhicules militaires'],
    [21, 'avion-de-combat', undefined, '21~avions de combat'],
    [3, 'navire-de-guerre', undefined, '3~navires de guerre'],
    [10_200_000_000, 'dollar', undefined, '10,2~milliards~de dollars'],
    // Singular below 2, as French usage has it.
    [1, 'heure', undefined, '1~heure'],
    [0, 'heure', undefined, '0~heure'],
    [1.5, 'heure', undefined, '1,5~heure'],
    [2, 'heure', undefined, '2~heures'],
    [1, 'avion-de-combat', undefined, '1~avion de combat'],
    [1, 'bombardier', undefined, '1~bombardier'],
    [1, 'vehicule-militaire', undefined, '1~véhicule militaire'],
    // Qualifiers.
    [1000, 'soldat', 'moins-de', 'moins de 1_000~soldats'],
    [8, 'bombardier', 'au-moins', 'au moins 8~bombardiers'],
    [2000, 'soldat', 'environ', 'environ 2_000~soldats'],
    // « de » after million and milliard.
    [1_000_000, 'soldat', undefined, '1~million~de soldats'],
    [2_000_000, 'dollar', 'environ', 'environ 2~millions~de dollars'],
  ])('%d %s (%s) → « %s »', (value, unit, qualifier, expected) => {
    const text = formatFigure({ value, unit, qualifier });
    expect(text, visible(text)).toMatch(spaced(expected));
  });

  it.each<Case>([
    [2, 'multiple', undefined, 'le double'],
    [3, 'multiple', undefined, 'le triple'],
    [4, 'multiple', undefined, 'le quadruple'],
    [10, 'multiple', undefined, 'le décuple'],
    [2, 'multiple', 'plus-de', 'plus du double'],
    [2, 'multiple', 'moins-de', 'moins du double'],
    [3, 'multiple', 'plus-de', 'plus du triple'],
    [2, 'multiple', 'environ', 'environ le double'],
    [2, 'multiple', 'au-moins', 'au moins le double'],
  ])('rapport %d (%s, %s) → « %s »', (value, unit, qualifier, expected) => {
    const text = formatFigure({ value, unit, qualifier });
    expect(text, visible(text)).toMatch(spaced(expected));
  });

  const values = [0, 1, 1.5, 2, 8, 21, 300, 2000, 12_345, 1_000_000, 10_200_000_000];
  const unitsButMultiple = (Object.keys(units) as Unit[]).filter((unit) => unit !== 'multiple');

  it.each(unitsButMultiple)('« %s » : jamais de coupure possible entre le nombre et son unité', (unit) => {
    for (const qualifier of [undefined, ...qualifiers]) {
      for (const value of values) {
        const text = formatFigure({ value, unit, qualifier });
        // No breaking space after a digit nor after « million(s) » / « milliard(s) »: the rest is the unit.
        expect(text, visible(text)).not.toMatch(/\d |\bmillions? |\bmilliards? /);
        // The number is as formatNumber writes it, the unit word is rightly singular or plural.
        expect(text).toContain(formatNumber(value));
        const plural = value >= 2 ? units[unit].other : units[unit].one;
        expect(text.endsWith(plural), `${text} / ${plural}`).toBe(true);
      }
    }
  });
});

describe('formatCount', () => {
  const sources = { one: 'source citée', other: 'sources citées' };
  it.each([
    [0, '0~source citée'],
    [1, '1~source citée'],
    [2, '2~sources citées'],
    [1200, '1_200~sources citées'],
  ])('%d → « %s » (0 et 1 au singulier, comme en français)', (count, expected) => {
    expect(formatCount(count, sources), visible(formatCount(count, sources))).toMatch(spaced(expected));
  });
});

describe('formatFileSize', () => {
  it.each([
    [400, '0,4~ko'],
    [5_343, '5,3~ko'],
    [33_935, '34~ko'],
    [994_999, '990~ko'],
    // Would round to « 1 000 ko »: a megabyte.
    [995_000, '1~Mo'],
    [1_250_000, '1,3~Mo'],
    [12_600_000, '13~Mo'],
  ])(
    '%d octets → « %s » (unités décimales, deux chiffres significatifs, sans coupure)',
    (bytes, expected) => {
      expect(formatFileSize(bytes), visible(formatFileSize(bytes))).toMatch(spaced(expected));
    },
  );
});
