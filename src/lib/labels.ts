import { eventKindLabels, type EventKind } from '../vocabulary/event-kinds';
import { actorKindLabels, type ActorKind } from '../vocabulary/actor-kinds';

/** French label of an event kind: "patrouille aérienne". */
export const eventKindLabel = (kind: EventKind): string => eventKindLabels[kind].one;

/** French label of an actor kind. */
export const actorKindLabel = (kind: ActorKind): string => actorKindLabels[kind];

/** First letter in capitals, French rules: a label that opens a sentence or a title. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
