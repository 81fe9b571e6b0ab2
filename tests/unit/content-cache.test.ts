import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentCache } from '../../src/lib/content-cache';
import { readContent } from '../../src/lib/content-files';
import { contentCopy, editFile, replaceOnce } from '../support/content-mutations';

// What a rebuild reuses of the last reading of content/: only entries whose file is unchanged,
// read by unchanged code; anything else is parsed and validated again.

const ARTICLE = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';

let root: string;
beforeEach(() => {
  root = contentCopy();
  // The code the cache is keyed on: a stand-in for src/.
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/schema.ts'), 'export const version = 1;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** One reading through the cache, saved as the loader saves it; which files it reused. */
function read() {
  const cache = contentCache(root);
  const reused: string[] = [];
  const result = readContent(root, {
    get: (file, text) => {
      const data = cache.get(file, text);
      if (data !== undefined) reused.push(file);
      return data;
    },
    set: cache.set,
  });
  cache.save();
  return { ...result, reused };
}

const files = (content: ReturnType<typeof readContent>['content']) => [
  ...content.articles.map((article) => article.filePath),
  ...[content.actors, content.aircraft, content.places, content.exercises, content.publishers].flatMap(
    (list) => list.map((entry) => entry.file),
  ),
];

describe('contentCache', () => {
  it('reprend chaque entrée d’un contenu inchangé, telle qu’une lecture sans cache la donne', () => {
    const first = read();
    expect(first.reused).toEqual([]);
    const second = read();
    expect(second.issues).toEqual([]);
    expect([...second.reused].sort()).toEqual(files(second.content).sort());
    expect(second.content).toEqual(readContent(root).content);
  });

  it('relit un fichier modifié, et lui seul : la modification se voit', async () => {
    read();
    await editFile(root, ARTICLE, (text) => replaceOnce(text, /^( {2}title: )(.+)$/m, '$1Titre relu'));
    const again = read();
    expect(again.reused).not.toContain(ARTICLE);
    expect(again.reused).toHaveLength(files(again.content).length - 1);
    expect(again.content.articles[0]?.data.editorial.title).toBe('Titre relu');
  });

  it('repart de zéro quand le code change : un schéma modifié peut changer ce qu’un fichier donne', () => {
    read();
    writeFileSync(join(root, 'src/schema.ts'), 'export const version = 2;\n');
    expect(read().reused).toEqual([]);
  });

  it('ne reprend pas une entrée invalide : son erreur revient à chaque lecture', async () => {
    await editFile(root, ARTICLE, (text) => replaceOnce(text, /^date: .+$/m, 'date: bientôt'));
    expect(read().issues.map((issue) => issue.field)).toContain('date');
    expect(read().issues.map((issue) => issue.field)).toContain('date');
  });
});
