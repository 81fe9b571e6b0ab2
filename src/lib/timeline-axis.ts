import { eventKinds, type EventKind } from '../vocabulary/event-kinds';
import type { TimelineItem } from './timeline';
import { formatCount } from './figure-format';

/** Counts per year and kind, every year of the span present (a gap year is a zero, not a missing bar). */
export interface AxisData {
  readonly years: readonly number[];
  readonly kinds: readonly EventKind[];
  /** counts[yearIndex][kindIndex] */
  readonly counts: readonly (readonly number[])[];
  readonly max: number;
}

export function axisData(items: readonly TimelineItem[]): AxisData {
  const dated = items.filter((item): item is TimelineItem & { year: number } => item.year !== undefined);
  if (dated.length === 0) return { years: [], kinds: [], counts: [], max: 0 };
  const first = Math.min(...dated.map((item) => item.year));
  const last = Math.max(...dated.map((item) => item.year));
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const kinds = eventKinds.filter((kind) => dated.some((item) => item.kind === kind));
  const counts = years.map((year) =>
    kinds.map((kind) => dated.filter((item) => item.year === year && item.kind === kind).length),
  );
  const max = Math.max(...counts.map((row) => row.reduce((sum, n) => sum + n, 0)));
  return { years, kinds, counts, max };
}

/**
 * The chart's text alternative: what it counts (dated events only: an undated one has no bar) over
 * which years. "6 événements datés de 2019 à 2024…", "1 événement daté en 2022…".
 */
export function axisDescription(axis: AxisData): string {
  const total = axis.counts.flat().reduce((sum, n) => sum + n, 0);
  const first = axis.years[0];
  const last = axis.years.at(-1);
  const span = first === last ? `en ${first}` : `de ${first} à ${last}`;
  const events = formatCount(total, { one: 'événement daté', other: 'événements datés' });
  return `${events} ${span}. Détail par année et par type dans le tableau qui suit.`;
}
