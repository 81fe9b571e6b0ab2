import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The regular file a static host serves for a URL path under `root` (a directory gives its
 * index.html), or undefined: missing, undecodable, or outside `root`. Shared by the browser tests'
 * server and `npm run lighthouse`, so both serve the built site as the host does.
 *
 * @param {string} root absolute path of the built site
 * @param {string} urlPath path of the request, still percent-encoded
 * @returns {Promise<string | undefined>}
 */
export async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = resolve(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/**
 * `Content-Type` a host sends for the files of the built site, by extension (text in UTF-8).
 * @type {Readonly<Record<string, string>>}
 */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * The `Content-Type` of a served file, from its extension (`application/octet-stream` if unknown).
 *
 * @param {string} path
 * @returns {string}
 */
export function contentTypeFor(path) {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
