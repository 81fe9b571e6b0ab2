import { z } from 'astro/zod';
import { externalUrlSchema } from './external-url';
import { idSchema, textSchema, strictObject } from './text';

/** Two-letter (or three-letter) language subtag, optionally with a region: `fr`, `zh`, `fil`, `pt-BR`. */
export const langSchema = z
  .string({ error: 'une langue BCP 47 était attendue' })
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, {
    error: 'langue attendue au format BCP 47 (ex. « fr », « en », « zh », « ko »)',
  });

/** A page read by the newsroom or its research, with the passage that supports what it backs. */
export const sourceSchema = strictObject({
  /** Address of the page as the research retrieved it (kept as is, tracking parameters included). */
  url: externalUrlSchema,
  /**
   * Who published the page: an id of `content/publishers/`, where it is characterised once (name,
   * kind, country). It is the host read, not necessarily the author: a Xinhua dispatch on
   * people.cn is `le-quotidien-du-peuple`.
   */
  publisher: idSchema,
  /** Language of the excerpt (BCP 47): `en`, `fr`, `zh`, `ko`, `lt`, `fil`… */
  lang: langSchema,
  /** The page's own words, verbatim: never corrected, trimmed or translated in place. */
  excerpt: z.string({ error: 'extrait verbatim attendu' }).min(1, { error: 'extrait vide' }).normalize('NFC'),
  /** English translation of a non-English excerpt, as given by the research dataset. */
  translation: textSchema.optional(),
  /** French translation of a non-French excerpt, by the newsroom. */
  translationFr: textSchema.optional(),
  /** Newsroom note on the page (its date, a mirror site…), in French. */
  note: textSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
