// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeNfc from './src/plugins/rehype-nfc.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeFactMentions from './src/plugins/rehype-fact-mentions.ts';
import { sanitizeSchema } from './src/plugins/sanitize-schema.ts';
import pagefind from './src/integrations/pagefind.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import publishedUrls from './src/integrations/published-urls.ts';
import contentCheck from './src/integrations/content-check.ts';
import drafts from './src/integrations/drafts.ts';

// Old URLs left behind by renamed ids are not pages of their own: keep them out of the sitemap.
const movedPaths = new Set(Object.keys(loadRedirects()));

export default defineConfig({
  // Placeholder domain until the newsroom picks one: canonical and share URLs are absolute.
  site: 'https://patrouilles-sino-russes.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Before anything reads content: every file checked by its schema, errors in French.
    contentCheck(),
    drafts(),
    // First of the build's last steps: a site that loses a published URL is not worth indexing.
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
  // Scripts as files, never inlined: the Content Security Policy (public/_headers) allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Astro 7's default processor does not run remark/rehype plugins; unified() does.
    processor: unified({
      // smartypants would turn straight quotes into English curly quotes: French typography
      // is applied by our own plugin instead.
      smartypants: false,
      rehypePlugins: [
        // Astro parses raw HTML only after these plugins: parse it first, so sanitizing removes
        // exactly what an author may paste by mistake (script, on* handlers, javascript: URLs)
        // and keeps the text and harmless markup around it.
        rehypeRaw,
        [rehypeSanitize, sanitizeSchema],
        rehypeNfc,
        rehypeParagraphIds,
        // The page's typography comes later (src/middleware.ts): the frontmatter quotes are
        // written with the source's plain spaces, and so is the body they are found in.
        rehypeFactMentions,
      ],
    }),
  },
});
