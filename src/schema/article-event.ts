import { z } from 'astro/zod';
import { reference } from './reference';
import { idSchema, textSchema, strictObject } from './text';
import { quoteSchema } from './quote';
import { claimCheckSchema } from './claim-check';
import { correctionsSchema } from './correction';
import { contentDateSchema } from './partial-date';
import { eventKindSchema } from './event-kind';
import { sourceSchema } from './source';

/** A dated event the article names. Its date comes from the article's own words. */
export const articleEventSchema = strictObject({
  /** Site-wide unique id; the card lives at `/faits/<id>/`. */
  id: idSchema,
  /** Short French label: "Patrouille conjointe de bombardiers russes et chinois". */
  label: textSchema,
  /** Kind of event, shared with the context timeline. */
  kind: eventKindSchema,
  /**
   * The article's date expression ("mercredi", "en septembre", "le 24 février"), resolved against
   * the publication date. Absent when the article gives no date: the event is then shown as undated.
   */
  when: textSchema.optional(),
  /** An explicit date (AAAA, AAAA-MM or AAAA-MM-JJ); must agree with `when` when both are given. */
  date: contentDateSchema.optional(),
  /**
   * Where `date` comes from when the article's words do not give it (no `when`, or a `date` more
   * precise than they are): a cited page with its passage. A date with no basis is an error.
   */
  dateSource: sourceSchema.optional(),
  /** Actors involved (ids of `content/actors/`). */
  actors: z.array(reference('actors')).default([]),
  /** Aircraft involved (ids of `content/aircraft/`). */
  aircraft: z.array(reference('aircraft')).default([]),
  /** Places involved (ids of `content/places/`). */
  places: z.array(reference('places')).default([]),
  /** The same real event in the researched record (`content/exercises/`), when there is one. */
  sameAs: reference('exercises').optional(),
  /** The article's exact words reporting the event. */
  quote: quoteSchema,
  /** What primary sources make of it: verdict, summary, sources (see `claim-check.ts`). */
  check: claimCheckSchema.optional(),
  /** Every change to what its card displays, with its date, reason and sources. */
  corrections: correctionsSchema,
});
export type ArticleEvent = z.infer<typeof articleEventSchema>;
