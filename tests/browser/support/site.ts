import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { startServer, type StaticServer } from './server';

/** The built site under test: `dist/`, or the folder named by `$SITE_DIR` (another build of the site). */
export const SITE_DIR = resolve(process.env['SITE_DIR'] ?? 'dist');

/** The server of the built site and the Chromium that the tests of one file (or block) share. */
export interface SiteInChromium {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves SITE_DIR on 127.0.0.1 and launches Chromium before the tests of the enclosing file or
 * `describe` block, and closes both after them. Read the fields in tests, or in hooks declared after
 * this call (they run after its `beforeAll`, and their `afterAll` before its own). `start` serves the
 * site another way, with its `_headers` for example.
 */
export function siteInChromium(start: (dir: string) => Promise<StaticServer> = startServer): SiteInChromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([start(SITE_DIR), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(
        `${what} pas encore démarré : lire siteInChromium() dans un test ou un hook déclaré après`,
      );
    }
    return value;
  };
  return {
    get server() {
      return started(server, 'serveur du site');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
