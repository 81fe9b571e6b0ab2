/**
 * Kinds of event, shared by article events and the researched context events, so the timeline
 * filters them alike. Slug → French labels (singular for an item, plural for a filtered view's title).
 */
export const eventKindLabels = {
  'patrouille-aerienne': { one: 'patrouille aérienne', many: 'patrouilles aériennes' },
  'patrouille-navale': { one: 'patrouille navale', many: 'patrouilles navales' },
  'patrouille-garde-cotes': { one: 'patrouille de garde-côtes', many: 'patrouilles de garde-côtes' },
  exercice: { one: 'exercice', many: 'exercices' },
  'contexte-militaire': { one: 'contexte militaire', many: 'contexte militaire' },
  'contexte-politique': { one: 'contexte politique', many: 'contexte politique' },
  'contexte-economique': { one: 'contexte économique', many: 'contexte économique' },
} as const;

export type EventKind = keyof typeof eventKindLabels;
export const eventKinds = Object.keys(eventKindLabels) as [EventKind, ...EventKind[]];

/**
 * Kinds a context event can have: the timeline-relevant subset of the kinds above, so both filter
 * alike under `/chronologie/<pluriel>/`.
 */
export const contextKinds = [
  'patrouille-aerienne',
  'patrouille-navale',
  'patrouille-garde-cotes',
  'exercice',
] as const satisfies readonly EventKind[];
export type ContextKind = (typeof contextKinds)[number];

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
export const contextSubkinds = Object.keys(contextSubkindLabels) as [ContextSubkind, ...ContextSubkind[]];
