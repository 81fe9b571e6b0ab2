import { describe, expect, it } from 'vitest';
import { parsePartialDate, toIso } from '../../src/dates/partial-date';
import { resolveDatePhrase } from '../../src/lib/relative-date';

/** The phrase resolved against a publication day, as ISO text ("non résolu" when undefined). */
const resolve = (phrase: string, published: string): string => {
  const date = resolveDatePhrase(phrase, parsePartialDate(published));
  return date ? toIso(date) : 'non résolu';
};

describe('article du mercredi 30 novembre 2022 (l’article de départ)', () => {
  it.each([
    ['mercredi', '2022-11-30'],
    ['mardi', '2022-11-29'],
    ['en septembre', '2022-09'],
    ['en octobre', '2022-10'],
    ['le 24 février', '2022-02-24'],
  ])('« %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2022-11-30')).toBe(expected);
  });

  it('donne un jour précis pour un jour, un mois (sans jour inventé) pour un mois', () => {
    expect(resolveDatePhrase('mardi', parsePartialDate('2022-11-30'))).toEqual({
      year: 2022,
      month: 11,
      day: 29,
      precision: 'day',
    });
    expect(resolveDatePhrase('en septembre', parsePartialDate('2022-11-30'))).toEqual({
      year: 2022,
      month: 9,
      precision: 'month',
    });
  });
});

describe('« dernier », une année, un jour daté : ce que les mots disent', () => {
  // Wednesday 30 November 2022: « mercredi dernier » is not that day but the week before.
  it.each([
    ['mercredi dernier', '2022-11-23'],
    ['vendredi dernier', '2022-11-25'],
    ['le 30 novembre 2022', '2022-11-30'],
    ['en septembre 2021', '2021-09'],
    ['mercredi 30 novembre', '2022-11-30'],
    ['le mercredi 30 novembre 2022', '2022-11-30'],
    // The weekday contradicts the date (30 November 2022 is a Wednesday), or the day is to come.
    ['jeudi 30 novembre', 'non résolu'],
    ['le 1er décembre 2022', 'non résolu'],
  ])('« %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2022-11-30')).toBe(expected);
  });
});

describe('jours de la semaine : le plus récent, le jour même compris', () => {
  // Wednesday 30 November 2022: the week before stays in November.
  it.each([
    ['lundi', '2022-11-28'],
    ['mardi', '2022-11-29'],
    ['mercredi', '2022-11-30'],
    ['jeudi', '2022-11-24'],
    ['vendredi', '2022-11-25'],
    ['samedi', '2022-11-26'],
    ['dimanche', '2022-11-27'],
  ])('article du mercredi 30 novembre 2022 : « %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2022-11-30')).toBe(expected);
  });

  // Thursday 1 December 2022: every other day falls in November.
  it.each([
    ['lundi', '2022-11-28'],
    ['mardi', '2022-11-29'],
    ['mercredi', '2022-11-30'],
    ['jeudi', '2022-12-01'],
    ['vendredi', '2022-11-25'],
    ['samedi', '2022-11-26'],
    ['dimanche', '2022-11-27'],
  ])('article du jeudi 1er décembre 2022 (changement de mois) : « %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2022-12-01')).toBe(expected);
  });

  // Tuesday 3 January 2023: 1 January 2023 was a Sunday.
  it.each([
    ['lundi', '2023-01-02'],
    ['mardi', '2023-01-03'],
    ['mercredi', '2022-12-28'],
    ['jeudi', '2022-12-29'],
    ['vendredi', '2022-12-30'],
    ['samedi', '2022-12-31'],
    ['dimanche', '2023-01-01'],
  ])('article du mardi 3 janvier 2023 (changement d’année) : « %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2023-01-03')).toBe(expected);
  });

  // Sunday 1 March 2020, a leap year: Saturday is 29 February.
  it.each([
    ['samedi', '2020-02-29'],
    ['vendredi', '2020-02-28'],
    ['dimanche', '2020-03-01'],
  ])('article du dimanche 1er mars 2020 (année bissextile) : « %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2020-03-01')).toBe(expected);
  });

  it.each([
    ['Mercredi', '2022-11-30'],
    ['le mardi', '2022-11-29'],
    ['ce lundi', '2022-11-28'],
    ['  jeudi ', '2022-11-24'],
  ])('accepte « %s » (majuscule, article, espaces) → %s', (phrase, expected) => {
    expect(resolve(phrase, '2022-11-30')).toBe(expected);
  });
});

describe('mois : le plus récent, le mois de publication compris', () => {
  // Article of Tuesday 3 January 2023: only January is in the publication year.
  it.each([
    ['en janvier', '2023-01'],
    ['en février', '2022-02'],
    ['en mars', '2022-03'],
    ['en avril', '2022-04'],
    ['en mai', '2022-05'],
    ['en juin', '2022-06'],
    ['en juillet', '2022-07'],
    ['en août', '2022-08'],
    ['en septembre', '2022-09'],
    ['en octobre', '2022-10'],
    ['en novembre', '2022-11'],
    ['en décembre', '2022-12'],
  ])('article du 3 janvier 2023 : « %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2023-01-03')).toBe(expected);
  });

  // Article of 30 November 2022: only December is in the previous year.
  it.each([
    ['en janvier', '2022-01'],
    ['en février', '2022-02'],
    ['en août', '2022-08'],
    ['en novembre', '2022-11'],
    ['en décembre', '2021-12'],
  ])('article du 30 novembre 2022 : « %s » → %s', (phrase, expected) => {
    expect(resolve(phrase, '2022-11-30')).toBe(expected);
  });

  it.each([
    // The publication month itself, even when published on the 1st.
    ['en mars', '2022-03-01', '2022-03'],
    ['en mars', '2022-03-31', '2022-03'],
    ['en février', '2024-02-29', '2024-02'],
    ['au mois d’août', '2022-11-30', '2022-08'],
    ['au mois de mai', '2022-11-30', '2022-05'],
    ['En Septembre', '2022-11-30', '2022-09'],
  ])('« %s » dans un article du %s → %s', (phrase, published, expected) => {
    expect(resolve(phrase, published)).toBe(expected);
  });
});

describe('jour et mois : « le 24 février », « le 1er mars »', () => {
  it.each([
    ['le 24 février', '2022-11-30', '2022-02-24'],
    ['le 1er mars', '2022-11-30', '2022-03-01'],
    ['le 1er décembre', '2022-11-30', '2021-12-01'],
    ['le 30 novembre', '2022-11-30', '2022-11-30'],
    ['le 31 décembre', '2023-01-03', '2022-12-31'],
    ['le 3 janvier', '2023-01-03', '2023-01-03'],
    ['le 4 janvier', '2023-01-03', '2022-01-04'],
    ['le 15 août', '2022-11-30', '2022-08-15'],
    ['le 29 février', '2024-03-15', '2024-02-29'],
  ])('« %s » dans un article du %s → %s', (phrase, published, expected) => {
    expect(resolve(phrase, published)).toBe(expected);
  });

  // The latest 29 February before an article of 2025 is the 2024 one; before 29 February 2024,
  // it is the 2020 one. A « non résolu » answer blocks the build on a date that does exist.
  it.each([
    ['le 29 février', '2025-01-15', '2024-02-29'],
    ['le 29 février', '2025-06-01', '2024-02-29'],
    ['le 29 février', '2024-01-15', '2020-02-29'],
  ])('« %s » dans un article du %s → %s, le dernier 29 février écoulé', (phrase, published, expected) => {
    expect(resolve(phrase, published)).toBe(expected);
  });

  it.each(['le 30 février', 'le 31 avril', 'le 32 janvier', 'le 0 mars'])(
    '« %s », jour qui n’existe dans aucune année, n’est pas résolu',
    (phrase) => {
      expect(resolve(phrase, '2022-11-30')).toBe('non résolu');
    },
  );
});

describe('expressions inconnues : non résolues, pour que l’auteur en soit averti', () => {
  it.each([
    'hier',
    'la semaine dernière',
    'en 2021',
    'en hiver',
    'le mois dernier',
    'le 24',
    'wednesday',
    'le 24 feb',
    '',
  ])('« %s »', (phrase) => {
    expect(resolveDatePhrase(phrase, parsePartialDate('2022-11-30'))).toBeUndefined();
  });
});

describe('date de publication imprécise', () => {
  it.each(['2022-11', '2022'])('refuse de résoudre contre « %s », faute de jour', (published) => {
    expect(() => resolveDatePhrase('mercredi', parsePartialDate(published))).toThrow(/au jour près/);
  });
});
