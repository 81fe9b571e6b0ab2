import { z } from 'astro/zod';
import { idSchema, textSchema, strictObject } from './text';
import { quoteSchema } from './quote';
import { claimCheckSchema } from './claim-check';
import { correctionsSchema } from './correction';
import { unitSlugs } from '../vocabulary/units';
import { qualifiers } from '../vocabulary/qualifiers';

/** A figure the article gives: a number with its unit, never a number typed without its words. */
export const figureSchema = strictObject({
  /** Site-wide unique id; the card lives at `/faits/<id>/`. */
  id: idSchema,
  /** What is counted, in French: "Soldats envoyés par Pékin". */
  label: textSchema,
  /** The number itself (10,2 milliards = 10200000000), never negative. */
  value: z
    .number({ error: 'un nombre était attendu (sans guillemets ni espaces)' })
    .nonnegative({ error: 'un nombre positif ou nul était attendu' }),
  /** Unit, from the list in `src/vocabulary/units.ts`, which knows its French singular and plural. */
  unit: z.enum(unitSlugs, { error: `unité attendue parmi : ${unitSlugs.join(', ')}` }),
  /** How the text bounds the number: "plus de 2 000" is `plus-de`. Absent for an exact figure. */
  qualifier: z
    .enum(qualifiers, { error: `qualificatif attendu parmi : ${qualifiers.join(', ')}` })
    .optional(),
  /** Id of the event (of this article) the figure belongs to. */
  event: idSchema,
  /** The article's exact words for the figure; linked to the card in the text. */
  quote: quoteSchema,
  /** What primary sources make of it: verdict, summary, sources (see `claim-check.ts`). */
  check: claimCheckSchema.optional(),
  /** Every change to what its card displays, with its date, reason and sources. */
  corrections: correctionsSchema,
});
