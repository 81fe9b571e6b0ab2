import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROME_FLAGS } from '../../../scripts/chromium-flags.mjs';

/**
 * Launches the system's Chromium (or `$CHROME_PATH`, see scripts/ensure-chromium.mjs) with no network:
 * every DNS lookup fails except localhost / 127.0.0.1, so no request can leave the machine. In the
 * browser project, connects instead to the Chromium its global setup started with the same flags
 * (./shared-chromium.ts); closing the returned browser then closes this file's contexts only.
 */
export function launchChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROME_FLAGS],
  });
}

/**
 * Opens a page in a context made by `browser.newContext()`, which @axe-core/playwright requires (it
 * refuses pages from `browser.newPage()`), in French unless `options` say otherwise (with time zone,
 * dark theme, JavaScript off, screen size…). Closing the page closes its context too.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  // Not awaited by whoever closed the page: when that was the last test of a file, the browser may
  // close meanwhile (afterAll), taking the context with it, and this close then rejects with "Target
  // page, context or browser has been closed" as an unhandled error that fails the run. Only that
  // case is expected; any other failure still surfaces.
  page.once('close', () =>
    context.close().catch((error: unknown) => {
      if (!String(error).includes('has been closed')) throw error;
    }),
  );
  return page;
}
