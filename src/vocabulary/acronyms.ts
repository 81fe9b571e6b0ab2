/**
 * Acronyms the record's French texts use, with what they stand for: a card spells each out the
 * first time it appears (« Organisation de coopération de Shanghai (OCS) »), then uses it as is.
 * The names of news outlets (TASS, CCTV…) are their names, not acronyms to expand.
 */
export const acronyms = {
  OCS: 'Organisation de coopération de Shanghai',
  FSB: 'Service fédéral de sécurité de Russie',
  NORAD: 'Commandement de la défense aérospatiale de l’Amérique du Nord',
  SANDF: 'forces de défense nationale sud-africaines',
} as const satisfies Record<string, string>;
