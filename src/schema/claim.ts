import type { z } from 'astro/zod';
import { strictObject, idSchema, textSchema } from './text';
import { quoteSchema } from './quote';
import { claimCheckSchema } from './claim-check';
import { correctionsSchema } from './correction';

/**
 * A statement of the article worth checking that is neither a figure nor a dated event (« les
 * bombardiers russes ont atterri pour la première fois en Chine »): its words, and what primary
 * sources make of it. Its card lives at `/faits/<id>/`, like a figure's.
 */
export const claimSchema = strictObject({
  /** Site-wide unique id; the card lives at `/faits/<id>/`. */
  id: idSchema,
  /** What the article asserts, in French, as the card's title: « Premiers atterrissages croisés ». */
  label: textSchema,
  /** Id of the event (of this article) the statement is about, when there is one. */
  event: idSchema.optional(),
  /** The article's exact words. */
  quote: quoteSchema,
  /** What primary sources make of it: a statement is listed to be checked, so the check is required. */
  check: claimCheckSchema,
  /** Every change to what its card displays, with its date, reason and sources. */
  corrections: correctionsSchema,
});
export type Claim = z.infer<typeof claimSchema>;
