import { createHash } from 'node:crypto';
// A page with a cache key is reused while the code it imports is unchanged, and no page imports the
// middleware that typesets it once rendered (src/middleware.ts). Imported here, with every page that
// has a cache key, the typesetting is part of that code: changing it re-renders them all, instead
// of keeping pages set by the old rules.
import './typeset-page';

/**
 * A digest of everything a page renders, for Astro's incremental build (`cacheKey`): two view
 * models with the same digest render the same page. Plain data only: objects (keys in their
 * order, which the derivations fix), arrays, Maps, Sets, Dates, strings, numbers, booleans, null.
 * Anything else (a function, a class instance, a symbol) throws rather than being left out, since
 * a part of the view the digest cannot see would let a changed page be reused unchanged.
 */
export function viewDigest(view: unknown): string {
  const hash = createHash('sha256');
  const text = new DigestInput(hash);
  if (!feed(text, view)) throw new TypeError(unreadable(view, 'props'));
  text.flush();
  return hash.digest('hex');
}

/**
 * The digest's input, written to the hash in large pieces: a page's props are thousands of small
 * values, and one `hash.update()` per value spent more time crossing into the hash than hashing.
 */
class DigestInput {
  readonly #hash: ReturnType<typeof createHash>;
  #pending = '';
  constructor(hash: ReturnType<typeof createHash>) {
    this.#hash = hash;
  }
  add(part: string): void {
    this.#pending += part;
    if (this.#pending.length > 65_536) this.flush();
  }
  flush(): void {
    this.#hash.update(this.#pending);
    this.#pending = '';
  }
}

/**
 * Writes `value` into the digest's input; false at the first value it cannot read, whose place
 * `unreadable` then finds: naming each value's place as it goes would cost every page a string
 * per value, for an error that only a change to the code can cause.
 */
function feed(text: DigestInput, value: unknown): boolean {
  if (value === null || value === undefined) {
    text.add(value === null ? 'n;' : 'u;');
  } else if (typeof value === 'string') {
    text.add(`s${value.length}:${value}`);
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    text.add(`${(typeof value)[0]}${String(value)};`);
  } else if (Array.isArray(value)) {
    text.add(`a${value.length}[`);
    for (const item of value) if (!feed(text, item)) return false;
    text.add(']');
  } else if (value instanceof Map) {
    text.add(`m${value.size}{`);
    for (const [key, item] of value) if (!feed(text, key) || !feed(text, item)) return false;
    text.add('}');
  } else if (value instanceof Set) {
    text.add(`e${value.size}{`);
    for (const item of value) if (!feed(text, item)) return false;
    text.add('}');
  } else if (value instanceof Date) {
    text.add(`d${value.toISOString()};`);
  } else if (isPlainObject(value)) {
    const entries = Object.entries(value);
    text.add(`o${entries.length}{`);
    for (const [key, item] of entries) {
      text.add(`k${key.length}:${key}`);
      if (!feed(text, item)) return false;
    }
    text.add('}');
  } else {
    return false;
  }
  return true;
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isLeaf = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  ['string', 'number', 'boolean', 'bigint'].includes(typeof value) ||
  value instanceof Date;

/** The first value in `value` that `feed` cannot read: where it is, and what it is. */
function unreadable(value: unknown, path: string): string | undefined {
  if (isLeaf(value)) return undefined;
  const inside: [unknown, string][] | undefined = Array.isArray(value)
    ? value.map((item, index) => [item, `${path}[${index}]`])
    : value instanceof Map
      ? [...value].flatMap(([key, item]): [unknown, string][] => [
          [key, `${path} (clé)`],
          [item, `${path}.get(${String(key)})`],
        ])
      : value instanceof Set
        ? [...value].map((item): [unknown, string] => [item, `${path} (élément)`])
        : isPlainObject(value)
          ? Object.entries(value).map(([key, item]): [unknown, string] => [item, `${path}.${key}`])
          : undefined;
  if (inside === undefined)
    return `${path} : donnée que la clé de cache d’une page ne sait pas lire (${typeof value})`;
  for (const [item, at] of inside) {
    const found = unreadable(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
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
