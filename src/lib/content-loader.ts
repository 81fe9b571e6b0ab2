import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentCache } from './content-cache';
import { readContent } from './content-files';
import { formatIssues } from './content-issues';
import type { SiteContent } from './site-model';

/** The collections of one file per entry: the articles and the shared entries. */
export type EntryCollection = 'articles' | 'actors' | 'aircraft' | 'places' | 'exercises' | 'publishers';

interface Read {
  /** Every content file's path, size and modification time: what `content/` was when read. */
  readonly stamp: string;
  readonly result: ReturnType<typeof readContent>;
  /** The issues are printed once, not once per collection. */
  reported: boolean;
}

let last: Read | undefined;

/**
 * All content read and validated once per state of `content/` (`readContent`: the project's
 * schemas, errors in French), however many collections ask: each collection's loader takes its
 * part of the same reading.
 */
function readOnce(root: string): Read {
  const stamp = contentStamp(join(root, 'content'));
  if (last?.stamp !== stamp) {
    // Files unchanged since the last build are not parsed again (src/lib/content-cache.ts).
    const cache = contentCache(root);
    last = { stamp, result: readContent(root, cache), reported: false };
    cache.save();
  }
  return last;
}

function contentStamp(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => {
      const stats = statSync(join(dir, file));
      return `${file}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('\n');
}

/** An entry as the data store keeps it. */
interface StoredEntry {
  readonly id: string;
  readonly filePath: string;
  readonly body?: string;
  readonly data: Record<string, unknown>;
}

/** The entries of one collection, as `readContent` validated them: nothing is parsed twice. */
function entriesOf(content: SiteContent, collection: EntryCollection): StoredEntry[] {
  if (collection === 'articles')
    return content.articles.map((article) => ({
      id: article.id,
      filePath: article.filePath,
      body: article.body,
      data: article.data,
    }));
  return content[collection].map((entry) => ({ id: entry.id, filePath: entry.file, data: entry.data }));
}

/**
 * A collection's loader: the project's own reading of `content/` (see `readContent`), so that a
 * file the schemas reject is reported in the project's one format and in French,
 * `fichier → champ : message`, never in Astro's English header with dotted paths. In a build (or
 * `astro check`) an invalid file stops it with code 1; in `astro dev` the list is printed, the last
 * valid entries stay served, and a saved fix is read again at once.
 */
export function contentLoader(collection: EntryCollection): Loader {
  return {
    name: 'contenu-du-projet',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = resolve(root, 'content') + sep;
      sync(context, root, collection);
      context.watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(contentDir)) sync(context, root, collection);
      });
    },
  };
}

function sync(
  { store, logger, watcher, generateDigest }: LoaderContext,
  root: string,
  collection: EntryCollection,
): void {
  const read = readOnce(root);
  const { content, issues } = read.result;
  if (issues.length > 0) {
    if (!read.reported) logger.error(formatIssues(issues));
    read.reported = true;
    // Thrown, the error would come wrapped in Astro's English header and a stack trace.
    if (!watcher) process.exit(1);
    return;
  }
  store.clear();
  for (const entry of entriesOf(content, collection))
    store.set({ ...entry, digest: generateDigest({ data: entry.data, body: entry.body ?? '' }) });
}
