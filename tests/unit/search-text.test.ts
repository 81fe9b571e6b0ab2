import { describe, expect, it } from 'vitest';
import { separateElementsForSearch } from '../../src/lib/search-text';

describe('separateElementsForSearch', () => {
  it('sépare les éléments que la page montre à part : terme et définition, source et citation, cellules', () => {
    expect(
      separateElementsForSearch('<dl><dt>Pays</dt><dd>Russie, Chine</dd><dt>Zone</dt><dd>mer</dd></dl>'),
    ).toBe('<dl><dt>Pays</dt>\n<dd>Russie, Chine</dd>\n<dt>Zone</dt>\n<dd>mer</dd></dl>');
    expect(
      separateElementsForSearch('<li><a href="https://x.example/">Sputnik</a><q lang="en">Russian and'),
    ).toBe('<li><a href="https://x.example/">Sputnik</a>\n<q lang="en">Russian and');
    expect(
      separateElementsForSearch('<tr><th scope="col">Année</th><th scope="col">patrouilles</th></tr>'),
    ).toBe('<tr><th scope="col">Année</th>\n<th scope="col">patrouilles</th></tr>');
  });

  it('laisse collé ce qui continue la phrase : un élément ouvert par une ponctuation fermante', () => {
    const date =
      '<time datetime="2022-09-01">du 1er au 7 septembre 2022</time><span class="note">, ou du 31 août</span>';
    expect(separateElementsForSearch(date)).toBe(date);
    expect(separateElementsForSearch('<b>OTAN</b><span>) et</span>')).toBe('<b>OTAN</b><span>) et</span>');
  });

  it('ne touche ni au texte ni aux balises ouvrantes qui se suivent', () => {
    const nested = '<ul><li><a href="/">l’<em>OTAN</em> ?</a></li></ul>';
    expect(separateElementsForSearch(nested)).toBe(nested);
  });
});
