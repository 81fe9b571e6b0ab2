import type { APIRoute } from 'astro';
import { ledgerOf } from '../../lib/published-facts';
import { loadSite } from '../../lib/site';

/**
 * What each fact displays now (a digest) and how many corrections it carries: the state that
 * `npm run facts:record` commits to `published-facts.json`, against which the next build checks
 * that no published fact changes without a correction.
 */
export const GET: APIRoute = async () => {
  const { factStates } = await loadSite();
  return new Response(`${JSON.stringify(ledgerOf(factStates), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
