import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { articleSchema } from '../../src/schema/article';
import { addFile, editFile, replaceOnce, type Mutation } from './content-mutations';

// What an author breaks by mistake, each case one mistake in a copy of the project, and what the
// project must answer: the file, the field path and what was expected, in French, in the one
// format `file → figures[1].event : message`. The unit tests run every case through the content
// checks (`reviewContent`, what the build and `npm run check:content` run); the build tests run one
// case per road an error takes to the build's exit code.

export const SLUG = 'bombardiers-russes-chinois-patrouille-conjointe';
export const ARTICLE_FILE = `${SLUG}.md`;
export const ARTICLE = `content/articles/${ARTICLE_FILE}`;
export const PAGE = `articles/${SLUG}/index.html`;

/** Replaces one exact passage (found exactly once) of the article. */
export const inArticle =
  (from: string | RegExp, to: string): Mutation =>
  (root) =>
    editFile(root, ARTICLE, (text) => replaceOnce(text, from, to));

/**
 * Where the build finds the mistake, each road its own way to a failed build: the schemas and YAML
 * as the content layer reads the files (src/lib/content-loader.ts), the cross-file checks of the model
 * while pages are listed (`buildSite`, ledger of published facts included), the ledger of published
 * URLs once the pages are written (src/integrations/published-urls.ts).
 */
export type Road = 'schemas' | 'model' | 'published-urls';

export interface BrokenCase {
  readonly name: string;
  readonly road: Road;
  readonly mutate: Mutation;
  readonly expect: {
    /** File name(s) the output must contain. */
    readonly file: string | readonly string[];
    /** Field path as printed; absent when the mistake is a lost URL (its line names the URL). */
    readonly field?: string;
    /** What was expected, on the same line as the field. */
    readonly message: string;
  };
}

/** A second article, valid on its own, that reuses one event id of the first. */
const DUPLICATE_ARTICLE = 'content/articles/patrouille-conjointe-doublon.md';
const KEPT_ID = 'patrouille-conjointe-2022-11-30';
const addDuplicateArticle: Mutation = async (root) => {
  const original = await readFile(join(root, ARTICLE), 'utf8');
  const copy = replaceOnce(
    original,
    /^ {2}title: .+$/m,
    '  title: Une autre patrouille conjointe de bombardiers russes et chinois',
  )
    // Every event and figure id gets a suffix (and figures follow their event), except KEPT_ID.
    .replace(/^( {2}(?:- | {2})(?:id|event): )(\S+)$/gm, (line, key: string, id: string) =>
      id === KEPT_ID ? line : `${key}${id}-doublon`,
    );
  await addFile(root, DUPLICATE_ARTICLE, copy);
};

export const PASTED_MARKUP = [
  'Paragraphe collé par erreur : <script>alert(1)</script> <a href="javascript:alert(1)">lien</a> <img src=x onerror="alert(1)">',
  '<script>alert(2)</script>',
].join('\n\n');

export const brokenCases: BrokenCase[] = [
  {
    name: 'champ obligatoire absent (date)',
    road: 'schemas',
    mutate: inArticle(/^date: 2022-11-30\n/m, ''),
    expect: { file: ARTICLE_FILE, field: 'date', message: 'une date ISO était attendue' },
  },
  {
    name: 'texte vide (editorial.title)',
    road: 'schemas',
    mutate: inArticle(/^ {2}title: .+$/m, "  title: ''"),
    expect: { file: ARTICLE_FILE, field: 'editorial.title', message: 'ce texte ne peut pas être vide' },
  },
  {
    name: 'date impossible (2022-02-30)',
    road: 'schemas',
    mutate: inArticle(/^date: 2022-11-30$/m, 'date: 2022-02-30'),
    expect: { file: ARTICLE_FILE, field: 'date', message: 'date impossible' },
  },
  {
    name: 'jour de publication déduit sans dire comment (dateBasis absent)',
    road: 'model',
    mutate: inArticle(/^dateBasis: >-\n(?: {2}.+\n)+/m, ''),
    expect: {
      file: ARTICLE_FILE,
      field: 'dateBasis',
      message: 'une phrase disant d’où vient le jour 2022-11-30 était attendue',
    },
  },
  {
    name: 'date qui n’en est pas une (bientôt)',
    road: 'schemas',
    mutate: inArticle(/^date: 2022-11-30$/m, 'date: bientôt'),
    expect: {
      file: ARTICLE_FILE,
      field: 'date',
      message: 'format de date attendu : AAAA, AAAA-MM ou AAAA-MM-JJ',
    },
  },
  {
    name: 'nombre écrit en lettres (value: deux mille)',
    road: 'schemas',
    mutate: inArticle('value: 2000', 'value: deux mille'),
    expect: { file: ARTICLE_FILE, field: 'figures[1].value', message: 'un nombre était attendu' },
  },
  {
    name: 'nombre négatif (value: -21)',
    road: 'schemas',
    mutate: inArticle('value: 21\n', 'value: -21\n'),
    expect: {
      file: ARTICLE_FILE,
      field: 'figures[3].value',
      message: 'un nombre positif ou nul était attendu',
    },
  },
  {
    name: 'identifiant en double entre deux articles',
    road: 'model',
    mutate: addDuplicateArticle,
    expect: {
      // One article claims the id, the other is reported: the line names both files.
      file: [ARTICLE_FILE, 'patrouille-conjointe-doublon.md'],
      field: 'events[0].id',
      message: `identifiant « ${KEPT_ID} » déjà utilisé`,
    },
  },
  {
    name: 'citation qui n’est pas dans le texte (un mot changé)',
    road: 'model',
    mutate: inArticle(
      'quote: ont effectué mercredi une patrouille conjointe',
      'quote: ont effectué jeudi une patrouille conjointe',
    ),
    expect: {
      file: ARTICLE_FILE,
      field: 'events[0].quote',
      message: 'citation introuvable telle quelle dans le texte de l’article : « ont effectué jeudi',
    },
  },
  {
    // The quote is in the text, but inside a link the author wrote: a link may not hold another.
    name: 'chiffre dont les mots sont déjà un lien du texte (« huit heures »)',
    road: 'model',
    mutate: inArticle(
      'au cours d’une mission de huit heures.',
      'au cours d’une mission de [huit heures](/chronologie/).',
    ),
    expect: {
      file: ARTICLE_FILE,
      field: 'figures[0].quote',
      message: '« huit heures » ne peut pas devenir un lien vers sa fiche',
    },
  },
  {
    name: 'date d’événement qui contredit son expression (mercredi ≠ 2022-11-29)',
    road: 'model',
    mutate: inArticle('    when: mercredi\n    date: 2022-11-30', '    when: mercredi\n    date: 2022-11-29'),
    expect: {
      file: ARTICLE_FILE,
      field: 'events[0].date',
      message: 'la date 2022-11-29 contredit « mercredi »',
    },
  },
  {
    name: 'YAML invalide : guillemet non fermé',
    road: 'schemas',
    // The frontmatter's last quoted text loses its closing quote: the quote runs to the end of it.
    mutate: inArticle(/'\n---\n/, '\n---\n'),
    expect: {
      file: ARTICLE_FILE,
      field: 'YAML',
      message: 'syntaxe YAML invalide : guillemet, crochet ou accolade non refermé',
    },
  },
  {
    name: 'YAML invalide : mauvaise indentation',
    road: 'schemas',
    mutate: inArticle('    label: Durée de la mission', '      label: Durée de la mission'),
    expect: { file: ARTICLE_FILE, field: 'YAML', message: 'syntaxe YAML invalide : ligne mal indentée' },
  },
  {
    name: 'clé inconnue (auteur: X)',
    road: 'schemas',
    mutate: inArticle(/^date: 2022-11-30$/m, 'date: 2022-11-30\nauteur: X'),
    // The schemas' strictObject says it in French, with the fields it expected.
    expect: {
      file: ARTICLE_FILE,
      field: 'auteur',
      // The keys the schema knows, in its order: the message lists what the author may write.
      message: `clé inconnue : « auteur » (champs attendus : ${Object.keys(articleSchema.shape).join(', ')})`,
    },
  },
  {
    name: 'entrée partagée cassée : opérateur vide (tu-95.yaml)',
    road: 'schemas',
    mutate: (root) =>
      editFile(root, 'content/aircraft/tu-95.yaml', (t) =>
        replaceOnce(t, 'operator: russie', "operator: ''"),
      ),
    expect: {
      file: 'tu-95.yaml',
      field: 'operator',
      message: 'identifiant attendu en minuscules ASCII',
    },
  },
  {
    name: 'entrée partagée cassée : opérateur inconnu (tu-95.yaml)',
    road: 'model',
    mutate: (root) =>
      editFile(root, 'content/aircraft/tu-95.yaml', (t) =>
        replaceOnce(t, 'operator: russie', 'operator: atlantide'),
      ),
    expect: {
      file: 'tu-95.yaml',
      field: 'operator',
      message: '« atlantide » ne correspond à aucune entrée de content/actors/',
    },
  },
  {
    name: 'entrée partagée cassée : rôle absent (tu-95.yaml)',
    road: 'schemas',
    mutate: (root) =>
      editFile(root, 'content/aircraft/tu-95.yaml', (t) =>
        replaceOnce(t, 'role: bombardier stratégique\n', ''),
      ),
    expect: { file: 'tu-95.yaml', field: 'role', message: 'un texte était attendu' },
  },
  {
    name: 'entrée partagée cassée : rôle d’une personne sans date (nancy-pelosi.yaml)',
    road: 'schemas',
    mutate: (root) =>
      editFile(root, 'content/actors/nancy-pelosi.yaml', (t) => replaceOnce(t, /^roleAsOf: .*\n/m, '')),
    expect: {
      file: 'nancy-pelosi.yaml',
      field: 'roleAsOf',
      message: 'date du rôle attendue (AAAA-MM) : la fonction d’une personne change avec le temps',
    },
  },
  {
    // The page is shown once, under one name: a second name would be silently dropped.
    name: 'page citée deux fois sous deux éditeurs (mission-de-paix-2009-07.yaml)',
    road: 'schemas',
    mutate: (root) =>
      editFile(root, 'content/exercises/mission-de-paix-2009-07.yaml', (t) =>
        replaceOnce(
          t,
          'publisher: beijing-review\n    lang: en\n    excerpt: About',
          'publisher: army-technology\n    lang: en\n    excerpt: About',
        ),
      ),
    expect: {
      file: 'mission-de-paix-2009-07.yaml',
      field: 'sources[2].publisher',
      message: 'page déjà citée plus haut avec `publisher: beijing-review` : la même valeur est attendue',
    },
  },
  {
    // The cross-field road (buildArticles → ContentError), with the figure check it now runs.
    name: 'chiffre contredit par sa citation (value: 3000 pour « plus de 2 000 soldats »)',
    road: 'model',
    mutate: inArticle('value: 2000', 'value: 3000'),
    expect: {
      file: ARTICLE_FILE,
      field: 'figures[1].value',
      message: 'la citation « plus de 2 000 soldats » dit « plus de 2 000 »',
    },
  },
  {
    // The schema road for a shared entry: a link that would run code in the reader's browser.
    name: 'source en javascript: dans le relevé (mission-de-paix-2009-07.yaml)',
    road: 'schemas',
    mutate: (root) =>
      editFile(root, 'content/exercises/mission-de-paix-2009-07.yaml', (t) =>
        t.replace(/^( {2}- url: ).+$/m, '$1javascript:alert(document.domain)'),
      ),
    expect: {
      file: 'mission-de-paix-2009-07.yaml',
      field: 'sources[0].url',
      message: 'schéma « javascript: » refusé',
    },
  },
  {
    // The last road: the published-URL ledger, checked by the build once the pages are written.
    name: 'fiche supprimée sans redirection (figure vehicules-chinois-exercice-2022-09)',
    road: 'published-urls',
    mutate: inArticle(/^ {2}- id: vehicules-chinois-exercice-2022-09\n(?: {4}.+\n)+/m, ''),
    expect: {
      file: 'published-urls.txt',
      message: '/faits/vehicules-chinois-exercice-2022-09/ est publiée mais n’est plus construite',
    },
  },
  {
    // The published-fact ledger (published-facts.json), checked by the build: a verdict changed
    // without a correction entry.
    name: 'verdict changé sans rectificatif (duree-mission-patrouille-2022-11-30)',
    road: 'model',
    mutate: inArticle(/(quote: huit heures\n {4}check:\n {6}verdict: )confirme/, '$1nuance'),
    expect: {
      file: ARTICLE_FILE,
      field: 'figures[0]',
      message: 'le fait publié « duree-mission-patrouille-2022-11-30 » a changé sans rectificatif',
    },
  },
];

/**
 * Lines of the output that carry `field` in the project's format (a check may add the line of
 * the file: `YAML (ligne 10) : …`).
 */
export function fieldLines(output: string, field: string): string[] {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const checked = new RegExp(` → ${escaped}(?: \\(ligne \\d+\\))? : `);
  return output.split('\n').filter((line) => checked.test(line));
}

/** Asserts that `output` reports the case's mistake: its file(s), and its field with the message. */
export function expectReported(output: string, { expect: expected }: BrokenCase): void {
  for (const file of [expected.file].flat()) expect(output).toContain(file);
  if (expected.field === undefined) {
    expect(output).toContain(expected.message);
  } else {
    const lines = fieldLines(output, expected.field);
    expect(lines, output).toEqual(expect.arrayContaining([expect.stringContaining(expected.message)]));
  }
}

/** The case of that name (a build test picks one case per road). */
export function brokenCase(name: string): BrokenCase {
  const found = brokenCases.find((c) => c.name === name);
  if (!found) throw new Error(`aucun cas « ${name} »`);
  return found;
}
