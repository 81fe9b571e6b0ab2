import { describe, expect, it } from 'vitest';
import {
  frenchTypography,
  keepNumbersTogether,
  keepSignsAttached,
  NNBSP,
  typesetRuns,
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

/** How a reader sees the runs: an ordinal's suffix raised as ^{…}, a designation kept whole as […]. */
const shown = (text: string) =>
  typesetRuns(text)
    .map((run) =>
      run.set === 'superior' ? `^{${run.text}}` : run.set === 'unbroken' ? `[${run.text}]` : run.text,
    )
    .join('');

describe('typesetRuns', () => {
  it.each([
    ['du 1er au 7 septembre 2022', 'du 1^{er} au 7 septembre 2022'],
    [
      '5e patrouille aérienne stratégique conjointe depuis 2019',
      '5^{e} patrouille aérienne stratégique conjointe depuis 2019',
    ],
    ['1re patrouille', '1^{re} patrouille'],
    ['la 42e force d’escorte (47e\u00a0force)', 'la 42^{e} force d’escorte (47^{e}\u00a0force)'],
    ['le 1er\u00a0octobre et le 2e.', 'le 1^{er}\u00a0octobre et le 2^{e}.'],
    ['les 1ers et les 2es', 'les 1^{ers} et les 2^{es}'],
    ['«\u202f3e\u202f»', '«\u202f3^{e}\u202f»'],
  ])('élève le suffixe de l’ordinal : « %s »', (input, expected) => {
    expect(shown(input)).toBe(expected);
  });

  it.each([
    ['des Tu-95MS escortés de Su-30SM', 'des [Tu-95MS] escortés de [Su-30SM]'],
    ['un avion de reconnaissance Il-20\u202f;', 'un avion de reconnaissance [Il-20]\u202f;'],
    ['bombardiers H-6K (2 H-6 selon le Japon)', 'bombardiers [H-6K] (2 [H-6] selon le Japon)'],
    ['des Tu-22M3, des KJ-500A et l’A-50U', 'des [Tu-22M3], des [KJ-500A] et l’[A-50U]'],
    ['Vostok-2022, la 4e participation', '[Vostok-2022], la 4^{e} participation'],
  ])('garde la désignation sur une ligne : « %s »', (input, expected) => {
    expect(shown(input)).toBe(expected);
  });

  it('dans un titre, garde aussi les mots composés entiers ; ailleurs, le texte les coupe comme il veut', () => {
    const title = 'Patrouille conjointe au-dessus du Pacifique, puis Vostok-2022 et l’Asie-Pacifique';
    const inTitle = typesetRuns(title, { compounds: true })
      .map((run) => (run.set === 'unbroken' ? `[${run.text}]` : run.text))
      .join('');
    expect(inTitle).toBe(
      'Patrouille conjointe [au-dessus] du Pacifique, puis [Vostok-2022] et l’[Asie-Pacifique]',
    );
    expect(shown(title)).toBe(
      'Patrouille conjointe au-dessus du Pacifique, puis [Vostok-2022] et l’Asie-Pacifique',
    );
  });

  it.each([
    // Identifiers, paths, colours and numbers: neither ordinals nor designations.
    'le 2022-09 du fichier',
    'la couleur #5e3a00',
    'le code 5ef3',
    'https://exemple.fr/5e-patrouille',
    'la fiche patrouille-maritime-2023-07',
    'voir /faits/mission-2014/ et /faits/x-2/',
    '10 000 militaires',
    'un porte-avions, des Tu-95-bis',
  ])('ne touche pas à « %s »', (input) => {
    expect(typesetRuns(input)).toEqual([{ text: input, set: 'as-is' }]);
  });

  it('hors du français, garde les désignations entières mais n’élève aucun suffixe', () => {
    expect(typesetRuns('the 5e Tu-95 flight', { ordinals: false })).toEqual([
      { text: 'the 5e ', set: 'as-is' },
      { text: 'Tu-95', set: 'unbroken' },
      { text: ' flight', set: 'as-is' },
    ]);
  });

  it('rend le texte tel quel une fois les morceaux rejoints', () => {
    const text = 'du 1er au 7 septembre, la 5e patrouille de Tu-95 et la 1re fois';
    expect(
      typesetRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
