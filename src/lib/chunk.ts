/**
 * Cuts `items` into runs of at most `size`, in order; an empty list gives one empty run, so a paged
 * listing always has its first page.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`taille de page invalide : ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size));
}
