import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { buildWith, cleanup, PROJECT, type BuildResult } from './support/broken-build';

// Reproducible build: the same tree, built in a copy of the project (elsewhere on disk, with an
// empty share-image cache and no incremental-build cache) yields exactly the same files as the
// project's own `dist/` (which `npm test` builds first, reusing whatever its caches hold), byte for
// byte, share images included. A machine path leaking into the output would be caught too, and so
// would a cached page or image that differs from a fresh one.

let copy: BuildResult;
const PROJECT_DIST = join(PROJECT, 'dist');

beforeAll(async () => {
  copy = await buildWith();
}, 300_000);

afterAll(() => cleanup(copy));

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
  return `${file} : ligne ${line + 1}, colonne ${column + 1}\n    projet : ${around(l)}\n    copie  : ${around(r)}`;
}

describe('build reproductible', () => {
  it('le build de la copie réussit, et le projet a le sien', () => {
    expect(copy.code, `astro build dans ${copy.root} :\n${copy.output.slice(-3000)}`).toBe(0);
    expect(existsSync(PROJECT_DIST), 'dist/ absent : lancer `astro build` d’abord (npm test le fait)').toBe(
      true,
    );
  });

  it('mêmes fichiers, mêmes octets (sha256), images de partage comprises', async () => {
    if (copy.code !== 0 || !existsSync(PROJECT_DIST))
      throw new Error('pas de build à comparer (voir le test précédent)');
    const [a, b] = [{ dist: PROJECT_DIST }, copy];
    const [left, right] = await Promise.all([hashes(a.dist), hashes(b.dist)]);
    expect(left.has('index.html'), 'dist/ du projet contient le site').toBe(true);
    expect(
      [...left.keys()].filter((file) => file.endsWith('.png')).length,
      'des images de partage',
    ).toBeGreaterThan(0);

    const onlyA = [...left.keys()].filter((file) => !right.has(file));
    const onlyB = [...right.keys()].filter((file) => !left.has(file));
    const changed = [...left.keys()].filter((file) => right.has(file) && right.get(file) !== left.get(file));
    const hints = await Promise.all(changed.map((file) => diffHint(file, a.dist, b.dist)));
    const report = [
      ...onlyA.map((file) => `seulement dans dist/ du projet : ${file}`),
      ...onlyB.map((file) => `seulement dans la copie : ${file}`),
      ...hints,
    ];
    expect(report.join('\n'), `${left.size} fichiers comparés`).toBe('');
  });
});
