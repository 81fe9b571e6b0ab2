import { fr } from 'date-fns/locale/fr';
import type { Day, Month } from 'date-fns';

/** A date expression of a text: its words and where they stand. */
export interface DateExpression {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Day and month names from date-fns' French locale, the same the site resolves them with.
const weekdays = Array.from({ length: 7 }, (_, day) => fr.localize.day(day as Day, { width: 'wide' }));
const months = Array.from({ length: 12 }, (_, month) => fr.localize.month(month as Month, { width: 'wide' }));
const alternatives = (words: readonly string[]) => words.join('|');

// « le 24 février (2022) », « en septembre (2022) », « au mois d’octobre », « mercredi 30 novembre »,
// « mercredi », « vendredi dernier ». Letters around must not be word characters: « mer » is a sea.
const EXPRESSION = new RegExp(
  [
    `(?:(?:le|ce) )?(?:${alternatives(weekdays)})(?: (?:\\d{1,2}(?:er)?) (?:${alternatives(months)})(?: \\d{4})?| dernier)?`,
    `(?:le )?\\d{1,2}(?:er)? (?:${alternatives(months)})(?: \\d{4})?`,
    `(?:en|au mois d[e’'] ?) ?(?:${alternatives(months)})(?: \\d{4})?`,
  ]
    .map((pattern) => `(?<![\\p{L}\\d])(?:${pattern})(?![\\p{L}\\d])`)
    .join('|'),
  'giu',
);

/** Every date expression of a French text, in reading order. */
export function dateExpressions(text: string): DateExpression[] {
  // Spaces of any width read as one: « 24 février » may be typeset with a no-break space.
  const spaced = text.replace(/[\u00a0\u202f]/g, ' ');
  return [...spaced.matchAll(EXPRESSION)].map((match) => ({
    text: text.slice(match.index, match.index + match[0].length),
    start: match.index,
    end: match.index + match[0].length,
  }));
}
