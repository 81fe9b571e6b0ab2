import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { contentTypeFor, resolveFile } from '../../../scripts/static-file.mjs';

export interface StaticServer {
  /** Base URL, without a trailing slash: `http://127.0.0.1:PORT`. */
  url: string;
  /** Paths (with any query string) of all requests received, in order. */
  requests: string[];
  close: () => Promise<void>;
}

export interface ServerOptions {
  /** Headers added to every response depending on the path (those of a `_headers` file, for example). */
  readonly headersFor?: (pathname: string) => Record<string, string>;
  /** Paths never served (answered with 404), like `_headers` at a host. */
  readonly hidden?: readonly string[];
}

/**
 * Small static server (no dependency) on 127.0.0.1, on a free port.
 * A directory → its index.html; a missing path → the site's 404.html with status 404.
 */
export async function startServer(dir = 'dist', options: ServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];

  const server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    requests.push(rawUrl);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(rawUrl, 'http://localhost').pathname;
    void (async () => {
      let file = options.hidden?.includes(pathname) ? undefined : await resolveFile(root, pathname);
      let status = 200;
      if (!file) {
        status = 404;
        file = await resolveFile(root, '/404.html');
      }
      const extra = options.headersFor?.(pathname) ?? {};
      if (!file) {
        res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
        return;
      }
      // Lower-case keys, like those of `extra`: the type and `no-store` (no cache between two tests)
      // replace those of `_headers` instead of being added to them.
      res.writeHead(status, { ...extra, 'content-type': contentTypeFor(file), 'cache-control': 'no-store' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
