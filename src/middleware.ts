import { defineMiddleware } from 'astro:middleware';
import { typesetResponse } from './lib/typeset-page';

/**
 * Every HTML page is typeset as it is made, by `astro dev` and `astro build` alike: an author
 * previews exactly the page readers get. What it does lives in `typesetResponse`, which the pages'
 * cache keys depend on (src/lib/view-digest.ts): keep this file to the call.
 */
export const onRequest = defineMiddleware(async (_context, next) => typesetResponse(await next()));
