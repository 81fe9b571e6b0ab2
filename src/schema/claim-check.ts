import { z } from 'astro/zod';
import { verdictLabels, verdicts } from '../vocabulary/verdicts';
import { contentDateSchema } from './partial-date';
import { externalUrlSchema } from './external-url';
import { langSchema } from './source';
import { idSchema, textSchema, strictObject } from './text';

/** A primary source on a claim: the page, who published it, when, and its exact words. */
export const checkSourceSchema = strictObject({
  /** Address of the page read. */
  url: externalUrlSchema,
  /** Id of its publisher in `content/publishers/`. */
  publisher: idSchema,
  /** The page's (or its wire story's) date, at its precision. */
  date: contentDateSchema,
  /** Language of the excerpt (BCP 47). */
  lang: langSchema,
  /** The page's own words, verbatim. */
  excerpt: z.string({ error: 'extrait verbatim attendu' }).min(1, { error: 'extrait vide' }).normalize('NFC'),
  /** The newsroom's French translation; required for an excerpt in another language. */
  translation: textSchema.optional(),
  /** How a date was inferred when the page shows none, or what else a reader should know. */
  note: textSchema.optional(),
});
export type CheckSource = z.infer<typeof checkSourceSchema>;

/**
 * What the sources make of a claim: a verdict, one French sentence, and the sources themselves.
 * A figure the newsroom computed from sources is said in `arithmetic`, never as a source's number.
 */
export const claimCheckSchema = strictObject({
  /** `confirme`, `nuance`, `contredit` or `non-verifie`. */
  verdict: z.enum(verdicts, {
    error: `verdict attendu parmi : ${verdicts.map((v) => (v === verdictLabels[v] ? v : `${v} (${verdictLabels[v]})`)).join(', ')}`,
  }),
  /** What the sources say, in one French sentence. */
  summary: textSchema,
  /** The newsroom's own arithmetic on the sources' numbers, labelled as such on the page. */
  arithmetic: textSchema.optional(),
  /** The sources, most authoritative first. */
  sources: z.array(checkSourceSchema).default([]),
}).superRefine((check, ctx) => {
  if (check.verdict !== 'non-verifie' && check.sources.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: `un verdict « ${verdictLabels[check.verdict]} » s’appuie sur au moins une source avec son extrait (sinon : non-verifie)`,
    });
  }
  check.sources.forEach((source, index) => {
    if (source.lang !== 'fr' && !source.translation) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'translation'],
        message: `extrait en « ${source.lang} » : la traduction française de la rédaction est attendue`,
      });
    }
  });
});
export type ClaimCheck = z.infer<typeof claimCheckSchema>;
