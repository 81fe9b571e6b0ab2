import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeFrenchTypography from '../plugins/rehype-french-typography';

/**
 * French typography for every page, not only article bodies: labels written in components
 * ("Source :", "Lien permanent :") and texts from content get their narrow no-break spaces too,
 * through the same rehype plugin, so a line never starts with ":" anywhere on the site.
 * Runs on the built HTML, before the search index is made.
 */
export default function frenchTypographyIntegration(): AstroIntegration {
  return {
    name: 'french-typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const processor = unified().use(rehypeParse).use(rehypeFrenchTypography).use(rehypeStringify);
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const path = join(root, file);
          await writeFile(path, String(await processor.process(await readFile(path, 'utf8'))));
        }
        logger.info(`typographie française appliquée à ${files.length} pages`);
      },
    },
  };
}
