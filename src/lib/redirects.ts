import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Redirects left behind by renamed ids (`content/redirects.yaml`), for Astro's `redirects` option.
 * Validated here because the config is read before any content collection exists.
 */
export function loadRedirects(file = 'content/redirects.yaml'): Record<string, string> {
  const data: unknown = parse(readFileSync(file, 'utf8')) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file} : une table « ancien chemin: nouveau chemin » était attendue`);
  }
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) {
    const path = /^\/[a-z0-9\-/]*\/$/;
    if (!path.test(from) || typeof to !== 'string' || !path.test(to)) {
      throw new Error(
        `${file} → ${from} : chemins attendus de la forme « /faits/ancien-id/ » → « /faits/nouvel-id/ »`,
      );
    }
    redirects[from] = to;
  }
  return redirects;
}
