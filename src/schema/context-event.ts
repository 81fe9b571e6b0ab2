import { z } from 'astro/zod';
import { reference } from './reference';
import { idSchema, textSchema, strictObject } from './text';
import { dateOrUnknownSchema, dateVariantSchema, startWindowSchema } from './record-dates';
import { recordNameSchema } from './record-name';
import { participantsSchema } from './participants';
import { sourceSchema, type Source } from './source';
import { correctionsSchema } from './correction';
import { contextEventRules } from './context-event-rules';
import { contextKinds, contextSubkinds } from '../vocabulary/event-kinds';
import { contextSeriesIds } from '../vocabulary/context-series';
import { contextFeatures } from '../vocabulary/context-features';

/** A page read by the research (see `source.ts`). */
export type ContextSource = Source;

/** A non-empty list of French sentences (an empty list is written by leaving the field out). */
const textListSchema = z.array(textSchema).min(1, { error: 'liste vide : omettre le champ' });

/**
 * A researched Sino-Russian joint exercise or patrol of the context timeline:
 * `content/exercises/<id>.yaml`. The entries were imported once from the newsroom's research
 * dataset; these files are the source of truth since, maintained by hand (`datasetId` keeps the
 * research's own id).
 *
 * Rules the schema carries from the research:
 * - a date is written at its own precision (`2019-11` stays a month): never a made-up day;
 * - what the research could not confirm is absent, or `inconnue` for a date, and said in
 *   `unconfirmed`: never shown as a fact;
 * - source excerpts are verbatim; every French text that comes from the English research notes
 *   is the newsroom's translation (`translatedBy`).
 *
 * This file is the shape of an entry; its vocabularies are in `src/vocabulary/`, its dates in
 * `record-dates.ts`, and the rules across fields in `context-event-rules.ts`.
 */
const contextEventFields = strictObject({
  /** Id of the entry in the research dataset (`air-patrol-05`): the link back to the research. */
  datasetId: idSchema,
  /** Kind of event, shared with article events for the timeline's filters. */
  kind: z.enum(contextKinds, { error: `type attendu parmi : ${contextKinds.join(', ')}` }),
  /** Finer kind when the research gives one (`sous-marins`, `naval`, `aeronaval`). */
  subkind: z
    .enum(contextSubkinds, { error: `sous-type attendu parmi : ${contextSubkinds.join(', ')}` })
    .optional(),
  /** Series the event belongs to; its ordinal is derived from the dates, never stored. */
  series: z
    .enum(contextSeriesIds, { error: `série attendue parmi : ${contextSeriesIds.join(', ')}` })
    .optional(),
  /** French name: read in a French source, or translated by the newsroom. */
  name: recordNameSchema,
  /**
   * The newsroom's French title, when the name above is not the series' (« Mer conjointe 2024 »
   * where the French source wrote « Exercise Joint Sea-2024 »): the name read stays on the card.
   */
  title: textSchema.optional(),
  /** English name as the research recorded it. */
  nameEn: textSchema,
  /** Other names found by the research (English, or as the sources wrote them), verbatim. */
  nameAlt: textListSchema.optional(),
  /** Framework in French: "bilatéral (plan annuel de coopération militaire)", "OCS (les huit États membres)". */
  framework: textSchema,
  /** First day (or month) of the event, at its own precision; `inconnue` when unconfirmed. */
  start: dateOrUnknownSchema,
  /** Last day (or month); absent when it is the start itself; `inconnue` when unconfirmed. */
  end: dateOrUnknownSchema.optional(),
  /** When only a window for an unknown start is known: it began between these two dates. */
  startWindow: startWindowSchema.optional(),
  /** Other dates given by disagreeing sources ("24 ou 25 juillet 2024 selon les sources"). */
  dateVariants: z.array(dateVariantSchema).min(1, { error: 'liste vide : omettre le champ' }).optional(),
  /** French note on the dates (time zones, phases, what each bound rests on). */
  dateNote: textSchema.optional(),
  /** Participating countries (actor ids): always `russie` and `chine`, plus others named by the research. */
  countries: z
    .array(reference('actors'))
    .min(2, { error: 'au moins la Russie et la Chine sont attendues' })
    .refine((refs) => ['russie', 'chine'].every((id) => refs.some((ref) => ref.id === id)), {
      error: 'les pays participants doivent comprendre `russie` et `chine`',
    }),
  /** Gazetteer places (ids of `content/places/`) where the joint activity took place, for maps and filters. */
  areas: z.array(reference('places')).min(1, { error: 'au moins un lieu est attendu' }),
  /** The area as the research describes it, in French (straits, ranges, ports the gazetteer lacks). */
  areaText: textSchema,
  /** Forces engaged per country, in French. */
  participants: participantsSchema,
  /** Headline figures in French, with who gives them; absent when unconfirmed. */
  headlineNumbers: textSchema.optional(),
  /** What the sources present as new or notable, in French, with attribution. */
  notableFirsts: textListSchema.optional(),
  /** Recurring facts from which a first is derived ("Premier événement de la chronologie où…", see `derivedFirsts`). */
  features: z
    .array(
      z.enum(contextFeatures, { error: `caractéristique attendue parmi : ${contextFeatures.join(', ')}` }),
    )
    .min(1)
    .optional(),
  /** Other facts reported by the research, in French. */
  notes: textListSchema.optional(),
  /** Disagreements between sources (dates, counts), in French. */
  contradictions: textListSchema.optional(),
  /** What the research could not confirm, in French: to be shown as unknown, never as fact. */
  unconfirmed: textListSchema.optional(),
  /** How many independent retrieved pages support the dates, verbatim from the research ("2+ sources"). */
  confirmation: textSchema,
  /** The same, in French. */
  confirmationFr: textSchema,
  /**
   * Who translated the French texts that come from the English research notes (`framework`,
   * `areaText`, `participants`, `headlineNumbers`, `notableFirsts`, `notes`, `contradictions`,
   * `unconfirmed`, `dateNote`, `dateVariants[].according`, `confirmationFr`, `name.translation`,
   * `sources[].translationFr`, `sources[].note`): these are translations, not quotations.
   */
  translatedBy: z.literal('rédaction', { error: 'traducteur attendu : « rédaction »' }),
  /** Pages supporting the entry, each with its verbatim excerpt; never empty. */
  sources: z.array(sourceSchema).min(1, { error: 'au moins une source est attendue' }),
  /** Every change to what the entry displays, with its date, reason and sources. */
  corrections: correctionsSchema,
});

/** An entry: its fields, each valid on its own, then the rules across them. */
export const contextEventSchema = contextEventFields.superRefine(contextEventRules);
export type ContextEvent = z.infer<typeof contextEventFields>;
