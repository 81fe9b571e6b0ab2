import { z } from 'astro/zod';

/**
 * The article's own words supporting a fact, copied verbatim (same letters, apostrophes and spaces).
 * The build proves each quote is in the body and finds its paragraph: see `src/lib/provenance.ts`.
 */
export const quoteSchema = z
  .string({ error: 'une citation de l’article était attendue' })
  // A file saved with decomposed accents (NFD) must quote the same words as one saved in NFC.
  .normalize('NFC')
  .min(3, { error: 'citation trop courte : recopiez les mots exacts de l’article' })
  .refine((quote) => quote === quote.trim(), {
    error: 'la citation ne doit pas commencer ni finir par une espace',
  });
