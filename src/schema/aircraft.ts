import { z } from 'astro/zod';
import { reference } from './reference';
import { textSchema, strictObject } from './text';

/** An aircraft type shared by every article: `content/aircraft/<id>.yaml`. */
export const aircraftSchema = strictObject({
  /** Designation as printed: "Tu-95", "H-6K". */
  designation: textSchema,
  /**
   * Other names a text may give it (« Pékin » for the Chinese state, « Tu-95MS » for the Tu-95):
   * `npm run new-article` recognises it under them too.
   */
  aliases: z.array(textSchema).default([]),
  /** Air force or country operating it (an actor id). */
  operator: reference('actors'),
  /** Role in French: "bombardier stratégique". */
  role: textSchema,
});
export type Aircraft = z.infer<typeof aircraftSchema>;
