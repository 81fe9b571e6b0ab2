import { z } from 'astro/zod';

// Content errors speak French, those the schemas word themselves and those zod words for them
// (« Trop petit : nombre doit être >=-180 »). Every schema imports this module, so the locale is
// set before any entry is parsed, in the build and in the tests alike.
z.config(z.locales.fr());

/** A non-empty, trimmed line of text: an empty string is an author's mistake, never a value. */
export const textSchema = z
  .string({ error: 'un texte était attendu' })
  .trim()
  .normalize('NFC')
  .min(1, { error: 'ce texte ne peut pas être vide' });

/** A content id: lowercase ASCII words joined by hyphens, stable because URLs are built from it. */
export const idSchema = z
  .string({ error: 'un identifiant était attendu' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'identifiant attendu en minuscules ASCII séparées par des tirets (ex. « tu-95 »)',
  });

/**
 * A strict object: an unknown key (often a misspelt field) is an error that says, in French,
 * which key and which fields were expected, instead of zod's English default.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `clé inconnue : ${issue.keys.map((key) => `« ${key} »`).join(', ')} (champs attendus : ${Object.keys(shape).join(', ')})`
        : undefined,
  });
}
