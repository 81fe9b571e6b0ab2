/**
 * The entry an id names. The content checks (`buildArticles`, `checkReferences`) have already
 * refused any id that names no entry, so by the time a page is built a miss is a bug in the model:
 * it fails the build here rather than printing the raw id where a name belongs.
 */
export function resolveId<T>(entries: ReadonlyMap<string, T>, id: string): T {
  const entry = entries.get(id);
  if (entry === undefined)
    throw new Error(
      `Référence non résolue : « ${id} » (les vérifications du contenu auraient dû la refuser).`,
    );
  return entry;
}
