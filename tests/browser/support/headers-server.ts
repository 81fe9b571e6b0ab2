import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from '../../../scripts/headers-file.mjs';
import { startServer, type StaticServer } from './server';

/**
 * Like `startServer()` (./server.ts), but every response carries the headers the host (Netlify,
 * Cloudflare Pages) would apply from the built site's `_headers` file, so the browser tests see the
 * production CSP and other security headers. A site without `_headers` is an error (it must not pass
 * for safe); `_headers` itself is not served (hosts do not publish it).
 */
export async function startHeadersServer(dir = 'dist'): Promise<StaticServer> {
  const rules = parseHeadersFile(await readFile(join(resolve(dir), '_headers'), 'utf8'));
  return startServer(dir, {
    headersFor: (pathname) => headersFor(rules, pathname),
    hidden: ['/_headers'],
  });
}
