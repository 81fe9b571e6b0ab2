/**
 * Worker-thread task of the French typography pass (`french-typography.ts`): typesets a batch of
 * built HTML files in place, through a cache of typeset pages keyed by their built text.
 * Loaded by Node itself (type stripping), not by Vite: relative imports carry their `.ts`.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import rehypeFrenchTypography from '../plugins/rehype-french-typography.ts';
import rehypeOrdinalsAndDesignations from '../plugins/rehype-ordinals-and-designations.ts';

// Ordinals and designations after the spacing: it needs "5e patrouille" in one text node to tie
// "5e" to its word.
const processor = unified()
  .use(rehypeParse)
  .use(rehypeFrenchTypography)
  .use(rehypeOrdinalsAndDesignations)
  .use(rehypeStringify);

export interface TypesetTask {
  readonly files: readonly string[];
  readonly cacheDir: string;
  /** Identity of the typesetting code: part of every cache key, so a code change never reuses a page. */
  readonly codeVersion: string;
}

export interface TypesetResult {
  /** The cache entries this batch used (the pass prunes the others). */
  readonly used: string[];
  /** How many pages were parsed and typeset, not found in the cache. */
  readonly typeset: number;
}

export default async function typesetFiles({
  files,
  cacheDir,
  codeVersion,
}: TypesetTask): Promise<TypesetResult> {
  const used: string[] = [];
  let fresh = 0;
  for (const file of files) {
    const built = await readFile(file);
    const entry = `${createHash('sha256').update(codeVersion).update(built).digest('hex')}.html`;
    const cached = join(cacheDir, entry);
    let typeset: Buffer | string;
    try {
      typeset = await readFile(cached);
    } catch (err) {
      if (!(err instanceof Error && 'code' in err && err.code === 'ENOENT')) throw err;
      typeset = String(await processor.process(built.toString('utf8')));
      await writeFileAtomically(cached, Buffer.from(typeset));
      fresh += 1;
    }
    await writeFile(file, typeset);
    used.push(entry);
  }
  return { used, typeset: fresh };
}
