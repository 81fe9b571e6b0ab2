import type { AstroIntegration } from 'astro';
import { mkdir, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunk } from '../lib/chunk';

/** Files stat'ed or removed at once: enough to keep the disk busy. */
const BATCH = 256;

/**
 * The build leaves `dist/` in place (`vite.build.emptyOutDir: false` in astro.config.mjs), so that
 * the incremental build keeps an unchanged page where it is instead of deleting it and copying it
 * back from its cache. What this build did not make is then removed here, first of the build's
 * last steps: a deleted article's pages and share images, old bundles, an old search index. So no
 * later step (the published-URL check, the sitemap, Pagefind) and no reader ever sees them.
 *
 * A file is this build's when the build wrote it (Vite's bundles and `public/` copies, every page
 * rendered or restored: all written after the build started) or when Astro kept it as it was (a
 * reused page: among the routes' outputs). Anything else in `dist/` is from an earlier build.
 */
export default function staleOutputIntegration(): AstroIntegration {
  let marker = '';
  /** When this build started, on the file system's clock (the one that dates the files). */
  let started = 0;
  return {
    name: 'stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        marker = join(fileURLToPath(config.cacheDir), 'build-started');
      },
      'astro:build:start': async () => {
        await mkdir(join(marker, '..'), { recursive: true });
        await writeFile(marker, '');
        started = (await stat(marker)).mtimeMs;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const entries = await readdir(out, { recursive: true, withFileTypes: true });
        const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
        const stale: string[] = [];
        const unlisted = files.filter((file) => !kept.has(file));
        for (const batch of chunk(unlisted, BATCH)) {
          const times = await Promise.all(batch.map(async (file) => (await stat(file)).mtimeMs));
          stale.push(...batch.filter((_, index) => times[index]! < started));
        }
        for (const batch of chunk(stale, BATCH)) await Promise.all(batch.map((file) => rm(file)));
        // Folders a removal left empty (a deleted page's), deepest first, up to dist/ itself.
        const folders = new Set<string>();
        for (const file of stale)
          for (let folder = dirname(file); folder.length > out.length; folder = dirname(folder))
            folders.add(folder);
        for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
          if ((await readdir(folder)).length === 0) await rmdir(folder);
        }
        if (stale.length > 0)
          logger.info(`${stale.length} fichier(s) d’un build précédent retiré(s) de dist/`);
      },
    },
  };
}
