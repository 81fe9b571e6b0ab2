import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedEntries } from './content-files';

/** Where validated entries are kept between builds, beside the share images' cache. */
const CACHE_DIR = '.cache/content';

/** The code that turns a file into an entry: every source file, and the installed libraries. */
function codeDigest(root: string): string {
  const hash = createHash('sha256');
  const src = join(root, 'src');
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(src, file);
    if (statSync(path).isFile()) hash.update(file).update(readFileSync(path));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}

const textDigest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The entries validated by the last build, reused for every file whose text has not changed, so
 * that a rebuild parses and validates only what was edited (YAML parsing is most of reading
 * 1,000 articles). Kept per state of the code: a change to any source file or library starts
 * afresh, since a schema's change may change what a file gives. `save()` writes what this reading
 * validated, and only that, so a deleted file leaves nothing behind.
 */
export function contentCache(root: string): ParsedEntries & { save(): void } {
  const dir = join(root, CACHE_DIR);
  const file = join(dir, `${codeDigest(root)}.bin`);
  let previous = new Map<string, { text: string; data: unknown }>();
  try {
    previous = deserialize(readFileSync(file)) as typeof previous;
  } catch {
    // No cache yet, or one a different Node cannot read: everything is parsed.
  }
  const current = new Map<string, { text: string; data: unknown }>();
  let reused = 0;
  return {
    get(path, text) {
      const entry = previous.get(path);
      if (entry?.text !== textDigest(text)) return undefined;
      current.set(path, entry);
      reused++;
      return entry.data;
    },
    set(path, text, data) {
      current.set(path, { text: textDigest(text), data });
    },
    save() {
      if (reused === current.size && reused === previous.size) return;
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, serialize(current));
    },
  };
}
