import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { textSchema, strictObject } from './text';

/** What sort of actor: the fact boxes group by it and the card says it in French. */
export const actorKinds = ['pays', 'institution', 'personne', 'alliance'] as const;

/** An actor (country, institution, person, alliance) shared by every article: `content/actors/<id>.yaml`. */
export const actorSchema = strictObject({
  /** Name as a French reader knows it: "Russie", "ministère russe de la Défense". */
  name: textSchema,
  /** Kind of actor. */
  kind: z.enum(actorKinds, { error: `type attendu parmi : ${actorKinds.join(', ')}` }),
  /** Role or function in French, e.g. "président de la Russie". Optional for countries. */
  role: textSchema.optional(),
  /** Country the actor belongs to (an actor of kind `pays`), for institutions and people. */
  country: reference('actors').optional(),
});
export type Actor = z.infer<typeof actorSchema>;
