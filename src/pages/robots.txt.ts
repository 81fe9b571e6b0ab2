import type { APIRoute } from 'astro';
import { urls } from '../lib/urls';

/** Everything is public; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.sitemap(), site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
