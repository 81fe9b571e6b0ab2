import { describe, expect, it } from 'vitest';
import {
  frenchTypography,
  keepNumbersTogether,
  keepSignsAttached,
  NNBSP,
} from '../../src/lib/french-typography';

/**
 * In an expected text, `_` is U+202F (narrow no-break space) and `~` U+00A0 (no-break space);
 * every other space is literal.
 */
const fine = (text: string) => text.replace(/_/g, '\u202f').replace(/~/g, '\u00a0');

/** Shows every non-ASCII space as its code point, so a failure says which space is wrong. */
const visible = (text: string) =>
  text.replace(/[\u00a0\u202f]/g, (space) => `<U+${space.codePointAt(0)?.toString(16).toUpperCase()}>`);

const converted: [input: string, expected: string][] = [
  // English quotation marks → French guillemets, with a narrow no-break space inside.
  ['la “routine” d’un plan', 'la «_routine_» d’un plan'],
  ['prêt à “forger un partenariat plus étroit” avec', 'prêt à «_forger un partenariat plus étroit_» avec'],
  ['“a” et “b”', '«_a_» et «_b_»'],
  // French guillemets: ordinary, no-break or missing space → narrow no-break space.
  ['une amitié « sans limites » avec', 'une amitié «_sans limites_» avec'],
  ['une amitié «sans limites» avec', 'une amitié «_sans limites_» avec'],
  ['une amitié «\u00a0sans limites\u00a0» avec', 'une amitié «_sans limites_» avec'],
  ['Il dit « oui », puis « non ».', 'Il dit «_oui_», puis «_non_».'],
  // Double punctuation marks: narrow no-break space before ; ! ? :
  ['Pourquoi ?', 'Pourquoi_?'],
  ['Pourquoi?', 'Pourquoi_?'],
  ['Pourquoi\u00a0?', 'Pourquoi_?'],
  ['Enfin ! Voilà.', 'Enfin_! Voilà.'],
  ['Enfin! Voilà.', 'Enfin_! Voilà.'],
  ['ainsi ; donc', 'ainsi_; donc'],
  ['ainsi; donc', 'ainsi_; donc'],
  ['Il a déclaré : « non »', 'Il a déclaré_: «_non_»'],
  ['Il a déclaré: oui', 'Il a déclaré_: oui'],
  ['Résultat : 3 à 1.', 'Résultat_: 3~à 1.'],
  ['voir (ci-dessous) ?', 'voir (ci-dessous)_?'],
  ['« non » ?', '«_non_»_?'],
  ['Voir https://exemple.fr/page !', 'Voir https://exemple.fr/page_!'],
  // Doubled marks: a single space, before the first mark.
  ['Quoi ?!', 'Quoi_?!'],
  ['Non !!!', 'Non_!!!'],
  ['Non!!!', 'Non_!!!'],
  // A sentence colon after a number is not a time of day.
  ['Article 3 : les parties', 'Article 3_: les parties'],
  // Thousands: a narrow no-break space between groups, as Intl.NumberFormat('fr-FR') writes them.
  ['plus de 2 000 soldats', 'plus de 2_000~soldats'],
  ['50 000 militaires et 5\u00a0000 armes', '50_000~militaires et 5_000~armes'],
  ['1 250 000 barils', '1_250_000~barils'],
  ['« 2 000 » ?', '«_2_000_»_?'],
  // Not thousands: a year then a number, a decimal part, numbers side by side. Each number still
  // holds to the word after it.
  ['en 2022 300 avions', 'en 2022 300~avions'],
  ['10,2 milliards de dollars', '10,2~milliards de dollars'],
  ['entre 80 et 360 tirs', 'entre 80~et 360~tirs'],
  ['de 12 20 ou 4 0000', 'de 12 20~ou 4 0000'],
  // A number and the word it counts or dates: a no-break space, whatever space was there.
  ['21 avions de combat', '21~avions de combat'],
  ['une mission de\n8 heures', 'une mission de\n8~heures'],
  ['le 30 novembre 2022', 'le 30~novembre 2022'],
  ['du 1er au 7 septembre', 'du 1er~au 7~septembre'],
  ['la 4e participation', 'la 4e~participation'],
  ['2 H-6 et 2 Tu-95', '2~H-6 et 2~Tu-95'],
];

const untouched = [
  'https://exemple.fr/page',
  'http://exemple.fr/recherche?q=otan&page=2;x',
  'à 10:30 précises',
  'entre 9:00 et 17:45.',
  'le 24/02/2022',
  'l’OTAN et l’armée de l’air',
  "aujourd'hui, l'OTAN",
  'mer du Japon, puis retour.',
  // A designation is not a quantity: its digits follow a letter or a hyphen.
  'Des Tu-95 et des H-6K.',
  'un Il-20 russe et des Su-30SM',
  'les H6 chinois',
  // Nor the end of a URL, a time or a numeric date.
  'voir https://exemple.fr/rapport?annee=2022 à 10:30 précises',
  // A number followed by no word.
  'en 2022.',
  'le 24/02/2022',
  '3 %',
];

describe('frenchTypography', () => {
  it.each(converted)('« %s »', (input, expected) => {
    expect(visible(frenchTypography(input))).toBe(visible(fine(expected)));
  });

  it.each(untouched)('laisse intact « %s »', (input) => {
    expect(frenchTypography(input)).toBe(input);
  });

  it('NNBSP est bien U+202F (et non U+00A0)', () => {
    expect(NNBSP).toBe('\u202f');
  });

  it.each([...converted.map(([input]) => input), ...untouched])(
    'est idempotente : deux passes = une passe (« %s »)',
    (input) => {
      const once = frenchTypography(input);
      expect(visible(frenchTypography(once))).toBe(visible(once));
    },
  );
});

describe('keepNumbersTogether', () => {
  it('ne touche qu’aux espaces des nombres, quelle que soit la langue', () => {
    expect(visible(keepNumbersTogether('plus de 2 000 soldats : « 21 avions »'))).toBe(
      visible(fine('plus de 2_000~soldats : « 21~avions »')),
    );
    expect(keepNumbersTogether('“some troops”: yes; no?')).toBe('“some troops”: yes; no?');
  });

  it('garde la longueur du texte, caractère pour caractère (la recherche recoupe ses extraits)', () => {
    for (const [input] of converted) expect(keepNumbersTogether(input)).toHaveLength(input.length);
  });
});

describe('keepSignsAttached', () => {
  it('attache à leur mot les signes déjà précédés d’une espace, sans en ajouter', () => {
    expect(visible(keepSignsAttached('envoyés par Pékin : plus ; « oui » ? non !'))).toBe(
      visible(fine('envoyés par Pékin_: plus_; «_oui_»_? non_!')),
    );
    // English, or French without its spaces: nothing to attach, nothing added.
    expect(keepSignsAttached('“some troops”: yes; no? «non»')).toBe('“some troops”: yes; no? «non»');
    // A colon inside a word or a time is not punctuation.
    expect(keepSignsAttached('à 10 :30 https ://x')).toBe('à 10 :30 https ://x');
  });

  it('garde la longueur du texte, caractère pour caractère (la recherche recoupe ses extraits)', () => {
    for (const [input] of converted) expect(keepSignsAttached(input)).toHaveLength(input.length);
  });
});
