import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data';

/** The file as a spreadsheet or a script reads it: a real CSV parser, the BOM dropped. */
const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('exports CSV sûrs pour un tableur', () => {
  it.each(['=HYPERLINK("https://exemple.org","clic")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])(
    'une cellule « %s » n’est pas lue comme une formule',
    (label) => {
      const [row] = read(toCsv([{ libelle: label, valeur: 1 }]));
      // What a spreadsheet shows: the text itself, behind the apostrophe that marks it as text.
      expect(row?.['libelle']).toBe(`'${label}`);
      expect(row?.['libelle']?.[0]).not.toMatch(/[=+\-@\t\r]/);
    },
  );

  it('les nombres négatifs, les listes et les booléens restent ce qu’ils sont', () => {
    const [row] = read(
      toCsv([{ valeur: -21, pays: ['russie', 'chine'], sourceArticle: true, libelle: 'Soldats' }]),
    );
    expect(row).toEqual({ valeur: '-21', pays: 'russie | chine', sourceArticle: 'oui', libelle: 'Soldats' });
  });

  it('une virgule, un guillemet ou un saut de ligne dans un texte ne décalent pas les colonnes', () => {
    const text = 'Il a dit : « oui, "peut-être" »\net puis';
    expect(read(toCsv([{ libelle: text, valeur: 2 }]))).toEqual([{ libelle: text, valeur: '2' }]);
  });
});
