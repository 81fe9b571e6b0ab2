import type { ContentIssue } from './content-issues';

/** A reference found in a shared entry: where it is, and which collection it must name an entry of. */
export interface EntityReference {
  readonly file: string;
  readonly field: string;
  readonly collection: 'actors' | 'aircraft' | 'places' | 'exercises';
  readonly id: string;
}

/**
 * References between shared entries (an aircraft's operator, an actor's country, a researched
 * event's countries and areas). Astro only logs a broken one and builds on: here it stops the build.
 */
export function checkReferences(
  references: readonly EntityReference[],
  known: Readonly<Record<EntityReference['collection'], ReadonlySet<string>>>,
): ContentIssue[] {
  return references
    .filter((ref) => !known[ref.collection].has(ref.id))
    .map((ref) => ({
      file: ref.file,
      field: ref.field,
      message: `« ${ref.id} » ne correspond à aucune entrée de content/${ref.collection}/`,
    }));
}
