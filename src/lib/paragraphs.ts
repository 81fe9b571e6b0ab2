import slugify from '@sindresorhus/slugify';

/** How many leading words name a paragraph: enough to be unique in an article, short enough to read. */
const ID_WORDS = 5;

/**
 * Stable anchors for paragraphs, derived from their opening words ("p-en-septembre-pekin-a-envoye"),
 * never from their position: inserting a paragraph does not move every link after it.
 * A repeated opening gets "-2", "-3" in reading order.
 */
export function paragraphIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  return texts.map((text) => {
    const words = slugify(text, { locale: 'fr' }).split('-').slice(0, ID_WORDS).join('-') || 'paragraphe';
    const base = `p-${words}`;
    // "-2", "-3"… until free: "Oui." twice then "Oui 2." must not give two "p-oui-2".
    let count = seen.get(base) ?? 0;
    let id = base;
    while (taken.has(id)) id = `${base}-${++count + 1}`;
    seen.set(base, count);
    taken.add(id);
    return id;
  });
}
