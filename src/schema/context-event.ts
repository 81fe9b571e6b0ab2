import { z } from 'astro/zod';
import { reference } from './reference';
import { idSchema, textSchema, strictObject } from './text';
import { contentDateSchema } from './partial-date';
import { eventKindLabels } from './event-kind';
import { externalUrlSchema, sourceSchema, type Source } from './source';
import { correctionsSchema } from './correction';

/** A page read by the research (see `source.ts`). */
export type ContextSource = Source;

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
 */

/**
 * Kinds a context event can have: the timeline-relevant subset of the kinds shared with article
 * events (`src/schema/event-kind.ts`), so both filter alike under `/chronologie/<pluriel>/`.
 */
export const contextKinds = [
  'patrouille-aerienne',
  'patrouille-navale',
  'patrouille-garde-cotes',
  'exercice',
] as const;
export type ContextKind = (typeof contextKinds)[number];

/** Slug → French labels, singular (`one`) and plural (`many`): "patrouille aérienne" / "patrouilles aériennes". */
export const contextKindLabels: Pick<typeof eventKindLabels, ContextKind> = {
  'patrouille-aerienne': eventKindLabels['patrouille-aerienne'],
  'patrouille-navale': eventKindLabels['patrouille-navale'],
  'patrouille-garde-cotes': eventKindLabels['patrouille-garde-cotes'],
  exercice: eventKindLabels.exercice,
};

/**
 * Finer kind, when the research gives one ("naval patrol (submarines)", "exercise (naval)"):
 * it refines the label without multiplying the timeline's filters. Keys → French labels.
 */
export const contextSubkindLabels = {
  'sous-marins': {
    one: 'patrouille de sous-marins',
    many: 'patrouilles de sous-marins',
    kind: 'patrouille-navale',
  },
  naval: { one: 'exercice naval', many: 'exercices navals', kind: 'exercice' },
  aeronaval: { one: 'exercice aéronaval', many: 'exercices aéronavals', kind: 'exercice' },
} as const satisfies Record<string, { one: string; many: string; kind: ContextKind }>;
export type ContextSubkind = keyof typeof contextSubkindLabels;
const contextSubkinds = Object.keys(contextSubkindLabels) as [ContextSubkind, ...ContextSubkind[]];

/**
 * Series of recurring events. Ordinals ("5e patrouille…") are never stored: they are derived from
 * the dates by `seriesOrdinals` (`src/lib/series.ts`). `numbered` says whether the research
 * supports printing them (an official numbering the sources repeat); a series without it only
 * groups editions ("Mission de paix 2005, 2007…"), whose rank the sources do not give.
 * `gender` chooses "1re" or "1er"; `label` is the singular noun phrase that follows the ordinal.
 * One French name per series: `titledByRank` series are titled by their rank, as the ministries
 * number them (« 5e patrouille aérienne stratégique conjointe »), so no entry writes a title; a
 * series with a `name` titles every edition with it (« Mer conjointe 2024 »), checked per entry.
 */
export const contextSeries = {
  'patrouille-aerienne-strategique': {
    label: 'patrouille aérienne stratégique conjointe',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'patrouille-maritime': {
    label: 'patrouille maritime conjointe',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'patrouille-sous-marine': {
    label: 'patrouille conjointe de sous-marins',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'patrouille-garde-cotes': {
    label: 'patrouille conjointe de garde-côtes',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'exercice-strategique-russe': {
    label: 'participation de l’armée chinoise à un exercice stratégique annuel russe',
    gender: 'f',
    numbered: true,
  },
  mosi: { label: 'exercice Mosi', gender: 'm', numbered: true, name: 'Mosi' },
  'mission-de-paix': {
    label: 'exercice Mission de paix',
    gender: 'm',
    numbered: false,
    name: 'Mission de paix',
  },
  'mer-conjointe': {
    label: 'exercice naval Mer conjointe (Joint Sea)',
    gender: 'm',
    numbered: false,
    name: 'Mer conjointe',
  },
  interaction: {
    label: 'exercice stratégique de l’armée chinoise avec participation russe',
    gender: 'm',
    numbered: false,
  },
  'ceinture-de-securite-maritime': {
    label: 'exercice Ceinture de sécurité maritime',
    gender: 'm',
    numbered: false,
    name: 'Ceinture de sécurité maritime',
  },
} as const satisfies Record<
  string,
  { label: string; gender: 'f' | 'm'; numbered: boolean; titledByRank?: true; name?: string }
>;
export type ContextSeriesId = keyof typeof contextSeries;
const contextSeriesIds = Object.keys(contextSeries) as [ContextSeriesId, ...ContextSeriesId[]];

/**
 * Facts that can recur, so a first is derived (the earliest event carrying the feature, see
 * `derivedFirsts`) instead of being asserted by hand on one event and forgotten on the next.
 * Slug → French phrase completing "Premier événement de la chronologie où…". The claim is the
 * record's, so it is said of the record; each phrase is no broader than what the research reports
 * of the event that carries it first (its `notableFirsts`, with their attributions).
 */
export const contextFeatureLabels = {
  'atterrissage-dans-l-autre-pays': 'des bombardiers de la patrouille se posent dans le pays partenaire',
  'exercice-amphibie': 'les deux marines mènent un débarquement amphibie conjoint',
  'sauvetage-sous-marin':
    'les deux marines s’exercent ensemble à secourir un sous-marin en détresse posé sur le fond',
} as const;
export type ContextFeature = keyof typeof contextFeatureLabels;
const contextFeatures = Object.keys(contextFeatureLabels) as [ContextFeature, ...ContextFeature[]];

/** Value of a date the research could not confirm: unknown, said so, never guessed. */
export const UNKNOWN_DATE = 'inconnue';

/** A date at its own precision (AAAA, AAAA-MM, AAAA-MM-JJ), or `inconnue`. */
const dateOrUnknownSchema = z.union([contentDateSchema, z.literal(UNKNOWN_DATE)], {
  error: `date attendue (AAAA, AAAA-MM ou AAAA-MM-JJ) ou « ${UNKNOWN_DATE} »`,
});

/**
 * Sort key of a partial date's last possible day, for "does this end come before that start":
 * `2022-10` runs to `2022-10-99`, so it never precedes `2022-10-04`.
 */
const lastDayKey = (iso: string) =>
  iso.length === 4 ? `${iso}-99-99` : iso.length === 7 ? `${iso}-99` : iso;

/**
 * The event's name. A French name read in a French-language page comes with that page;
 * otherwise the name is the newsroom's translation and must be shown as such.
 */
const nameSchema = z.union(
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

/** Another date a disagreeing source gives. Only the bound(s) it disputes: a missing one agrees. */
const dateVariantSchema = strictObject({
  /** Start date according to that source. */
  start: contentDateSchema.optional(),
  /** End date according to that source. */
  end: contentDateSchema.optional(),
  /**
   * Who says so, in French, written to follow « selon » on the page (with its article where French
   * wants one): "le ministère chinois de la Défense et Xinhua (heure asiatique)", "Wikipédia".
   */
  according: textSchema,
}).refine((variant) => variant.start !== undefined || variant.end !== undefined, {
  error: 'une variante de date doit donner `start` ou `end`',
});

/** Participants, per country, as French text (the research's words, translated). */
const participantsSchema = strictObject({
  /** Chinese forces engaged. Absent when the research could not confirm them. */
  chine: textSchema.optional(),
  /** Russian forces engaged. Absent when the research could not confirm them. */
  russie: textSchema.optional(),
  /** Other participating countries and their forces. */
  autres: textSchema.optional(),
}).refine((p) => p.chine !== undefined || p.russie !== undefined || p.autres !== undefined, {
  error: 'au moins un participant est attendu',
});

/** A non-empty list of French sentences (an empty list is written by leaving the field out). */
const textListSchema = z.array(textSchema).min(1, { error: 'liste vide : omettre le champ' });

export const contextEventSchema = strictObject({
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
  name: nameSchema,
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
  startWindow: strictObject({
    /** Earliest possible start. */
    notBefore: contentDateSchema,
    /** Latest possible start. */
    notAfter: contentDateSchema,
  }).optional(),
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
}).superRefine((event, ctx) => {
  const known = (value: string | undefined): value is string => value !== undefined && value !== UNKNOWN_DATE;
  // One spelling per fact: an end equal to the start is written by leaving `end` out.
  if (event.end !== undefined && event.end === event.start && known(event.end)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: '`end` identique à `start` : omettre `end`' });
  }
  if (known(event.start) && known(event.end) && lastDayKey(event.end) < event.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'la date de fin précède la date de début' });
  }
  // Without a known start, an absent end would read "same as start": the end must be explicit.
  if (event.start === UNKNOWN_DATE && event.end === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `début « ${UNKNOWN_DATE} » : la fin doit être donnée (date ou « ${UNKNOWN_DATE} »)`,
    });
  }
  if (event.startWindow) {
    if (event.start !== UNKNOWN_DATE) {
      ctx.addIssue({
        code: 'custom',
        path: ['startWindow'],
        message: `une fenêtre de début n’a de sens que si \`start\` vaut « ${UNKNOWN_DATE} »`,
      });
    }
    if (lastDayKey(event.startWindow.notAfter) < event.startWindow.notBefore) {
      ctx.addIssue({ code: 'custom', path: ['startWindow'], message: 'fenêtre de début inversée' });
    }
  }
  // An unknown date is a research finding: it must be explained where readers see it.
  if ((event.start === UNKNOWN_DATE || event.end === UNKNOWN_DATE) && !event.unconfirmed) {
    ctx.addIssue({
      code: 'custom',
      path: ['unconfirmed'],
      message: 'une date inconnue doit être expliquée dans `unconfirmed`',
    });
  }
  event.dateVariants?.forEach((variant, index) => {
    const end = event.end ?? event.start;
    if ((variant.start ?? event.start) === event.start && (variant.end ?? end) === end) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateVariants', index],
        message: 'cette variante répète les dates principales',
      });
    }
  });
  const series = event.series && contextSeries[event.series];
  if (series && 'titledByRank' in series && event.title !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['title'],
      message: `le titre des événements de la série « ${event.series} » est leur rang (« 5e ${series.label} ») : omettre \`title\``,
    });
  }
  const title = event.title ?? ('fr' in event.name ? event.name.fr : event.name.translation);
  if (series && 'name' in series && !title.startsWith(`${series.name} `)) {
    ctx.addIssue({
      code: 'custom',
      path: ['title'],
      message: `un événement de la série « ${event.series} » s’intitule « ${series.name} … » (reçu : « ${title} ») : donner \`title\``,
    });
  }
  const { subkind } = event;
  if (subkind && contextSubkindLabels[subkind].kind !== event.kind) {
    ctx.addIssue({
      code: 'custom',
      path: ['subkind'],
      message: `le sous-type « ${subkind} » va avec le type « ${contextSubkindLabels[subkind].kind} »`,
    });
  }
  // Duplicates in id lists are copy-paste slips that would double a map marker or a flag.
  for (const key of ['countries', 'areas'] as const) {
    const ids = event[key].map((ref) => ref.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'identifiant en double' });
    }
  }
  if (event.features && new Set(event.features).size !== event.features.length) {
    ctx.addIssue({ code: 'custom', path: ['features'], message: 'caractéristique en double' });
  }
  // A page quoted twice (one passage per fact) is shown once, under one name: the names must agree.
  const publishers = new Map<string, string | undefined>();
  event.sources.forEach((source, index) => {
    if (!publishers.has(source.url)) {
      publishers.set(source.url, source.publisher);
      return;
    }
    const first = publishers.get(source.url);
    if (source.publisher !== first) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'publisher'],
        message: `page déjà citée plus haut ${first === undefined ? 'sans `publisher`' : `avec \`publisher: ${first}\``} : la même valeur est attendue`,
      });
    }
  });
});
export type ContextEvent = z.infer<typeof contextEventSchema>;
