import { articleCount, type EntityAppearances } from './entity-index';
import { formatCount } from './figure-format';

/**
 * The directories `/acteurs/`, `/lieux/`, `/appareils/`: every entity of a collection, by kind
 * then by name, with how much the site says about it. What a reader finds by shortening an
 * entity's URL, and the way to an entity no article names (a country of the record only).
 */

/** One entity as a directory lists it. */
export interface DirectoryEntry<K extends string> {
  readonly name: string;
  readonly url: string;
  readonly kind: K;
  /** What it is, when the name does not say it: "bombardier stratégique", "président russe". */
  readonly detail?: string | undefined;
  /** Articles that name it. */
  readonly articles: number;
  /** Facts (cards) of the articles that involve it. */
  readonly facts: number;
  /** Exercises and patrols of the researched record that involve it. */
  readonly recordEvents: number;
}

/**
 * An entity's line of the directory, counted as its own page counts: the articles that name it,
 * the facts that involve it, and the record's events (`actorRecordEvents`, `placeRecordEvents`;
 * none for an aircraft).
 */
export function directoryEntry<K extends string>(
  entity: { name: string; url: string; kind: K; detail?: string | undefined },
  appearances: EntityAppearances,
  recordEvents = 0,
): DirectoryEntry<K> {
  return {
    ...entity,
    articles: articleCount(appearances),
    facts: appearances.facts.length,
    recordEvents,
  };
}

export interface DirectoryGroup<K extends string> {
  /** Heading of the group: the kind, in the plural ("Pays", "Institutions"). */
  readonly label: string;
  readonly entries: readonly DirectoryEntry<K>[];
}

// French alphabetical order: accents and case come second ("Égypte" between "Dakar" and "Finlande").
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Groups entries by kind, in `kinds`' order (kinds with no entry left out), each group sorted by
 * name in French alphabetical order.
 */
export function directoryGroups<K extends string>(
  entries: readonly DirectoryEntry<K>[],
  kinds: readonly K[],
  groupLabels: Readonly<Record<K, string>>,
): DirectoryGroup<K>[] {
  return kinds.flatMap((kind) => {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      { label: groupLabels[kind], entries: [...ofKind].sort((a, b) => collator.compare(a.name, b.name)) },
    ];
  });
}

/**
 * What the site says about an entity, in words: "1 article, 12 faits, 56 exercices et patrouilles
 * du relevé"; the counts that are zero are left out ("3 exercices et patrouilles du relevé").
 */
export function directoryCounts(
  entry: Pick<DirectoryEntry<string>, 'articles' | 'facts' | 'recordEvents'>,
): string {
  const parts = [
    entry.articles > 0 && formatCount(entry.articles, { one: 'article', other: 'articles' }),
    entry.facts > 0 && formatCount(entry.facts, { one: 'fait', other: 'faits' }),
    entry.recordEvents > 0 &&
      formatCount(entry.recordEvents, {
        one: 'exercice ou patrouille du relevé',
        other: 'exercices et patrouilles du relevé',
      }),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : 'aucun article pour l’instant';
}
