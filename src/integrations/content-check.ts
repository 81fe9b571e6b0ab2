import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentFileIssues } from '../lib/content-files';
import { formatIssues } from '../lib/content-issues';

/**
 * Validates every content file before the build loads it (see `contentFileIssues`), so that a
 * file Astro's content layer would reject is reported in the project's format and in French.
 * In `astro dev` Astro's own overlay reports it and the server keeps running while the author fixes it.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const issues = contentFileIssues(fileURLToPath(config.root));
        if (issues.length === 0) return;
        // Thrown, the error would come wrapped in Astro's English header and a stack trace: the
        // author needs the list, in French, and the build's failure.
        logger.error(formatIssues(issues));
        process.exit(1);
      },
    },
  };
}
