import { strictObject, textSchema } from './text';

/** Participants of a record event, per country, as French text (the research's words, translated). */
export const participantsSchema = strictObject({
  /** Chinese forces engaged. Absent when the research could not confirm them. */
  chine: textSchema.optional(),
  /** Russian forces engaged. Absent when the research could not confirm them. */
  russie: textSchema.optional(),
  /** Other participating countries and their forces. */
  autres: textSchema.optional(),
}).refine((p) => p.chine !== undefined || p.russie !== undefined || p.autres !== undefined, {
  error: 'au moins un participant est attendu',
});
