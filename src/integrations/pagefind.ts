import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the pages,
 * so `astro build` alone produces a searchable site (no server: the index is static files).
 * Pagefind reads `<html lang="fr">` for French stemming, and folds diacritics ("vehicules"
 * finds "véhicules").
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(' ; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
        await pagefind.close();
        logger.info(`${added.page_count} pages indexées pour la recherche`);
      },
    },
  };
}
