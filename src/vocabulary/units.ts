/**
 * Units a figure can have, with their French forms. `multiple` is a ratio ("a plus que doublé")
 * and reads as a word ("le double"), not as a number with a unit.
 */
export const units = {
  heure: { one: 'heure', other: 'heures' },
  soldat: { one: 'soldat', other: 'soldats' },
  'vehicule-militaire': { one: 'véhicule militaire', other: 'véhicules militaires' },
  'avion-de-combat': { one: 'avion de combat', other: 'avions de combat' },
  'navire-de-guerre': { one: 'navire de guerre', other: 'navires de guerre' },
  bombardier: { one: 'bombardier', other: 'bombardiers' },
  dollar: { one: 'dollar', other: 'dollars' },
  multiple: { one: 'fois', other: 'fois' },
} as const satisfies Record<string, { one: string; other: string }>;

export type Unit = keyof typeof units;
/** The units' slugs, in the order above: what a figure's `unit` may be. */
export const unitSlugs = Object.keys(units) as [Unit, ...Unit[]];
