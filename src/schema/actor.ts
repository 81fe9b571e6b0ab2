import { z } from 'astro/zod';
import { reference } from './reference';
import { textSchema, strictObject } from './text';
import { contentDateSchema } from './partial-date';
import { actorKinds } from '../vocabulary/actor-kinds';

/** An actor (country, institution, person, alliance) shared by every article: `content/actors/<id>.yaml`. */
export const actorSchema = strictObject({
  /** Name as a French reader knows it: "Russie", "ministère russe de la Défense". */
  name: textSchema,
  /**
   * Other names a text may give it (« Pékin » for the Chinese state, « Tu-95MS » for the Tu-95):
   * `npm run new-article` recognises it under them too.
   */
  aliases: z.array(textSchema).default([]),
  /**
   * The adjectives that make it an event's actor (« russe », « russes »: « des bombardiers
   * russes »): `npm run new-article` adds it to the actors of a sentence that uses one.
   */
  adjectives: z.array(textSchema).default([]),
  /** Kind of actor. */
  kind: z.enum(actorKinds, { error: `type attendu parmi : ${actorKinds.join(', ')}` }),
  /** Role or function in French, e.g. "président de la Russie". Optional for countries. */
  role: textSchema.optional(),
  /**
   * When a person held that role, as the articles report it (AAAA-MM): a function ends (Nancy Pelosi
   * left the Speaker's chair in January 2023), so the page says "Rôle en novembre 2022". Required
   * for a person with a role.
   */
  roleAsOf: contentDateSchema.optional(),
  /** Country the actor belongs to (an actor of kind `pays`), for institutions and people. */
  country: reference('actors').optional(),
}).superRefine((actor, ctx) => {
  if (actor.kind === 'personne' && actor.role && !actor.roleAsOf) {
    ctx.addIssue({
      code: 'custom',
      path: ['roleAsOf'],
      message: 'date du rôle attendue (AAAA-MM) : la fonction d’une personne change avec le temps',
    });
  }
});
export type Actor = z.infer<typeof actorSchema>;
