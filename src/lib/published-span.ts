/** What a paged list of articles needs to name a page by its dates. */
export interface Published {
  readonly dateIso: string;
  readonly dateText: string;
}

/**
 * "articles du 13 octobre 2022 au 30 novembre 2022" (oldest to newest, whatever the list's order),
 * "articles du 30 novembre 2022" for a single day: how a page list names a page of articles.
 */
export function publishedSpan(dates: readonly Published[]): string {
  const sorted = [...dates].sort((a, b) => a.dateIso.localeCompare(b.dateIso));
  const oldest = sorted[0];
  const newest = sorted.at(-1);
  if (oldest === undefined || newest === undefined) return 'aucun article';
  return oldest.dateIso === newest.dateIso
    ? `articles du ${oldest.dateText}`
    : `articles du ${oldest.dateText} au ${newest.dateText}`;
}
