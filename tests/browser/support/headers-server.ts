import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../../scripts/headers-file.mjs';
import { startServer, type StaticServer } from './server';

/**
 * Like `startServer()` (./server.ts), but every response carries the headers the host (Netlify,
 * Cloudflare Pages) would apply from the built site's `_headers` file: the browser tests see the
 * production CSP and other security headers.
 */

export interface HeadersServerOptions {
  /**
   * Rules applied to every response; by default, the `_headers` of `dir` (missing → error: a site
   * without security headers must not pass for safe).
   */
  readonly headers?: readonly HeaderRule[];
}

/**
 * Static server on 127.0.0.1 (a free port), like `startServer()`, applying the headers of
 * `_headers`. `_headers` itself is not served (hosts do not publish it).
 */
export async function startHeadersServer(
  dir = 'dist',
  options: HeadersServerOptions = {},
): Promise<StaticServer & { rules: readonly HeaderRule[] }> {
  const root = resolve(dir);
  const rules = options.headers ?? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const server = await startServer(dir, {
    headersFor: (pathname) => headersFor(rules, pathname),
    hidden: ['/_headers'],
  });
  return { ...server, rules };
}
