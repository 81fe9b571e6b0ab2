import { describe, expect, it } from 'vitest';
import { paragraphIds } from '../../src/lib/paragraphs';
import { parseArticleBody } from '../../src/lib/article-body';

describe('paragraphIds : ancres tirées des premiers mots', () => {
  it.each([
    ['En septembre, Pékin a envoyé plus de 2 000 soldats ainsi que…', 'p-en-septembre-pekin-a-envoye'],
    ['Le ministère russe de la Défense a déclaré que les bombardiers…', 'p-le-ministere-russe-de-la'],
    ['La Chine, qui a déclaré une amitié « sans limites » avec la Russie…', 'p-la-chine-qui-a-declare'],
    ['Dans une lettre mardi, le président chinois…', 'p-dans-une-lettre-mardi-le'],
    ['Ça, c’est une œuvre élevée au rang d’exemple.', 'p-ca-c-est-une-oeuvre'],
    ['Où êtes-vous allé ?', 'p-ou-etes-vous-alle'],
    ['Washington a mis en garde Pékin', 'p-washington-a-mis-en-garde'],
    ['Fin.', 'p-fin'],
  ])('« %s » → %s (accents repliés, minuscules, cinq mots au plus)', (text, expected) => {
    expect(paragraphIds([text])).toEqual([expected]);
  });

  it('ajoute -2, -3 aux débuts répétés, dans l’ordre de lecture', () => {
    expect(
      paragraphIds([
        'Le ministère a déclaré une chose.',
        'Autre chose.',
        'Le ministère a déclaré une autre chose.',
        'Le ministère a déclaré une troisième chose.',
      ]),
    ).toEqual([
      'p-le-ministere-a-declare-une',
      'p-autre-chose',
      'p-le-ministere-a-declare-une-2',
      'p-le-ministere-a-declare-une-3',
    ]);
  });

  it('ne change pas les ancres existantes quand un paragraphe est inséré avant elles', () => {
    const before = ['En septembre, Pékin a envoyé…', 'La Chine, qui a déclaré…', 'Dans une lettre mardi…'];
    const after = [
      'Un paragraphe ajouté en tête.',
      before[0] ?? '',
      'Un autre, au milieu.',
      ...before.slice(1),
    ];
    const idsBefore = paragraphIds(before);
    const idsAfter = paragraphIds(after);
    expect(idsAfter[1]).toBe(idsBefore[0]);
    expect(idsAfter.slice(3)).toEqual(idsBefore.slice(1));
  });

  it.each([[['Oui.', 'Oui.', 'Oui 2.']], [['Fin.', 'Fin 2.', 'Fin.']], [['« … »', '—', '« … »']]])(
    'donne des ancres toujours uniques et valides : %j',
    (texts) => {
      const ids = paragraphIds(texts);
      expect(new Set(ids).size).toBe(texts.length);
      for (const id of ids) expect(id).toMatch(/^p-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    },
  );
});

describe('parseArticleBody : les paragraphes comme le lecteur les voit', () => {
  const body = [
    '# Un titre qui n’est pas un paragraphe',
    '',
    'Des bombardiers *stratégiques* russes et **chinois** ont effectué _mercredi_ une patrouille.',
    '',
    '## Intertitre',
    '',
    'Le [ministère](https://exemple.fr) a publié un `communiqué` :',
    'deux lignes, un seul paragraphe.',
    '',
    '',
    'En septembre, Pékin a envoyé plus de 2 000 soldats.',
  ].join('\n');

  it('sépare les paragraphes aux lignes vides et ignore les titres', () => {
    const paragraphs = parseArticleBody(body).paragraphs;
    expect(paragraphs.map((p) => p.id)).toEqual([
      'p-des-bombardiers-strategiques-russes-et',
      'p-le-ministere-a-publie-un',
      'p-en-septembre-pekin-a-envoye',
    ]);
  });

  it('retire le balisage markdown du texte (emphase, gras, liens, code)', () => {
    const [first, second, third] = parseArticleBody(body).paragraphs.map((p) => p.text);
    expect(first).toBe(
      'Des bombardiers stratégiques russes et chinois ont effectué mercredi une patrouille.',
    );
    expect(second).toMatch(/^Le ministère a publié un communiqué :\s+deux lignes, un seul paragraphe\.$/);
    expect(third).toBe('En septembre, Pékin a envoyé plus de 2 000 soldats.');
  });

  it('retire aussi les balises HTML écrites dans le texte', () => {
    expect(parseArticleBody('Un <em>mot</em> clé, puis <abbr title="x">OTAN</abbr>.').paragraphs).toEqual([
      { id: 'p-un-mot-cle-puis-otan', text: 'Un mot clé, puis OTAN.' },
    ]);
  });

  it('donne à chaque paragraphe l’ancre que paragraphIds donne à son texte', () => {
    const paragraphs = parseArticleBody('Oui.\n\nNon.\n\nOui.').paragraphs;
    expect(paragraphs).toEqual([
      { id: 'p-oui', text: 'Oui.' },
      { id: 'p-non', text: 'Non.' },
      { id: 'p-oui-2', text: 'Oui.' },
    ]);
  });

  it('ne compte que les paragraphes de premier niveau, comme la page (ni listes ni citations)', () => {
    const paragraphs = parseArticleBody(
      'Avant.\n\n- un élément\n- un autre\n\n> une citation\n\nAprès.',
    ).paragraphs;
    expect(paragraphs.map((p) => p.text)).toEqual(['Avant.', 'Après.']);
  });

  it.each(['', '\n\n', '# Seulement un titre'])(
    'un corps sans paragraphe donne une liste vide (%j)',
    (md) => {
      expect(parseArticleBody(md).paragraphs).toEqual([]);
    },
  );
});
