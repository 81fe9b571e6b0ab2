import type { AstroIntegration } from 'astro';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { chunk } from '../lib/chunk';
import { separateElementsForSearch } from '../lib/search-text';

/** Pages read and written at once while copying: enough to keep the disk busy. */
const BATCH = 64;

/**
 * Copies the built pages into `copy` (same relative paths, so Pagefind computes the same URLs),
 * as the index should read them: with their elements set apart (`separateElementsForSearch`).
 * A folder rather than one page at a time through the API: Pagefind reads a folder on every core,
 * and keeps the order of its pages from one build to the next.
 */
async function copyForIndex(site: string, copy: string): Promise<void> {
  const pages = (await readdir(site, { recursive: true })).filter((path) => path.endsWith('.html'));
  const folders = [...new Set(pages.map((path) => dirname(join(copy, path))))];
  await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
  for (const batch of chunk(pages, BATCH)) {
    await Promise.all(
      batch.map(async (path) => {
        const html = await readFile(join(site, path), 'utf8');
        await writeFile(join(copy, path), separateElementsForSearch(html));
      }),
    );
  }
}

/** Indexes the pages of `site` into `<site>/pagefind/`; returns how many it indexed. */
async function indexSite(site: string): Promise<number> {
  const copy = await mkdtemp(join(tmpdir(), 'pagefind-pages-'));
  try {
    await copyForIndex(site, copy);
    // Excerpts come from the pages' prose: a definition list's labels (« Pays », « Chine ») would
    // run into its values (« Syrie Chine plus de 2 000 militaires »).
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['dt'] });
    if (!index) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
    const added = await index.addDirectory({ path: copy });
    if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(' ; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
    await pagefind.close();
    return added.page_count;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the pages,
 * so `astro build` alone produces a searchable site (no server: the index is static files).
 * Pagefind reads `<html lang="fr">` for French stemming, and folds diacritics ("vehicules"
 * finds "véhicules"). It indexes a temporary copy of the pages, the site's pages left untouched.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        // Its time, printed apart: the benchmark counts a rebuild with and without it. The copy of
        // the pages is made for the index alone, so making and removing it are counted in.
        const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
        logger.info(`${pages} pages indexées pour la recherche en ${seconds} s`);
      },
    },
  };
}
