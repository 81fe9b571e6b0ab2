/**
 * `derive`, computed once per key object and kept as long as the key is: a model's list (the
 * timeline, the cards) is grouped once for the thousands of pages that look things up in it, and a
 * new model, as `astro dev` makes after an edit, gets a grouping of its own.
 */
export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, derive(key));
    return made.get(key) as V;
  };
}
