// Configuration ESLint (flat config) : JS recommandé, typescript-eslint recommandé, Astro recommandé.
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
    // Scripts, tests et fichiers de configuration s’exécutent sous Node.
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
  },
]);
