import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { workerModule } from '../lib/worker-module';

/** Files per task: large enough that messaging costs nothing, small enough to share the load evenly. */
const BATCH = 100;

/**
 * French typography for every page, not only article bodies: labels written in components
 * ("Source :", "Lien permanent :") and texts from content get their narrow no-break spaces too,
 * through the same rehype plugin, so a line never starts with ":" anywhere on the site.
 * Runs on the built HTML, before the search index is made, in one worker thread per core: at a
 * thousand articles it re-reads some 14,000 pages.
 */
export default function frenchTypographyIntegration(): AstroIntegration {
  return {
    name: 'french-typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .map((file) => join(root, file));
        const pool = new Piscina({
          filename: workerModule(
            'src/integrations/french-typography-worker.ts',
            new URL('french-typography-worker.ts', import.meta.url),
          ),
          maxThreads: Math.max(1, availableParallelism()),
        });
        try {
          const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, index) =>
            files.slice(index * BATCH, (index + 1) * BATCH),
          );
          await Promise.all(batches.map((batch) => pool.run(batch)));
        } finally {
          await pool.destroy();
        }
        logger.info(`typographie française appliquée à ${files.length} pages`);
      },
    },
  };
}
