import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../../src/lib/article-body';
import { locateQuote, quoteLink, type LocatedQuote } from '../../src/lib/quotes';

const body = [
  'Des bombardiers *stratégiques* russes et chinois ont effectué mercredi une patrouille conjointe au-dessus du Pacifique occidental.',
  '',
  'Le ministère russe de la Défense a déclaré que les bombardiers Tu-95 de l’armée de l’air russe ont survolé la mer du Japon. Il a noté que les patrouilles conjointes n’étaient dirigées contre aucun autre pays.',
  '',
  'En septembre, Pékin a envoyé plus de 2 000 soldats pour participer à un vaste exercice conjoint avec la Russie. Ces manœuvres ont marqué la première fois que la Chine a envoyé des forces de trois branches de son armée.',
  '',
  'La Chine, qui a déclaré une amitié « sans limites » avec la Russie, a refusé de critiquer Moscou. Pourquoi ? Personne ne l’a dit !',
  '',
  'Selon M. Poutine, la coopération est exemplaire. Pékin approuve.',
  '',
  'Ses achats ont plus que doublé, pour atteindre 10,2 milliards de dollars en octobre.',
].join('\n');
const paragraphs = parseArticleBody(body).paragraphs;

describe('locateQuote', () => {
  it.each([
    [
      'plus de 2 000 soldats',
      'p-en-septembre-pekin-a-envoye',
      'En septembre, Pékin a envoyé plus de 2 000 soldats pour participer à un vaste exercice conjoint avec la Russie.',
    ],
    [
      'trois branches de son armée',
      'p-en-septembre-pekin-a-envoye',
      'Ces manœuvres ont marqué la première fois que la Chine a envoyé des forces de trois branches de son armée.',
    ],
    [
      'les bombardiers Tu-95 de l’armée de l’air russe',
      'p-le-ministere-russe-de-la',
      'Le ministère russe de la Défense a déclaré que les bombardiers Tu-95 de l’armée de l’air russe ont survolé la mer du Japon.',
    ],
    [
      'n’étaient dirigées contre aucun autre pays',
      'p-le-ministere-russe-de-la',
      'Il a noté que les patrouilles conjointes n’étaient dirigées contre aucun autre pays.',
    ],
    // Guillemets do not split the sentence; « ? » and « ! » end it.
    [
      'une amitié « sans limites »',
      'p-la-chine-qui-a-declare',
      'La Chine, qui a déclaré une amitié « sans limites » avec la Russie, a refusé de critiquer Moscou.',
    ],
    ['Pourquoi', 'p-la-chine-qui-a-declare', 'Pourquoi ?'],
    ['ne l’a dit', 'p-la-chine-qui-a-declare', 'Personne ne l’a dit !'],
    // The decimal comma does not split the sentence.
    [
      '10,2 milliards de dollars',
      'p-ses-achats-ont-plus-que',
      'Ses achats ont plus que doublé, pour atteindre 10,2 milliards de dollars en octobre.',
    ],
    // The text searched is the one the reader sees: markdown emphasis is not part of it.
    [
      'bombardiers stratégiques russes',
      'p-des-bombardiers-strategiques-russes-et',
      'Des bombardiers stratégiques russes et chinois ont effectué mercredi une patrouille conjointe au-dessus du Pacifique occidental.',
    ],
    // A quote straddling two sentences keeps both.
    [
      'avec la Russie. Ces manœuvres',
      'p-en-septembre-pekin-a-envoye',
      'En septembre, Pékin a envoyé plus de 2 000 soldats pour participer à un vaste exercice conjoint avec la Russie. Ces manœuvres ont marqué la première fois que la Chine a envoyé des forces de trois branches de son armée.',
    ],
    // « M. » is an abbreviation, not the end of a sentence.
    [
      'la coopération est exemplaire',
      'p-selon-m-poutine-la-cooperation',
      'Selon M. Poutine, la coopération est exemplaire.',
    ],
  ])('« %s » → %s, phrase « %s »', (quote, paragraphId, sentence) => {
    expect(locateQuote(paragraphs, quote)).toEqual({ text: quote, paragraphId, sentence });
  });

  it('retient le premier paragraphe, dans l’ordre de lecture, qui contient la citation', () => {
    expect(locateQuote(paragraphs, 'la Russie')?.paragraphId).toBe('p-en-septembre-pekin-a-envoye');
  });

  it.each([
    // Straight apostrophe instead of the text's typographic apostrophe, and the other way round.
    ["les bombardiers Tu-95 de l'armée de l'air russe"],
    ['Personne ne l’a dit !'.replace('’', "'")],
    // Different space, different case, changed word.
    ['plus de 2\u202f000 soldats'],
    ['une amitié «\u202fsans limites\u202f»'],
    ['Plus de 2 000 soldats'],
    ['plus de 3 000 soldats'],
    // English quotation marks instead of the text's guillemets.
    ['une amitié “sans limites”'],
    // Straddling two paragraphs.
    ['au-dessus du Pacifique occidental. Le ministère russe'],
    ['absent du texte'],
  ])('ne trouve pas « %s », qui n’est pas dans le texte tel quel', (quote) => {
    expect(locateQuote(paragraphs, quote)).toBeUndefined();
  });

  it('ne trouve rien dans un corps vide', () => {
    expect(locateQuote([], 'plus de 2 000 soldats')).toBeUndefined();
  });
});

describe('quoteLink', () => {
  const located = (text: string): LocatedQuote => ({
    text,
    paragraphId: 'p-en-septembre-pekin-a-envoye',
    sentence: '',
  });
  const url = '/articles/bombardiers-russes-chinois-patrouille-conjointe/';

  it.each([
    ['plus de 2 000 soldats', 'plus%20de%202%20000%20soldats'],
    ['coopération militaire sino-russe', 'coop%C3%A9ration%20militaire%20sino%2Drusse'],
    ['10,2 milliards de dollars', '10%2C2%20milliards%20de%20dollars'],
    ['Moscou & Pékin', 'Moscou%20%26%20P%C3%A9kin'],
    ['l’armée de l’air', 'l%E2%80%99arm%C3%A9e%20de%20l%E2%80%99air'],
    ['une amitié « sans limites »', 'une%20amiti%C3%A9%20%C2%AB%20sans%20limites%20%C2%BB'],
    ['Tu-95, H-6K & co', 'Tu%2D95%2C%20H%2D6K%20%26%20co'],
  ])('« %s » → #…:~:text=%s', (text, encoded) => {
    expect(quoteLink(url, located(text))).toBe(`${url}#p-en-septembre-pekin-a-envoye:~:text=${encoded}`);
  });

  it('le lien mène à l’ancre du paragraphe trouvé par locateQuote', () => {
    const quote = locateQuote(paragraphs, 'une amitié « sans limites »');
    expect(quote).toBeDefined();
    if (!quote) return;
    const link = quoteLink('/articles/x/', quote);
    expect(link.startsWith('/articles/x/#p-la-chine-qui-a-declare:~:text=')).toBe(true);
    // The fragment, decoded, gives back the exact quote.
    expect(decodeURIComponent(link.split(':~:text=')[1] ?? '')).toBe('une amitié « sans limites »');
  });
});
