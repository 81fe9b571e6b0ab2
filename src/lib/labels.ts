import { eventKindLabels, type EventKind } from '../vocabulary/event-kinds';
import type { Actor } from '../schema/actor';

/** French label of an event kind: "patrouille aérienne". */
export const eventKindLabel = (kind: EventKind): string => eventKindLabels[kind].one;

const actorKindLabels: Record<Actor['kind'], string> = {
  pays: 'pays',
  institution: 'institution',
  personne: 'personne',
  alliance: 'alliance',
};

/** French label of an actor kind. */
export const actorKindLabel = (kind: Actor['kind']): string => actorKindLabels[kind];

/** First letter in capitals, French rules: a label that opens a sentence or a title. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
