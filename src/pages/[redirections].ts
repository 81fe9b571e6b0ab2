import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRedirects } from '../lib/redirects';

// Astro ignores page files whose name starts with "_": the file name comes from a parameter.
export const getStaticPaths: GetStaticPaths = () => [{ params: { redirections: '_redirects' } }];

/** Permanent redirects in the syntax static hosts read (Netlify, Cloudflare Pages). */
export const GET: APIRoute = () =>
  new Response(
    Object.entries(loadRedirects())
      .map(([from, to]) => `${from} ${to} 301\n`)
      .join(''),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
