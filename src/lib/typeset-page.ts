import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified, type Preset } from 'unified';
import rehypeFrenchTypography from '../plugins/rehype-french-typography';
import rehypeOrdinalsAndDesignations from '../plugins/rehype-ordinals-and-designations';

/**
 * The site's French typography, as one set of rehype plugins. Ordinals and designations come after
 * the spacing: it needs "5e patrouille" in one text node to tie "5e" to its word.
 */
export const frenchTypographyPreset: Preset = {
  plugins: [rehypeFrenchTypography, rehypeOrdinalsAndDesignations],
};

const processor = unified().use(rehypeParse).use(frenchTypographyPreset).use(rehypeStringify);

/**
 * French typography for a whole page, not only an article's body: labels written in components
 * ("Source :", "Lien permanent :") and texts from content get their narrow no-break spaces, superior
 * ordinals and unbroken designations through the same plugins, so a line never starts with ":"
 * anywhere on the site. Idempotent.
 */
export function typesetPage(html: string): string {
  return String(processor.processSync(html));
}

/**
 * The response a reader gets: an HTML page typeset, other responses (images, feeds, data files)
 * left as they are, since their text is plain and typesetting would turn it into markup.
 */
export async function typesetResponse(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(typesetPage(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
