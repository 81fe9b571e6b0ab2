import { defineConfig } from 'vitest/config';

// Slow tests (a full Astro build, Chromium): long timeouts, one file at a time.
const slow = { testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false };

export default defineConfig({
  test: {
    projects: [
      {
        // Pure functions: one module graph per worker, not per file (most of the time was imports).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        // Two files at once: a build waits on its disk and server as much as it computes, and
        // two builds side by side keep both cores busy.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          ...slow,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        // The built site's files (dist/) parsed, no browser: what a page says, links and declares.
        // One module graph per worker, as for the unit tests: importing the parsers dominates its time.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium for every file: starting one per file cost more than some files' tests.
          globalSetup: ['tests/browser/support/shared-chromium.ts'],
          ...slow,
          // Files run one after the other in one worker: Playwright, axe and the parsers imported once.
          isolate: false,
        },
      },
    ],
  },
});
