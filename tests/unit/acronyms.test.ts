import { describe, expect, it } from 'vitest';
import { acronymSpeller } from '../../src/lib/acronyms';
import { acronyms } from '../../src/vocabulary/acronyms';

// A card spells each acronym out at its first use, then uses it short: what a French reader of a
// newspaper expects (« l’Organisation de coopération de Shanghai (OCS) », then « l’OCS »).

describe('acronymes développés à la première occurrence', () => {
  it('la première fois en toutes lettres suivies du sigle, ensuite le sigle seul', () => {
    const spell = acronymSpeller();
    expect(spell('OCS (les huit États membres)')).toBe(`${acronyms.OCS} (OCS) (les huit États membres)`);
    expect(spell('premier exercice de l’OCS en Russie')).toBe('premier exercice de l’OCS en Russie');
  });

  it('chaque page repart de zéro', () => {
    acronymSpeller()('OCS');
    expect(acronymSpeller()('OCS')).toBe(`${acronyms.OCS} (OCS)`);
  });

  it('un texte qui le développe déjà n’est pas redoublé, et compte comme première occurrence', () => {
    const spell = acronymSpeller();
    const spelt = `sous l’égide de l’${acronyms.OCS}, OCS`;
    expect(spell(spelt)).toBe(spelt);
    expect(spell('OCS')).toBe('OCS');
  });

  it('seulement le sigle entier : ni un mot qui le contient, ni un nom de média', () => {
    const spell = acronymSpeller();
    expect(spell('BOCSE, TASS, CCTV')).toBe('BOCSE, TASS, CCTV');
    expect(spell('gardes-frontières du FSB')).toBe(`gardes-frontières du ${acronyms.FSB} (FSB)`);
  });
});
