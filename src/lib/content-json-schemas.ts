import { z } from 'astro/zod';
import { articleSchema } from '../schema/article';
import { httpHostSchema } from '../schema/http-host';
import { REFERENCE_META, type ReferencedCollection } from '../schema/reference';
import { yamlCollections } from './content-files';

/**
 * The JSON Schema of each content format, for editors (`schemas/<name>.schema.json`): what zod
 * checks on input, before defaults, with the ids a reference may take (so the editor completes
 * `ref: ` with the actors that exist). Rules JSON Schema cannot say (a quote found in the body, a
 * date that agrees with its words) are left to `npm run check:content`, in the build's words.
 */
export function contentJsonSchemas(
  ids: Record<ReferencedCollection, readonly string[]>,
): Record<string, unknown> {
  const toJson = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
      override: ({ jsonSchema }) => {
        const collection = jsonSchema[REFERENCE_META] as ReferencedCollection | undefined;
        if (!collection) return;
        delete jsonSchema[REFERENCE_META];
        delete jsonSchema.pattern;
        jsonSchema.enum = [...ids[collection]].sort();
      },
    }),
    title,
  });
  return {
    article: toJson(articleSchema, 'En-tête d’un article (content/articles/*.md)'),
    actor: toJson(yamlCollections.actors, 'Acteur (content/actors/*.yaml)'),
    aircraft: toJson(yamlCollections.aircraft, 'Appareil (content/aircraft/*.yaml)'),
    place: toJson(yamlCollections.places, 'Lieu (content/places/*.yaml)'),
    exercise: toJson(yamlCollections.exercises, 'Événement du relevé (content/exercises/*.yaml)'),
    publisher: toJson(yamlCollections.publishers, 'Éditeur de source (content/publishers/*.yaml)'),
    'http-hosts': toJson(z.record(z.string(), httpHostSchema), 'Hôtes en http (content/http-hosts.yaml)'),
  };
}

/** The ids each reference may take, from the content as read. */
export const referenceIds = (content: {
  actors: readonly { id: string }[];
  aircraft: readonly { id: string }[];
  places: readonly { id: string }[];
  exercises: readonly { id: string }[];
}): Record<ReferencedCollection, string[]> => ({
  actors: content.actors.map((e) => e.id),
  aircraft: content.aircraft.map((e) => e.id),
  places: content.places.map((e) => e.id),
  exercises: content.exercises.map((e) => e.id),
});

/** A schema file as committed: two-space JSON and a final newline, as Prettier keeps it. */
export const schemaFileText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
