import type { AstroIntegration } from 'astro';

/**
 * Tells the pages whether to include drafts: only `astro dev` does. Decided by the command, not by
 * `import.meta.env.DEV`, which an environment variable `DEV=1` turns on in a production build too.
 */
export default function drafts(): AstroIntegration {
  return {
    name: 'drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.PREVIEW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
