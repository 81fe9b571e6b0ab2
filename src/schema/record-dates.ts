import { z } from 'astro/zod';
import { contentDateSchema } from './partial-date';
import { strictObject, textSchema } from './text';
import { UNKNOWN_DATE } from '../vocabulary/unknown-date';

/**
 * The dates of a record event, as the research could establish them: each bound at its own
 * precision, or unknown, said so and never guessed; a window when only that is known of a start;
 * the other dates disagreeing sources give.
 */

/** A date at its own precision (AAAA, AAAA-MM, AAAA-MM-JJ), or `inconnue`. */
export const dateOrUnknownSchema = z.union([contentDateSchema, z.literal(UNKNOWN_DATE)], {
  error: `date attendue (AAAA, AAAA-MM ou AAAA-MM-JJ) ou « ${UNKNOWN_DATE} »`,
});

/** When only a window for an unknown start is known: it began between these two dates. */
export const startWindowSchema = strictObject({
  /** Earliest possible start. */
  notBefore: contentDateSchema,
  /** Latest possible start. */
  notAfter: contentDateSchema,
});

/** Another date a disagreeing source gives. Only the bound(s) it disputes: a missing one agrees. */
export const dateVariantSchema = strictObject({
  /** Start date according to that source. */
  start: contentDateSchema.optional(),
  /** End date according to that source. */
  end: contentDateSchema.optional(),
  /**
   * Who says so, in French, written to follow « selon » on the page (with its article where French
   * wants one): "le ministère chinois de la Défense et Xinhua (heure asiatique)", "Wikipédia".
   */
  according: textSchema,
}).refine((variant) => variant.start !== undefined || variant.end !== undefined, {
  error: 'une variante de date doit donner `start` ou `end`',
});
