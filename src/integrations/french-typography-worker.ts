/**
 * Worker-thread task of the French typography pass: typesets a batch of built HTML files in place.
 * Loaded by Node itself (type stripping), not by Vite: relative imports carry their `.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeFrenchTypography from '../plugins/rehype-french-typography.ts';

const processor = unified().use(rehypeParse).use(rehypeFrenchTypography).use(rehypeStringify);

export default async function typesetFiles(files: readonly string[]): Promise<void> {
  for (const file of files) {
    await writeFile(file, String(await processor.process(await readFile(file, 'utf8'))));
  }
}
