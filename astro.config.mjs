// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import publishedUrls from './src/integrations/published-urls.ts';
import drafts from './src/integrations/drafts.ts';
import staleOutput from './src/integrations/stale-output.ts';

// Old URLs left behind by renamed ids are not pages of their own: keep them out of the sitemap.
const movedPaths = new Set(Object.keys(loadRedirects()));

export default defineConfig({
  // Placeholder domain until the newsroom picks one: canonical and share URLs are absolute.
  site: 'https://patrouilles-sino-russes.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    drafts(),
    // First of the build's last steps: what an earlier build left in dist/ goes before anything
    // reads dist/ (a deleted page must not pass the published-URL check).
    staleOutput(),
    // Then: a site that loses a published URL is not worth indexing.
    publishedUrls(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !movedPaths.has(new URL(page).pathname) }),
    pagefind(),
  ],
  // JSON Schemas of the collections in .astro/collections/: Astro's editor extension validates and
  // completes an article's frontmatter with them (README, « Écrire un article »).
  experimental: {
    contentIntellisense: true,
    // A rebuild renders only the pages whose view changed: each dynamic route returns the digest of
    // the props it renders as its `cacheKey` (src/lib/view-digest.ts). Needs build.concurrency 1.
    incrementalBuild: true,
  },
  vite: {
    build: {
      // Scripts as files, never inlined: the Content Security Policy (public/_headers) allows no inline script.
      assetsInlineLimit: 0,
      // dist/ is not emptied: a page the incremental build reuses stays where it is instead of being
      // deleted and copied back. What a build no longer makes is removed by src/integrations/stale-output.ts.
      emptyOutDir: false,
    },
  },
});
