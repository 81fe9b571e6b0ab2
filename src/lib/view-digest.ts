import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';

/**
 * A digest of everything a page renders, for Astro's incremental build (`cacheKey`): two view
 * models with the same digest render the same page. Plain data only: objects (keys in their
 * order, which the derivations fix), arrays, Maps, Sets, Dates, strings, numbers, booleans, null.
 * A function or a class instance throws rather than being left out, since a part of the view the
 * digest cannot see would let a changed page be reused unchanged.
 *
 * The bytes hashed are V8's own serialization of the view: lossless for plain data, so equal
 * digests mean equal views, and native, so that every build can key tens of thousands of pages.
 */
export function viewDigest(view: unknown): string {
  // V8 copies a class instance as if it were a plain object: the walk below refuses it, by name.
  check(view);
  return createHash('sha256').update(serialize(view)).digest('hex');
}

/** Throws, naming where it is, on anything that is not plain data. */
function check(view: unknown): void {
  // Where a value sits, as keys, spelt out only for the error.
  const at: string[] = ['props'];
  const refuse = (what: string) => {
    throw new TypeError(`${at.join('')} : donnée que la clé de cache d’une page ne sait pas lire (${what})`);
  };
  const walk = (value: unknown, key: string): void => {
    if (
      value === null ||
      (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')
    )
      return;
    at.push(key);
    if (typeof value !== 'object') refuse(typeof value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `[${index}]`));
    else if (value instanceof Map)
      for (const [k, item] of value) {
        walk(k, ' (clé)');
        walk(item, `.get(${String(k)})`);
      }
    else if (value instanceof Set) for (const item of value) walk(item, ' (élément)');
    else if (!(value instanceof Date)) {
      if (Object.getPrototypeOf(value) !== Object.prototype) refuse('object');
      for (const k in value) walk((value as Record<string, unknown>)[k], `.${k}`);
    }
    at.pop();
  };
  walk(view, '');
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
