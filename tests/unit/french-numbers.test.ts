import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/lib/french-numbers';

// What French usage says each phrase states: the expectations are the language's, not the data's.
describe('lecteur de nombres français', () => {
  it.each([
    ['huit heures', 8, undefined, 'huit', 'heures'],
    ['une mission de huit heures', 8, undefined, 'huit', 'heures'],
    ['plus de 2 000 soldats', 2000, 'plus-de', 'plus de 2 000', 'soldats'],
    ['plus de 2\u202f000 soldats', 2000, 'plus-de', 'plus de 2\u202f000', 'soldats'],
    ['plus de 300 véhicules militaires', 300, 'plus-de', 'plus de 300', 'véhicules militaires'],
    ['21 avions de combat', 21, undefined, '21', 'avions de combat'],
    ['trois navires de guerre', 3, undefined, 'trois', 'navires de guerre'],
    ['10,2 milliards de dollars', 10_200_000_000, undefined, '10,2 milliards', 'de dollars'],
    ['1,5 million de barils', 1_500_000, undefined, '1,5 million', 'de barils'],
    ['environ 40 navires', 40, 'environ', 'environ 40', 'navires'],
    ['au moins deux sources', 2, 'au-moins', 'au moins deux', 'sources'],
    ['près de 10 000 militaires', 10_000, 'pres-de', 'près de 10 000', 'militaires'],
    ['près d’un million de soldats', 1_000_000, 'pres-de', 'près d’un million', 'de soldats'],
    ['moins d’une heure', 1, 'moins-de', 'moins d’une', 'heure'],
    ['quelque 10 000 militaires', 10_000, 'environ', 'quelque 10 000', 'militaires'],
    ['une vingtaine de navires', 20, 'environ', 'une vingtaine', 'de navires'],
    ['vingt et un avions', 21, undefined, 'vingt et un', 'avions'],
    ['quatre-vingt-dix-neuf soldats', 99, undefined, 'quatre-vingt-dix-neuf', 'soldats'],
    ['soixante-dix navires', 70, undefined, 'soixante-dix', 'navires'],
    ['deux mille trois cents soldats', 2300, undefined, 'deux mille trois cents', 'soldats'],
    ['un soldat', 1, undefined, 'un', 'soldat'],
  ])('« %s » : %d', (text, value, qualifier, words, after) => {
    const [reading, ...others] = readNumbers(text);
    expect(others).toEqual([]);
    expect(reading).toEqual({
      value,
      multiple: false,
      qualifier,
      words,
      after,
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
    });
  });

  it.each([
    ['ont plus que doublé', 2, 'plus-de', 'plus que doublé'],
    ['ont doublé', 2, undefined, 'doublé'],
    ['plus du triple', 3, 'plus-de', 'plus du triple'],
    ['presque quadruplé', 4, 'pres-de', 'presque quadruplé'],
  ])('rapport « %s » : %d', (text, value, qualifier, words) => {
    expect(readNumbers(text)).toEqual([expect.objectContaining({ value, multiple: true, qualifier, words })]);
  });

  it.each([
    ['des'],
    ['les bombardiers Tu-95 et H-6K'],
    ['la 5e patrouille'],
    ['le 1er exercice'],
    ['Vostok-2022'],
    ['en septembre, récemment'],
  ])('« %s » ne donne aucun nombre', (text) => {
    expect(readNumbers(text)).toEqual([]);
  });

  it('plusieurs nombres dans l’ordre du texte, l’article « une » écarté', () => {
    expect(
      readNumbers('une armée de plus de 2 000 soldats et 21 avions de combat').map((r) => [
        r.value,
        r.qualifier,
      ]),
    ).toEqual([
      [2000, 'plus-de'],
      [21, undefined],
    ]);
  });

  it('lit le texte en NFC : des accents décomposés comptent comme les autres', () => {
    expect(readNumbers('près de 300 véhicules'.normalize('NFD'))).toEqual([
      expect.objectContaining({ value: 300, qualifier: 'pres-de' }),
    ]);
  });
});
