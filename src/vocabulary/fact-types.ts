/**
 * What a fact card shows: a figure of an article (`chiffre`), an event it names (`evenement`), or
 * another of its statements checked against sources (`affirmation`). The cards and the open data
 * (`/donnees/faits.*`) share these slugs.
 */
export const factTypes = ['chiffre', 'evenement', 'affirmation'] as const;
export type FactType = (typeof factTypes)[number];
