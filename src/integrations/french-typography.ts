import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { workerModule } from '../lib/worker-module';
import type { TypesetResult } from './french-typography-worker';

/** Files per worker task: large enough that messaging costs nothing, small enough to share the load. */
const BATCH = 100;

const CACHE_DIR = '.cache/typography';

/**
 * What the typeset text depends on besides the page: the project's own code (the plugin and what it
 * imports live under these folders) and the locked dependency versions. Deliberately broad: a code
 * change re-typesets every page once, which is safe; content changes, the everyday rebuild, reuse
 * every unchanged page.
 */
const CODE = ['src/lib', 'src/plugins', 'src/integrations'];

async function codeVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of CODE) {
    const files = (await readdir(join(root, dir), { recursive: true }))
      .filter((f) => f.endsWith('.ts'))
      .sort();
    for (const file of files) hash.update(`${dir}/${file}\n`).update(await readFile(join(root, dir, file)));
  }
  hash.update(await readFile(join(root, 'package-lock.json')).catch(() => Buffer.from('no lockfile')));
  return hash.digest('hex');
}

/**
 * French typography for every page, not only article bodies: labels written in components
 * ("Source :", "Lien permanent :") and texts from content get their narrow no-break spaces too,
 * through the same rehype plugin, so a line never starts with ":" anywhere on the site.
 * Runs on the built HTML, before the search index is made, in one worker thread per core: at a
 * thousand articles it reads some 15,000 pages. A page built exactly as last time is not parsed
 * again: its typeset text comes from `.cache/typography/`, keyed by the built text and the code.
 */
export default function frenchTypographyIntegration(): AstroIntegration {
  return {
    name: 'french-typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const cacheDir = resolve(CACHE_DIR);
        const files = (await readdir(site, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .map((file) => join(site, file));
        const version = await codeVersion(process.cwd());
        const pool = new Piscina({
          filename: workerModule(
            'src/integrations/french-typography-worker.ts',
            new URL('french-typography-worker.ts', import.meta.url),
          ),
          maxThreads: Math.max(1, availableParallelism()),
        });
        let results: TypesetResult[];
        try {
          const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, n) =>
            files.slice(n * BATCH, (n + 1) * BATCH),
          );
          results = await Promise.all(
            batches.map(
              (batch) => pool.run({ files: batch, cacheDir, codeVersion: version }) as Promise<TypesetResult>,
            ),
          );
        } finally {
          await pool.destroy();
        }
        // Keep only this build's pages: the cache never grows past one site's worth.
        const used = new Set(results.flatMap((result) => result.used));
        const stale = (await readdir(cacheDir)).filter((entry) => !used.has(entry));
        await Promise.all(stale.map((entry) => rm(join(cacheDir, entry), { force: true })));
        const typeset = results.reduce((sum, result) => sum + result.typeset, 0);
        logger.info(
          `typographie française appliquée à ${files.length} pages (${typeset} composées, ${files.length - typeset} reprises du cache)`,
        );
      },
    },
  };
}
