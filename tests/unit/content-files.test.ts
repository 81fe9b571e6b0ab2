import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentFileIssues,
  fieldPath,
  markdownIssues,
  yamlEntryIssues,
  yamlMapIssues,
} from '../../src/lib/content-files';
import { aircraftSchema } from '../../src/schema/aircraft';
import { httpHostSchema } from '../../src/schema/http-host';

// Every content file is read and checked by its schema before Astro loads it, so an author's
// slip is reported as `fichier → champ : message` in French, whatever the slip. The fixtures are
// today's files with one thing broken.

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLE = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';
const TU95 = 'content/aircraft/tu-95.yaml';
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const article = read(ARTICLE);
const tu95 = read(TU95);
/** Replaces the one occurrence of `from`, or fails the test (the fixture moved). */
const once = (text: string, from: string | RegExp, to: string) => {
  const changed = text.replace(from, to);
  expect(changed, String(from)).not.toBe(text);
  return changed;
};

describe('le contenu d’aujourd’hui', () => {
  it('passe : aucun fichier ne signale rien', () => {
    expect(contentFileIssues(ROOT)).toEqual([]);
  });
});

describe('chaque faute d’auteur nomme son fichier, son champ et ce qui était attendu', () => {
  it('un champ dans une liste : « figures[1].value », comme les autres messages du projet', () => {
    expect(markdownIssues(ARTICLE, once(article, 'value: 2000', 'value: deux mille'))).toEqual([
      {
        file: ARTICLE,
        field: 'figures[1].value',
        message: expect.stringContaining('un nombre était attendu'),
      },
    ]);
  });

  it('une clé inconnue est le champ à corriger, avec les champs attendus', () => {
    const [issue] = markdownIssues(
      ARTICLE,
      once(article, /^date: 2022-11-30$/m, 'date: 2022-11-30\nauteur: X'),
    );
    expect(issue).toEqual({
      file: ARTICLE,
      field: 'auteur',
      message: expect.stringContaining('clé inconnue : « auteur »'),
    });
  });

  it('un guillemet non refermé : la ligne, en français', () => {
    const broken = once(article, /'\n---\n/, '\n---\n');
    const issues = markdownIssues(ARTICLE, broken);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toMatch(/^YAML \(ligne \d+\)$/);
    expect(issues[0]?.message).toBe('syntaxe YAML invalide : guillemet, crochet ou accolade non refermé');
  });

  it('une ligne mal indentée : sa ligne dans le fichier, un seul message', () => {
    const broken = once(article, '    label: Durée de la mission', '      label: Durée de la mission');
    const line =
      broken.split('\n').findIndex((text) => text.startsWith('      label: Durée de la mission')) + 1;
    const issues = markdownIssues(ARTICLE, broken);
    expect(issues).toHaveLength(1);
    // The parser stops at the entry the line breaks: that line, or the one that opens its entry.
    const reported = Number(/^YAML \(ligne (\d+)\)$/.exec(issues[0]?.field ?? '')?.[1]);
    expect([line - 1, line]).toContain(reported);
    expect(issues[0]?.message).toMatch(/^syntaxe YAML invalide : ligne mal indentée/);
  });

  it('un fichier sans en-tête YAML le dit', () => {
    expect(markdownIssues(ARTICLE, 'Un texte sans frontmatter.')).toEqual([
      { file: ARTICLE, field: 'frontmatter', message: expect.stringContaining('entre deux lignes « --- »') },
    ]);
  });

  it('une entrée partagée : son champ manquant, son identifiant mal formé', () => {
    expect(yamlEntryIssues(TU95, once(tu95, /^role: .*\n/m, ''), aircraftSchema)).toEqual([
      { file: TU95, field: 'role', message: expect.stringContaining('un texte était attendu') },
    ]);
    expect(
      yamlEntryIssues(TU95, once(tu95, 'operator: russie', "operator: 'Russie'"), aircraftSchema),
    ).toEqual([
      {
        file: TU95,
        field: 'operator',
        message: expect.stringContaining('identifiant attendu en minuscules'),
      },
    ]);
  });

  it('une table « clé: entrée » nomme la clé fautive', () => {
    const issues = yamlMapIssues('content/http-hosts.yaml', 'exemple.org:\n  raison: x\n', httpHostSchema);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          file: 'content/http-hosts.yaml',
          field: 'exemple.org.raison',
          message: expect.stringContaining('« raison »'),
        },
        { file: 'content/http-hosts.yaml', field: 'exemple.org.reason', message: expect.any(String) },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it('les chemins de champ : crochets pour les rangs, points pour les clés', () => {
    expect(fieldPath(['events', 0, 'check', 'sources', 2, 'url'])).toBe('events[0].check.sources[2].url');
    expect(fieldPath([])).toBe('');
  });
});
