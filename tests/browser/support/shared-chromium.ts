import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROME_FLAGS } from '../../../scripts/chromium-flags.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the Chromium that the browser test files share (see below). */
    chromiumEndpoint: string;
  }
}

/**
 * Global setup of the browser tests: one Chromium for the whole run, which each file connects to
 * (`launchChromium()` in ./chromium.ts) instead of starting its own. Each file still works in
 * contexts of its own, which share nothing; only the browser's start-up is paid once.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROME_FLAGS],
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
