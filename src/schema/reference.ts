import { idSchema } from './text';

/** The collections an entry may point to by id. */
export type ReferencedCollection = 'actors' | 'aircraft' | 'places' | 'exercises';

/**
 * An entry of another collection, named by its id: `russie` becomes `{ id: 'russie', collection:
 * 'actors' }`, as Astro's own `reference()` gives it. Project-made so the schemas import nothing
 * that only exists inside Astro: the content check of the build and the unit tests run them in
 * plain Node. Whether the entry exists is checked with the rest of the model, in French, naming
 * the file and the field (`checkReferences`, `buildArticles`).
 */
export const reference = <C extends ReferencedCollection>(collection: C) =>
  // The collection travels as metadata: the editors' JSON Schema lists its ids (content-json-schemas.ts).
  idSchema.meta({ [REFERENCE_META]: collection }).transform((id) => ({ id, collection }));

/** The metadata key naming the collection a reference points to. */
export const REFERENCE_META = 'x-collection';
