import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { Piscina } from 'piscina';
import { workerModule } from '../lib/worker-module';

/** Files per worker task: large enough that messaging costs nothing, small enough to share the load. */
const BATCH = 100;

/** The URL Pagefind shows for a built file: "faits/x/index.html" → "/faits/x/", "404.html" → "/404.html". */
export const pageUrl = (file: string): string => `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');

const fail = (errors: readonly string[]) => {
  if (errors.length > 0) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
};

/**
 * The last pass over the built pages, in one go:
 *
 * - French typography for every page, not only article bodies: labels written in components
 *   ("Source :", "Lien permanent :") and texts from content get their narrow no-break spaces too,
 *   through the same rehype plugin, so a line never starts with ":" anywhere on the site. One
 *   worker thread per core: at a thousand articles this re-reads some 15,000 pages.
 * - The Pagefind search index (`<outDir>/pagefind/`), so `astro build` alone gives a searchable
 *   site, with no server. Each page is indexed as soon as it is typeset, from the text the worker
 *   hands back, so indexing runs alongside typesetting rather than re-reading every page after it.
 *   Pagefind reads `<html lang="fr">` for French stemming and folds diacritics ("vehicules" finds
 *   "véhicules").
 */
export default function typesetAndIndex(): AstroIntegration {
  return {
    name: 'typographie-et-recherche',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Sorted: the order pages reach the index must not depend on the file system.
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .sort();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
        const pool = new Piscina({
          filename: workerModule(
            'src/integrations/french-typography-worker.ts',
            new URL('french-typography-worker.ts', import.meta.url),
          ),
          maxThreads: Math.max(1, availableParallelism()),
        });
        try {
          const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, n) =>
            files.slice(n * BATCH, (n + 1) * BATCH),
          );
          // All batches start at once (the pool queues them); pages reach the index in file order,
          // so two builds of the same site give the same index.
          const runs = batches.map(
            (batch) => pool.run(batch.map((file) => join(root, file))) as Promise<string[]>,
          );
          // A failure is reported where its batch is awaited, not as an unhandled rejection before.
          for (const run of runs) run.catch(() => undefined);
          for (const [n, batch] of batches.entries()) {
            const typeset = await runs[n];
            for (const [k, file] of batch.entries()) {
              fail((await index.addHTMLFile({ url: pageUrl(file), content: typeset?.[k] ?? '' })).errors);
            }
          }
          logger.info(`typographie française appliquée à ${files.length} pages`);
          fail((await index.writeFiles({ outputPath: join(root, 'pagefind') })).errors);
          logger.info(`${files.length} pages indexées pour la recherche`);
        } finally {
          await pool.destroy();
          await pagefind.close();
        }
      },
    },
  };
}
