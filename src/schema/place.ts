import { z } from 'astro/zod';
import { textSchema, strictObject } from './text';

export const placeKinds = [
  'mer',
  'golfe',
  'océan',
  'région',
  'pays',
  'territoire',
  'détroit',
  'ville',
  'base',
] as const;

/** A longitude/latitude pair in degrees, as GeoJSON orders them. */
const lonLatSchema = z.tuple([
  z.number().min(-180).max(180, { error: 'longitude attendue entre -180 et 180' }),
  z.number().min(-90).max(90, { error: 'latitude attendue entre -90 et 90' }),
]);

/** A place of the small gazetteer used by articles and locator maps: `content/places/<id>.yaml`. */
export const placeSchema = strictObject({
  /** French name, with its article where usage wants one: "mer du Japon", "Taïwan". */
  name: textSchema,
  /**
   * Other names a text may give it (« Pékin » for the Chinese state, « Tu-95MS » for the Tu-95):
   * `npm run new-article` recognises it under them too.
   */
  aliases: z.array(textSchema).default([]),
  /** Kind of place. */
  kind: z.enum(placeKinds, { error: `type de lieu attendu parmi : ${placeKinds.join(', ')}` }),
  /** Approximate centre [longitude, latitude] in degrees, for the locator map's marker. */
  center: lonLatSchema,
  /** Where the coordinates come from (a gazetteer URL or "approximation de la rédaction"). */
  coordinatesSource: textSchema,
});
export type Place = z.infer<typeof placeSchema>;
