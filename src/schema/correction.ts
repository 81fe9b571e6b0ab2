import { z } from 'astro/zod';
import { checkSourceSchema } from './claim-check';
import { contentDateSchema } from './partial-date';
import { textSchema, strictObject } from './text';

/**
 * A change to something the site displays, logged where the fact lives: readers see what was
 * said, what is said now, why, and on what source. Corrections are only ever added.
 */
export const correctionSchema = strictObject({
  /** Day the correction was published (AAAA-MM-JJ). */
  date: contentDateSchema.refine((value) => value.length === 10, {
    error: 'date du rectificatif attendue au jour près (AAAA-MM-JJ)',
  }),
  /** The field corrected, as the file names it (`countries`, `notableFirsts`…). */
  field: textSchema,
  /** What the site said, in French. */
  before: textSchema,
  /** What it says now, in French. */
  after: textSchema,
  /** Why, in one French sentence. */
  why: textSchema,
  /** The sources the correction rests on (at least one). */
  sources: z.array(checkSourceSchema).min(1, { error: 'un rectificatif s’appuie sur au moins une source' }),
});
export type Correction = z.infer<typeof correctionSchema>;

/** A fact's corrections, oldest first as they are written. */
export const correctionsSchema = z.array(correctionSchema).optional();
