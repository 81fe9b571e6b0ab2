/**
 * Worker-thread task of the post-build pass (`typeset-and-index.ts`): typesets a batch of built
 * HTML files in place and hands their new text back for the search index.
 * Loaded by Node itself (type stripping), not by Vite: relative imports carry their `.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeFrenchTypography from '../plugins/rehype-french-typography.ts';

const processor = unified().use(rehypeParse).use(rehypeFrenchTypography).use(rehypeStringify);

export default async function typesetFiles(files: readonly string[]): Promise<string[]> {
  const typeset: string[] = [];
  for (const file of files) {
    const html = String(await processor.process(await readFile(file, 'utf8')));
    await writeFile(file, html);
    typeset.push(html);
  }
  return typeset;
}
