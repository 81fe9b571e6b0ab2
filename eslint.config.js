// ESLint (flat config): the recommended rules of JS, typescript-eslint and Astro.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', '.astro/', '.cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Scripts, tests and configuration files run under Node.
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // date-fns one function at a time: its index loads all of them, and `date-fns/locale` every
    // locale, seconds at each start of a script (tsx) or a test worker.
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'date-fns', allowTypeImports: true, message: 'Importer la fonction : date-fns/format.' },
            { name: 'date-fns/locale', message: 'Importer la locale : date-fns/locale/fr.' },
          ],
        },
      ],
    },
  },
]);
