import { z } from 'astro/zod';
import { publisherKindLabels, publisherKinds } from '../vocabulary/publisher-kinds';
import { textSchema, strictObject } from './text';

/**
 * Who published a source, characterised once for every claim that cites it:
 * `content/publishers/<id>.yaml`.
 */
export const publisherSchema = strictObject({
  /** Name as the page shows it: "CGTN", "The Atlanta Journal-Constitution". */
  name: textSchema,
  /** What sort of publisher it is (see `src/vocabulary/publisher-kinds.ts`). */
  kind: z.enum(publisherKinds, {
    error: `type d’éditeur attendu parmi : ${publisherKinds.map((kind) => `${kind} (${publisherKindLabels[kind]})`).join(', ')}`,
  }),
  /** Country it publishes from, in French ("Chine", "États-Unis"). */
  country: textSchema.optional(),
  /** What a reader should know of it, in French: whose wire it copies, whom it quotes. */
  note: textSchema.optional(),
});
export type Publisher = z.infer<typeof publisherSchema>;
