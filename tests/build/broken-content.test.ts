import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, cleanup, pool, PROJECT, type BuildResult } from './support/broken-build';
import {
  ARTICLE,
  brokenCase,
  expectReported,
  PAGE,
  PASTED_MARKUP,
  type BrokenCase,
} from '../support/broken-content-cases';
import { editFile, splitFrontmatter, type Mutation } from '../support/content-mutations';

// The real `astro build` of a copy of the project, where the build itself is the subject: one
// broken case per road an error takes to the build's exit code (every case's message is tested
// through the content checks in tests/unit/content-errors.test.ts), and what only the markdown
// pipeline of a real build can show: pasted markup made harmless, a body saved in NFD read in NFC.
// The intact site to compare with is the project's own `dist/`, which `npm test` builds first.

const ROADS: readonly BrokenCase[] = [
  brokenCase('clé inconnue (auteur: X)'),
  brokenCase('chiffre contredit par sa citation (value: 3000 pour « plus de 2 000 soldats »)'),
  brokenCase('fiche supprimée sans redirection (figure vehicules-chinois-exercice-2022-09)'),
];

/** The article saved with decomposed accents, and two paragraphs of markup pasted at its end. */
const pastedInNfd: Mutation = (root) =>
  editFile(root, ARTICLE, (text) => {
    const { frontmatter, body } = splitFrontmatter(text);
    return `---\n${frontmatter}\n---\n${body.trimEnd()}\n\n${PASTED_MARKUP}\n`.normalize('NFD');
  });

/** The article body as built: the contents of its container, read by an HTML parser. */
function articleBody(html: string): string {
  let body: Element | undefined;
  visit(fromHtml(html), 'element', (node) => {
    if ([node.properties['className']].flat().includes('article-body')) body ??= node;
  });
  if (!body) throw new Error('corps de l’article introuvable dans la page construite');
  return toHtml(body.children);
}

const run = pool(2);
const builds = new Map<string, Promise<BuildResult>>();
const PASTED = 'balisage collé par erreur, article enregistré en NFD';

beforeAll(() => {
  const all: [string, Mutation][] = [
    [PASTED, pastedInNfd],
    ...ROADS.map((c): [string, Mutation] => [c.name, c.mutate]),
  ];
  for (const [name, mutate] of all) {
    const result = run(() => buildWith(mutate));
    result.catch(() => {}); // awaited by its test; avoids an unhandled rejection meanwhile
    builds.set(name, result);
  }
});

afterAll(async () => {
  const results = await Promise.allSettled(builds.values());
  if (process.env['KEEP_BROKEN_BUILDS']) return;
  await Promise.all(results.map((r) => (r.status === 'fulfilled' ? cleanup(r.value) : undefined)));
}, 600_000);

/** Result of one build started in beforeAll. */
function build(name: string): Promise<BuildResult> {
  const result = builds.get(name);
  if (!result) throw new Error(`aucun build lancé pour ${name}`);
  return result;
}

// Tests await builds queued two at a time: generous, as a busy machine can triple build times.
const WAIT = 600_000;

describe('astro build d’un article collé tel quel', () => {
  it(
    `${PASTED} : la page de l’original, plus le texte collé, sans rien d’exécutable`,
    async () => {
      const original = join(PROJECT, 'dist', PAGE);
      if (!existsSync(original))
        throw new Error('dist/ absent : lancer `astro build` d’abord (npm test le fait)');
      const { code, output, dist } = await build(PASTED);
      expect(code, output).toBe(0);
      const html = await readFile(join(dist, PAGE), 'utf8');
      const body = articleBody(html);
      // Read in NFC: the same paragraphs, anchors and figure links as the original's.
      expect(body.startsWith(articleBody(await readFile(original, 'utf8')))).toBe(true);
      expect(body).toContain('href="/faits/vehicules-chinois-exercice-2022-09/"');
      expect(body).toContain('Paragraphe collé par erreur');
      expect(body).not.toMatch(/<script/i);
      // Neither in the body nor anywhere else in the page: the layout has no handler of its own.
      expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
    },
    WAIT,
  );
});

describe('astro build échoue sur un contenu cassé, par chacune de ses routes', () => {
  for (const broken of ROADS) {
    it(
      `${broken.road} : ${broken.name}`,
      async () => {
        const { code, output } = await build(broken.name);
        expect(code, output).not.toBe(0);
        expectReported(output, broken);
      },
      WAIT,
    );
  }
});
