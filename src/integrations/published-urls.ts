import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lostUrls, PUBLISHED_URLS_FILE, readPublishedUrls } from '../lib/published-urls';
import { loadRedirects } from '../lib/redirects';

/**
 * Fails `astro build` when a URL of the committed ledger (`published-urls.txt`) no longer leads to
 * a page: a deleted or renamed fact must leave a redirect behind. Run by the build itself, so no
 * build path (a script, a host's CI) can publish a site that breaks readers' links.
 */
export default function publishedUrlsIntegration(): AstroIntegration {
  return {
    name: 'published-urls',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const isBuilt = (path: string) => existsSync(join(out, path, 'index.html'));
        const lost = lostUrls(readPublishedUrls(), isBuilt, loadRedirects());
        if (lost.length > 0) {
          throw new Error(
            [
              `URL publiées perdues (${lost.length}, d’après ${PUBLISHED_URLS_FILE}) :`,
              ...lost.map((url) => `  ${PUBLISHED_URLS_FILE} → ${url.message}`),
            ].join('\n'),
          );
        }
      },
    },
  };
}
