// @ts-check
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeFor, resolveFile } from './static-file.mjs';

/** Types a host compresses when the browser accepts gzip. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

/**
 * @typedef {object} StaticServerOptions
 * @property {(pathname: string) => Record<string, string>} [headersFor] headers added to every
 *   response for a path (those of a `_headers` file), keys in lower case
 * @property {readonly string[]} [hidden] paths answered 404, as a host hides `_headers`
 * @property {boolean} [gzip] compress text responses when the request accepts it, as hosts do
 * @property {boolean} [noStore] `cache-control: no-store`, so that no test reuses another's response
 * @property {(pathname: string) => { type: string, body: string } | undefined} [page] a page served
 *   from memory for a path, before the files (Lighthouse's control page)
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url base URL, without a trailing slash: `http://127.0.0.1:PORT`
 * @property {string[]} requests paths (with any query string) of all requests received, in order
 * @property {() => Promise<void>} close
 */

/**
 * The built site served as its host serves it, on 127.0.0.1 and a free port: a directory gives its
 * index.html, a missing path the site's 404.html with status 404. One server for the browser tests
 * and `npm run lighthouse`.
 *
 * @param {string} dir the built site
 * @param {StaticServerOptions} [options]
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(dir, options = {}) {
  const root = resolve(dir);
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    requests.push(rawUrl);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(rawUrl, 'http://localhost').pathname;
    const head = req.method === 'HEAD';
    void (async () => {
      const headers = { ...options.headersFor?.(pathname) };
      if (options.noStore) headers['cache-control'] = 'no-store';
      const inMemory = options.page?.(pathname);
      if (inMemory) {
        res
          .writeHead(200, { ...headers, 'content-type': inMemory.type })
          .end(head ? undefined : inMemory.body);
        return;
      }
      let file = options.hidden?.includes(pathname) ? undefined : await resolveFile(root, pathname);
      let status = 200;
      if (!file) {
        status = 404;
        file = await resolveFile(root, '/404.html');
      }
      if (!file) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
        return;
      }
      // Lower-case keys, like those of `headersFor`: the type replaces the one of `_headers`.
      const type = contentTypeFor(file);
      headers['content-type'] = type;
      if (options.gzip && COMPRESSIBLE.test(type)) {
        headers['vary'] = 'Accept-Encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          const body = gzipSync(await readFile(file));
          headers['content-encoding'] = 'gzip';
          headers['content-length'] = String(body.length);
          res.writeHead(status, headers).end(head ? undefined : body);
          return;
        }
      }
      headers['content-length'] = String((await stat(file)).size);
      res.writeHead(status, headers);
      if (head) res.end();
      else createReadStream(file).pipe(res);
    })().catch((/** @type {unknown} */ error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
