import { describe, expect, it } from 'vitest';
import { checkView, unknownPublishers } from '../../src/lib/claim-checks';
import { claimCheckSchema } from '../../src/schema/claim-check';
import type { Publisher } from '../../src/schema/publisher';

const source = {
  url: 'https://news.cgtn.com/news/2022-12-01/patrouille.html',
  publisher: 'cgtn',
  date: '2022-12-01',
  lang: 'en',
  excerpt: 'conducted a routine joint aerial strategic patrol',
  translation: 'ont mené une patrouille aérienne stratégique conjointe de routine',
};
const valid = {
  verdict: 'confirme',
  summary: 'Le ministère chinois confirme la patrouille.',
  sources: [source],
};
const messages = (value: unknown) =>
  claimCheckSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('une vérification dit ce qu’en disent les sources', () => {
  it('accepte une vérification sourcée, et « non vérifié » sans source', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ verdict: 'non-verifie', summary: 'Aucune source primaire trouvée.' })).toEqual([]);
  });

  it.each(['confirme', 'nuance', 'contredit'])('un verdict « %s » sans source est refusé', (verdict) => {
    expect(messages({ ...valid, verdict, sources: [] })).toEqual([
      ['sources', expect.stringContaining('au moins une source avec son extrait')],
    ]);
  });

  it('un extrait dans une autre langue que le français demande la traduction de la rédaction', () => {
    const { translation, ...untranslated } = source;
    void translation;
    expect(messages({ ...valid, sources: [untranslated] })).toEqual([
      ['sources.0.translation', 'extrait en « en » : la traduction française de la rédaction est attendue'],
    ]);
    const { translation: none, ...french } = { ...source, lang: 'fr', excerpt: 'une patrouille de routine' };
    void none;
    expect(messages({ ...valid, sources: [french] })).toEqual([]);
  });

  it('refuse un verdict inconnu, en nommant ceux qui sont attendus', () => {
    expect(messages({ ...valid, verdict: 'vrai' })).toEqual([
      [
        'verdict',
        expect.stringContaining('confirme (confirmé), nuance (nuancé), contredit, non-verifie (non vérifié)'),
      ],
    ]);
  });

  it('refuse une source dont l’adresse n’est pas sûre', () => {
    expect(messages({ ...valid, sources: [{ ...source, url: 'javascript:alert(1)' }] })).toEqual([
      ['sources.0.url', expect.stringContaining('schéma « javascript: » refusé')],
    ]);
  });

  it('un éditeur absent de content/publishers/ est signalé à son champ', () => {
    const check = claimCheckSchema.parse(valid);
    expect(unknownPublishers(check, 'figures[0].check', new Set(['rt']))).toEqual([
      { field: 'figures[0].check.sources[0].publisher', message: expect.stringContaining('« cgtn »') },
    ]);
    expect(unknownPublishers(check, 'figures[0].check', new Set(['cgtn']))).toEqual([]);
  });

  it('la vue donne le verdict en français, l’éditeur, son type et la date en mots', () => {
    const publishers = new Map<string, Publisher>([
      ['cgtn', { name: 'CGTN', kind: 'media-d-etat', country: 'Chine' }],
    ]);
    const view = checkView(claimCheckSchema.parse({ ...valid, verdict: 'nuance' }), publishers);
    expect(view).toMatchObject({ verdict: 'nuance', verdictLabel: 'nuancé', summary: valid.summary });
    expect(view.sources[0]).toMatchObject({
      publisher: 'CGTN',
      publisherKind: 'média d’État, Chine',
      dateIso: '2022-12-01',
      dateText: '1er décembre 2022',
    });
  });
});
