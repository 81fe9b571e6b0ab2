import { z } from 'astro/zod';
import { externalUrlSchema } from './external-url';
import { strictObject, textSchema } from './text';

/**
 * A record event's name. A French name read in a French-language page comes with that page;
 * otherwise the name is the newsroom's translation and must be shown as such.
 */
export const recordNameSchema = z.union(
  [
    strictObject({
      /** French name as read in a French-language page (verbatim, minus a leading article). */
      fr: textSchema,
      /** The French-language page where the name was read. */
      frSource: externalUrlSchema,
      /** Newsroom remark on the name ("nom anglais repris dans la presse francophone"). */
      frNote: textSchema.optional(),
    }),
    strictObject({
      /** Newsroom translation: no French-language source was found for a French name. */
      translation: textSchema,
    }),
  ],
  {
    error:
      'nom attendu : { fr, frSource } (nom lu en français) ou { translation } (traduction de la rédaction)',
  },
);
