/** How the text bounds a number: "plus de 2 000" is `plus-de`; an exact figure has none. */
export const qualifiers = ['plus-de', 'moins-de', 'environ', 'au-moins', 'pres-de'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** Each qualifier as French writes it before a number. */
export const qualifierWords: Record<Qualifier, string> = {
  'plus-de': 'plus de',
  'moins-de': 'moins de',
  environ: 'environ',
  'au-moins': 'au moins',
  'pres-de': 'près de',
};
