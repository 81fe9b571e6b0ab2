import { cpSync, mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project under test. */
export const PROJECT = resolve(import.meta.dirname, '../..');

/** Edits a fresh copy of the project (or of its content) and receives the copy's root. */
export type Mutation = (root: string) => void | Promise<void>;

/**
 * A copy of what the content checks read (content/ and the two ledgers), in a new temp folder:
 * enough for `reviewContent`, without a build. The caller removes it.
 */
export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'contenu-'));
  for (const name of ['content', 'published-facts.json', 'published-urls.txt'])
    cpSync(join(PROJECT, name), join(root, name), { recursive: true });
  return root;
}

// Each mutation helper fails loudly when its target text is not where it expects, so a
// case can never pass because the mutation silently did nothing.

/** Replaces `from` (a string or a non-global RegExp, which must match exactly once) by `to`. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const all =
    typeof from === 'string'
      ? text.split(from).length - 1
      : text.match(new RegExp(from.source, from.flags.replace('g', '') + 'g'))?.length;
  if (all !== 1) throw new Error(`mutation: ${String(from)} found ${all ?? 0} times, expected once`);
  return text.replace(from, to);
}

/** Rewrites a file of the copy (path relative to its root). */
export async function editFile(root: string, path: string, edit: (text: string) => string): Promise<void> {
  const file = join(root, path);
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

/** Adds (or overwrites) a file of the copy. */
export async function addFile(root: string, path: string, text: string): Promise<void> {
  await writeFile(join(root, path), text);
}

/** Splits a markdown file into its frontmatter (without the `---` fences) and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match?.[1] || match[2] === undefined) throw new Error('mutation: no frontmatter found');
  return { frontmatter: match[1], body: match[2] };
}
