import { z } from 'astro/zod';
import { claimSchema } from './claim';
import { textSchema, strictObject } from './text';
import { contentDateSchema } from './partial-date';
import { mentionSchema } from './mention';
import { figureSchema } from './figure';
import { articleEventSchema } from './article-event';

/**
 * An article: `content/articles/<slug>.md`. The body is the text as received, verbatim;
 * the frontmatter states its facts, each with the body's exact words.
 */
export const articleSchema = strictObject({
  /**
   * A draft (as `npm run new-article` writes it) is previewed in `astro dev`, marked as such, and
   * left out of the published site until an editor removes this line.
   */
  draft: z.boolean({ error: 'true ou false était attendu' }).default(false),
  /**
   * Written by the newsroom, not by the source (the text as received has neither): the page
   * says so. `title` is the headline, `summary` one or two sentences for lists and share previews.
   */
  editorial: strictObject({
    /** Headline, in French. */
    title: textSchema.max(140, { error: 'titre trop long : 140 caractères au plus' }),
    /** Summary, in French. */
    summary: textSchema.max(400, { error: 'résumé trop long : 400 caractères au plus' }),
  }),
  /** The date as the source gave it (`2022-11` for the seed): the publication date must fall within it. */
  sourceDate: contentDateSchema.optional(),
  /** Publication date, to the day (AAAA-MM-JJ): relative dates in the text resolve against it. */
  date: contentDateSchema.refine((value) => value.length === 10, {
    error: 'date de publication attendue au jour près (AAAA-MM-JJ)',
  }),
  /**
   * How the day was established when the source gives less (`sourceDate: 2022-11`), in one French
   * sentence shown beside the date: a reader must know the day was deduced, and from what.
   * Required then (checked in src/lib/article-model.ts, which sees both fields).
   */
  dateBasis: textSchema.optional(),
  /** Actors the text names. */
  actors: z.array(mentionSchema('actors')).default([]),
  /** Places the text names. */
  places: z.array(mentionSchema('places')).default([]),
  /** Aircraft the text names. */
  aircraft: z.array(mentionSchema('aircraft')).default([]),
  /** Every figure the text gives. */
  figures: z.array(figureSchema).default([]),
  /**
   * Every dated (or explicitly undated) event the text names, the one it reports first: the
   * timeline marks that one « Sujet de l’article », the others as cited in it.
   */
  events: z.array(articleEventSchema).default([]),
  /** The article's other factual statements worth checking, each with its verification. */
  claims: z.array(claimSchema).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;
