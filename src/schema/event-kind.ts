import { z } from 'astro/zod';

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

/** One of the kinds above. */
export const eventKindSchema = z.enum(eventKinds, {
  error: `type d’événement attendu parmi : ${eventKinds.join(', ')}`,
});
