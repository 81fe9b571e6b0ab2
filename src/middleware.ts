import { defineMiddleware } from 'astro:middleware';
import { typesetPage } from './lib/typeset-page';

/**
 * Every HTML page is typeset as it is made, by `astro dev` and `astro build` alike: an author
 * previews exactly the page readers get. Other responses (images, feeds, data files) are left as
 * they are: their text is plain, and typesetting would turn it into markup.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(typesetPage(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
