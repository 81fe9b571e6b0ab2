import { createHash } from 'node:crypto';

/**
 * A digest of everything a page renders, for Astro's incremental build (`cacheKey`): two view
 * models with the same digest render the same page. Plain data only: objects (keys in their
 * order, which the derivations fix), arrays, Maps, Sets, Dates, strings, numbers, booleans, null.
 * Anything else (a function, a class instance, a symbol) throws rather than being left out, since
 * a part of the view the digest cannot see would let a changed page be reused unchanged.
 */
export function viewDigest(view: unknown): string {
  const hash = createHash('sha256');
  feed(hash, view, 'props');
  return hash.digest('hex');
}

function feed(hash: ReturnType<typeof createHash>, value: unknown, path: string): void {
  if (value === null || value === undefined) {
    hash.update(value === null ? 'n;' : 'u;');
  } else if (typeof value === 'string') {
    hash.update(`s${value.length}:`).update(value);
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    hash.update(`${(typeof value)[0]}${String(value)};`);
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`);
    value.forEach((item, index) => feed(hash, item, `${path}[${index}]`));
    hash.update(']');
  } else if (value instanceof Map) {
    hash.update(`m${value.size}{`);
    for (const [key, item] of value) {
      feed(hash, key, `${path} (clé)`);
      feed(hash, item, `${path}.get(${String(key)})`);
    }
    hash.update('}');
  } else if (value instanceof Set) {
    hash.update(`e${value.size}{`);
    for (const item of value) feed(hash, item, `${path} (élément)`);
    hash.update('}');
  } else if (value instanceof Date) {
    hash.update(`d${value.toISOString()};`);
  } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    hash.update(`o${entries.length}{`);
    for (const [key, item] of entries) {
      hash.update(`k${key.length}:${key}`);
      feed(hash, item, `${path}.${key}`);
    }
    hash.update('}');
  } else {
    throw new TypeError(`${path} : donnée que la clé de cache d’une page ne sait pas lire (${typeof value})`);
  }
}

/**
 * Static paths with their `cacheKey`: the digest of the props each page renders from. Right by
 * construction as long as a page renders from its props alone (and from code, which Astro hashes).
 */
export function withCacheKeys<Path extends { props: object }>(
  paths: readonly Path[],
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: viewDigest(path.props) }));
}
