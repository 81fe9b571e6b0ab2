import { describe, expect, it } from 'vitest';
import { figureWordsIssues, type FigureClaim } from '../../src/lib/figure-words';

const fields = (figure: FigureClaim) => figureWordsIssues(figure).map((issue) => issue.field);

describe('un chiffre s’accorde avec ses mots', () => {
  it.each<[string, FigureClaim]>([
    [
      'plus de 2 000 soldats',
      { value: 2000, qualifier: 'plus-de', unit: 'soldat', quote: 'plus de 2 000 soldats' },
    ],
    ['huit heures', { value: 8, unit: 'heure', quote: 'une mission de huit heures' }],
    [
      '10,2 milliards de dollars',
      { value: 10_200_000_000, unit: 'dollar', quote: '10,2 milliards de dollars' },
    ],
    ['trois navires de guerre', { value: 3, unit: 'navire-de-guerre', quote: 'trois navires de guerre' }],
    [
      'ont plus que doublé',
      { value: 2, qualifier: 'plus-de', unit: 'multiple', quote: 'ont plus que doublé' },
    ],
    [
      'le nombre qui compte l’unité, parmi plusieurs',
      { value: 21, unit: 'avion-de-combat', quote: 'plus de 300 véhicules militaires, 21 avions de combat' },
    ],
  ])('accepte %s', (_name, figure) => {
    expect(figureWordsIssues(figure)).toEqual([]);
  });

  it.each<[string, FigureClaim, string[]]>([
    [
      '3 000 pour « 2 000 »',
      { value: 3000, qualifier: 'plus-de', unit: 'soldat', quote: 'plus de 2 000 soldats' },
      ['value'],
    ],
    ['9 pour « huit »', { value: 9, unit: 'heure', quote: 'huit heures' }, ['value']],
    [
      '1,02 milliard pour « 10,2 milliards »',
      { value: 1_020_000_000, unit: 'dollar', quote: '10,2 milliards de dollars' },
      ['value'],
    ],
    [
      'un qualificatif retiré',
      { value: 2000, unit: 'soldat', quote: 'plus de 2 000 soldats' },
      ['qualifier'],
    ],
    [
      '« environ » pour « plus de »',
      { value: 2000, qualifier: 'environ', unit: 'soldat', quote: 'plus de 2 000 soldats' },
      ['qualifier'],
    ],
    [
      'un qualificatif sans mot',
      { value: 21, qualifier: 'plus-de', unit: 'avion-de-combat', quote: '21 avions de combat' },
      ['qualifier'],
    ],
    [
      'des soldats pour des véhicules',
      { value: 300, qualifier: 'plus-de', unit: 'soldat', quote: 'plus de 300 véhicules militaires' },
      ['unit'],
    ],
    [
      'un rapport pour un compte',
      { value: 2, qualifier: 'plus-de', unit: 'soldat', quote: 'ont plus que doublé' },
      ['unit'],
    ],
    ['une citation qui ne dit aucun nombre', { value: 3, unit: 'soldat', quote: 'des' }, ['quote']],
  ])('refuse %s', (_name, figure, expected) => {
    expect(fields(figure)).toEqual(expected);
  });

  it('dit ce que disent les mots, et ce qui est attendu', () => {
    const [value] = figureWordsIssues({
      value: 3000,
      qualifier: 'plus-de',
      unit: 'soldat',
      quote: 'plus de 2 000 soldats',
    });
    expect(value?.message).toBe(
      'la citation « plus de 2 000 soldats » dit « plus de 2 000 », soit 2\u202f000, et non 3\u202f000 : value: 2000 attendu',
    );
    const [unit] = figureWordsIssues({
      value: 300,
      qualifier: 'plus-de',
      unit: 'soldat',
      quote: 'plus de 300 véhicules militaires',
    });
    expect(unit?.message).toContain(
      'puis « véhicules militaires », et non des « soldats » : unit: vehicule-militaire attendu',
    );
    const [quote] = figureWordsIssues({ value: 3, unit: 'soldat', quote: 'des' });
    expect(quote?.message).toContain('la citation « des » ne donne aucun nombre');
  });
});
