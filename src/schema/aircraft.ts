import { z } from 'astro/zod';
import { reference } from './reference';
import { textSchema, strictObject } from './text';

/** An aircraft type shared by every article: `content/aircraft/<id>.yaml`. */
export const aircraftSchema = strictObject({
  /** Designation as printed: "Tu-95", "H-6K". */
  designation: textSchema,
  /** Air force or country operating it (an actor id). */
  operator: reference('actors'),
  /** Role in French: "bombardier stratégique". */
  role: textSchema,
});
export type Aircraft = z.infer<typeof aircraftSchema>;
