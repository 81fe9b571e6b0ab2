import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildArticles } from '../../src/lib/article-model';
import { factStates, ledgerOf, unloggedChanges } from '../../src/lib/published-facts';
import { knownIds } from './support/content-ids';

const { articleSchema } = await import('../../src/schema/article');

// The article as committed, modelled, then edited the way an editor would.
const ROOT = resolve(import.meta.dirname, '../..');
const FILE = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';
const [, frontmatter = '', body = ''] =
  /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(resolve(ROOT, FILE), 'utf8')) ?? [];
const known = knownIds();

function statesOf(edit: (data: ReturnType<typeof articleSchema.parse>) => void = () => {}) {
  const data = articleSchema.parse(parse(frontmatter));
  edit(data);
  const { articles, issues } = buildArticles([{ id: 'a', filePath: FILE, body, data }], known);
  expect(issues).toEqual([]);
  return factStates(articles, []);
}
const published = ledgerOf(statesOf());
const correction = {
  date: '2026-12-02',
  field: 'check.verdict',
  before: 'confirmé',
  after: 'nuancé',
  why: 'Le ministère parle d’« environ » huit heures.',
  sources: [
    {
      url: 'https://www.example.org/',
      publisher: 'tass',
      date: '2022-11-30',
      lang: 'fr',
      excerpt: 'environ huit heures',
    },
  ],
};

describe('registre des faits publiés : un fait publié ne change qu’avec un rectificatif', () => {
  it('le contenu tel que publié ne signale rien', () => {
    expect(unloggedChanges(statesOf(), published)).toEqual([]);
  });

  it('un verdict changé sans rectificatif est refusé, au fichier et au fait', () => {
    const states = statesOf((data) => {
      data.figures[0]!.check!.verdict = 'nuance';
    });
    expect(unloggedChanges(states, published)).toEqual([
      {
        file: FILE,
        field: 'figures[0]',
        message: expect.stringContaining(`« ${statesOf()[0]!.id} » a changé sans rectificatif`),
      },
    ]);
  });

  it.each([
    [
      'une source retirée',
      (d: ReturnType<typeof articleSchema.parse>) => void d.events[0]!.check!.sources.pop(),
    ],
    [
      'un libellé réécrit',
      (d: ReturnType<typeof articleSchema.parse>) => void (d.figures[1]!.label = 'Soldats chinois'),
    ],
  ])('%s sans rectificatif est refusé aussi', (_name, edit) => {
    expect(unloggedChanges(statesOf(edit), published)).toHaveLength(1);
  });

  it('le même changement accompagné d’un rectificatif passe', () => {
    const states = statesOf((data) => {
      data.figures[0]!.check!.verdict = 'nuance';
      data.figures[0]!.corrections = [correction];
    });
    expect(unloggedChanges(states, published)).toEqual([]);
  });

  it('un fait nouveau, que le registre ne connaît pas encore, est libre', () => {
    expect(unloggedChanges(statesOf(), {})).toEqual([]);
  });
});
