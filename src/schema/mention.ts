import { strictObject } from './text';
import { reference } from './reference';
import { quoteSchema } from './quote';

/** An entity the article names, with the words it uses: `{ ref: tu-95, quote: "les bombardiers Tu-95…" }`. */
export const mentionSchema = <C extends 'actors' | 'aircraft' | 'places'>(collection: C) =>
  strictObject({
    /** Id of the shared entry in `content/<collection>/`. */
    ref: reference(collection),
    /** The article's exact words naming it. */
    quote: quoteSchema,
  });
