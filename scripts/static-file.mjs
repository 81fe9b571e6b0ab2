import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

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
