// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeFrenchTypography from './src/plugins/rehype-french-typography.ts';
import { sanitizeSchema } from './src/plugins/sanitize-schema.ts';

export default defineConfig({
  // Placeholder domain until the newsroom picks one: canonical and share URLs are absolute.
  site: 'https://patrouilles-sino-russes.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor does not run remark/rehype plugins; unified() does.
    processor: unified({
      // smartypants would turn straight quotes into English curly quotes: French typography
      // is applied by our own plugin instead.
      smartypants: false,
      rehypePlugins: [
        // First: whatever an author pasted by mistake (script, onclick, javascript: URLs) is dropped.
        [rehypeSanitize, sanitizeSchema],
        rehypeParagraphIds,
        rehypeFrenchTypography,
      ],
    }),
  },
});
