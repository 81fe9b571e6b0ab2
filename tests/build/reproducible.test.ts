import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { buildWith, cleanup, PROJECT, rebuildWith, type BuildResult } from './support/broken-build';
import { ARTICLE } from '../support/broken-content-cases';
import { editFile, replaceOnce, type Mutation } from '../support/content-mutations';

// Reproducible build: the same tree, built in a copy of the project (elsewhere on disk, with an
// empty share-image cache and no incremental-build cache) yields exactly the same files as the
// project's own `dist/` (which `npm test` builds first, reusing whatever its caches hold), byte for
// byte, share images included. A machine path leaking into the output would be caught too, and so
// would a cached page or image that differs from a fresh one.
//
// Then an editor's change, a fact's id renamed with its redirect (a page gone, a page new, lists
// and links changed): the copy rebuilt incrementally gives the same files as a cold build of the
// changed tree, and that cold build keeps the old URL working.

const OLD = 'soldats-chinois-exercice-2022-09';
const NEW = 'soldats-envoyes-par-pekin-2022-09';
const renameFact: Mutation = async (root) => {
  await editFile(root, ARTICLE, (text) => replaceOnce(text, `id: ${OLD}`, `id: ${NEW}`));
  // Added to the redirects already published, as an editor would.
  await editFile(root, 'content/redirects.yaml', (text) => `${text}/faits/${OLD}/: /faits/${NEW}/\n`);
};

let copy: BuildResult;
let renamedCold: BuildResult;
let renamedIncremental: BuildResult;
const PROJECT_DIST = join(PROJECT, 'dist');

/** The copy's differences from the project's dist/, read before the copy is changed and rebuilt. */
let reproducibility: string;

beforeAll(async () => {
  [copy, renamedCold] = await Promise.all([buildWith(), buildWith(renameFact)]);
  reproducibility =
    copy.code === 0 && existsSync(PROJECT_DIST)
      ? await differences(PROJECT_DIST, copy.dist)
      : 'pas de build à comparer (voir le test précédent)';
  renamedIncremental = await rebuildWith(copy, renameFact);
}, 600_000);

afterAll(() => Promise.all([cleanup(copy), cleanup(renamedCold)]));

/** sha256 of every file in `dir`, by relative path. */
async function hashes(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  const result = new Map<string, string>();
  for (const file of files) {
    result.set(
      file,
      createHash('sha256')
        .update(await readFile(join(dir, file)))
        .digest('hex'),
    );
  }
  return result;
}

/** Where two versions of a file diverge: the first differing line (text) or the first byte. */
async function diffHint(file: string, a: string, b: string): Promise<string> {
  const [left, right] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
  const binary = left.includes(0) || right.includes(0);
  if (binary) {
    let offset = 0;
    while (offset < left.length && left[offset] === right[offset]) offset += 1;
    return `${file} : binaire, ${left.length} o contre ${right.length} o, premier octet différent à ${offset}`;
  }
  const leftLines = left.toString('utf8').split('\n');
  const rightLines = right.toString('utf8').split('\n');
  let line = 0;
  while (line < leftLines.length && leftLines[line] === rightLines[line]) line += 1;
  const l = leftLines[line] ?? '';
  const r = rightLines[line] ?? '';
  let column = 0;
  while (column < l.length && l[column] === r[column]) column += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, column - 60), column + 60));
  return `${file} : ligne ${line + 1}, colonne ${column + 1}\n    A : ${around(l)}\n    B : ${around(r)}`;
}

/**
 * Every difference between two built sites, one line each (empty when they are the same): files
 * only in one, files whose bytes differ, with where they diverge. Both must be whole sites.
 */
async function differences(a: string, b: string): Promise<string> {
  const [left, right] = await Promise.all([hashes(a), hashes(b)]);
  for (const site of [left, right]) {
    expect(site.has('index.html'), 'un site entier').toBe(true);
    expect(
      [...site.keys()].filter((file) => file.endsWith('.png')).length,
      'des images de partage',
    ).toBeGreaterThan(0);
  }
  const onlyA = [...left.keys()].filter((file) => !right.has(file));
  const onlyB = [...right.keys()].filter((file) => !left.has(file));
  const changed = [...left.keys()].filter((file) => right.has(file) && right.get(file) !== left.get(file));
  const hints = await Promise.all(changed.map((file) => diffHint(file, a, b)));
  return [
    ...onlyA.map((file) => `seulement dans ${a} : ${file}`),
    ...onlyB.map((file) => `seulement dans ${b} : ${file}`),
    ...hints,
  ].join('\n');
}

describe('build reproductible', () => {
  it('le build de la copie réussit, et le projet a le sien', () => {
    expect(copy.code, `astro build dans ${copy.root} :\n${copy.output.slice(-3000)}`).toBe(0);
    expect(existsSync(PROJECT_DIST), 'dist/ absent : lancer `astro build` d’abord (npm test le fait)').toBe(
      true,
    );
  });

  it('mêmes fichiers, mêmes octets (sha256) que dist/ du projet, images de partage comprises', () => {
    expect(reproducibility).toBe('');
  });
});

describe('un id renommé, reconstruit de façon incrémentale', () => {
  it('les deux builds réussissent, la fiche à sa nouvelle URL', () => {
    for (const build of [renamedCold, renamedIncremental]) {
      expect(build.code, build.output.slice(-3000)).toBe(0);
      expect(existsSync(join(build.dist, 'faits', NEW, 'index.html'))).toBe(true);
    }
  });

  it('le build incrémental reprend les pages inchangées et donne les fichiers du build à froid', async () => {
    // Astro marks each page it reuses: some must be, or the comparison proves nothing.
    expect(renamedIncremental.output).toMatch(/\((?:cached|restored)\)/);
    expect(await differences(renamedCold.dist, renamedIncremental.dist)).toBe('');
  });

  it('l’ancienne URL redirige vers la nouvelle fiche', () => {
    const page = readFileSync(join(renamedCold.dist, 'faits', OLD, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/faits/${NEW}/">`);
    expect(page).toContain(`href="/faits/${NEW}/"`);
    expect(page).toContain('<html lang="fr">');
  });

  it('déclare le déplacement pour les hébergeurs qui lisent _redirects', () => {
    expect(readFileSync(join(renamedCold.dist, '_redirects'), 'utf8')).toContain(
      `/faits/${OLD}/ /faits/${NEW}/ 301`,
    );
  });
});
