import { z } from 'astro/zod';
import { eventKinds } from '../vocabulary/event-kinds';

/** One of the kinds shared by article and context events (`src/vocabulary/event-kinds.ts`). */
export const eventKindSchema = z.enum(eventKinds, {
  error: `type d’événement attendu parmi : ${eventKinds.join(', ')}`,
});
