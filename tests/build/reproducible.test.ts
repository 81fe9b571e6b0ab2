import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, cleanup, PROJECT, rebuildWith, type BuildResult } from './support/broken-build';
import { ARTICLE } from '../support/broken-content-cases';
import { editFile, replaceOnce, type Mutation } from '../support/content-mutations';

// Three builds of one copy of the project, elsewhere on disk, with empty caches. First an editor's
// change, a fact's id renamed with its redirect (a page gone, a page new, lists and links changed),
// built cold: the card at its new URL, the old one redirected. Then the change undone and the copy
// rebuilt incrementally, with the caches the first build left (pages, share images): the files
// must be the project's own `dist/` (which `npm test` builds first), byte for byte, share images
// included. So a cached page or image that differs from a fresh one fails, and so does a machine
// path leaking into the output or anything else that is not reproducible. Last, a change to the
// typography, which the middleware applies once a page is rendered, rebuilt incrementally: no page
// may be reused with the old typography.

const OLD = 'soldats-chinois-exercice-2022-09';
const NEW = 'soldats-envoyes-par-pekin-2022-09';
const REDIRECTS = 'content/redirects.yaml';
const renameFact: Mutation = async (root) => {
  await editFile(root, ARTICLE, (text) => replaceOnce(text, `id: ${OLD}`, `id: ${NEW}`));
  // Added to the redirects already published, as an editor would.
  await editFile(root, REDIRECTS, (text) => `${text}/faits/${OLD}/: /faits/${NEW}/\n`);
};
/** The rename undone: the project's own files back in the copy. */
const undoRename: Mutation = async (root) => {
  for (const file of [ARTICLE, REDIRECTS]) await copyFile(join(PROJECT, file), join(root, file));
};

let renamed: BuildResult;
let restored: BuildResult;
/** The renamed site, kept aside before the copy is rebuilt. */
let renamedDist: string;
const PROJECT_DIST = join(PROJECT, 'dist');

/** The class that keeps a designation (« H-6K », « Il-20 ») on one line, as the typography sets it. */
const TYPOGRAPHY = 'src/plugins/rehype-ordinals-and-designations.ts';
const UNBROKEN = "const UNBROKEN_CLASS = 'designation';";
const RENAMED_CLASS = 'designation-relue';
const retypeset: Mutation = (root) =>
  editFile(root, TYPOGRAPHY, (text) =>
    replaceOnce(text, UNBROKEN, UNBROKEN.replace('designation', RENAMED_CLASS)),
  );

beforeAll(async () => {
  renamed = await buildWith(renameFact);
  renamedDist = join(renamed.root, 'dist-renamed');
  if (renamed.code === 0) await cp(renamed.dist, renamedDist, { recursive: true });
  restored = await rebuildWith(renamed, undoRename);
}, 600_000);

afterAll(() => cleanup(renamed));

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

describe('un id renommé, construit à froid', () => {
  it('le build réussit, la fiche à sa nouvelle URL', () => {
    expect(renamed.code, `astro build dans ${renamed.root} :\n${renamed.output.slice(-3000)}`).toBe(0);
    expect(existsSync(join(renamedDist, 'faits', NEW, 'index.html'))).toBe(true);
  });

  it('l’ancienne URL redirige vers la nouvelle fiche', () => {
    const page = readFileSync(join(renamedDist, 'faits', OLD, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/faits/${NEW}/">`);
    expect(page).toContain(`href="/faits/${NEW}/"`);
    expect(page).toContain('<html lang="fr">');
  });

  it('déclare le déplacement pour les hébergeurs qui lisent _redirects', () => {
    expect(readFileSync(join(renamedDist, '_redirects'), 'utf8')).toContain(
      `/faits/${OLD}/ /faits/${NEW}/ 301`,
    );
  });
});

describe('le renommage défait, reconstruit de façon incrémentale', () => {
  it('le build réussit en reprenant des pages inchangées, et le projet a le sien', () => {
    expect(restored.code, restored.output.slice(-3000)).toBe(0);
    // Astro marks each page it reuses: some must be, or the comparison proves nothing.
    expect(restored.output).toMatch(/\((?:cached|restored)\)/);
    expect(existsSync(PROJECT_DIST), 'dist/ absent : lancer `astro build` d’abord (npm test le fait)').toBe(
      true,
    );
  });

  it('mêmes fichiers, mêmes octets (sha256) que dist/ du projet, images de partage comprises', async () => {
    expect(await differences(PROJECT_DIST, restored.dist)).toBe('');
  });
});

describe('la typographie changée, reconstruite de façon incrémentale', () => {
  /** The built pages that hold a designation kept on one line, before the change. */
  let typeset: string[];
  let retypesetBuild: BuildResult;

  beforeAll(async () => {
    const pages = (await readdir(restored.dist, { recursive: true })).filter((file) =>
      file.endsWith('.html'),
    );
    const texts = await Promise.all(pages.map((file) => readFile(join(restored.dist, file), 'utf8')));
    typeset = pages.filter((_, index) => texts[index]!.includes('class="designation"'));
    retypesetBuild = await rebuildWith(restored, retypeset);
  }, 600_000);

  it('chaque page est composée avec la nouvelle règle, aucune reprise telle quelle', async () => {
    expect(retypesetBuild.code, retypesetBuild.output.slice(-3000)).toBe(0);
    // The article, its cards and the entity pages name aircraft: the check has pages to look at.
    expect(typeset.length).toBeGreaterThan(1);
    const stale = [];
    for (const file of typeset) {
      const html = await readFile(join(retypesetBuild.dist, file), 'utf8');
      if (!html.includes(`class="${RENAMED_CLASS}"`)) stale.push(file);
    }
    expect(stale, 'pages reprises avec l’ancienne typographie').toEqual([]);
  });
});
