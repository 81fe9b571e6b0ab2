import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer, type StaticServer } from './server';

/**
 * Like `startServer()` (./server.ts), but every response carries the headers the host (Netlify,
 * Cloudflare Pages) would apply from the built site's `_headers` file: the browser tests see the
 * production CSP and other security headers.
 */

/** A `_headers` block: a path pattern and its headers, in file order. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: readonly (readonly [name: string, value: string])[];
}

/**
 * Reads the `_headers` syntax (Netlify / Cloudflare Pages): an unindented line is a path pattern
 * (`/*`, `/faits/:id/`…), the indented lines after it are its `Name: value` headers; `#` starts a
 * comment. Fails on any line a host would reject.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !/^https?:\/\//.test(line)) {
        throw new Error(`_headers, ligne ${index + 1} : motif de chemin attendu, reçu « ${line} »`);
      }
      rules.push({ pattern: line, headers: [] });
      return;
    }
    const current = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!current || !match?.[1]) {
      throw new Error(
        `_headers, ligne ${index + 1} : en-tête « Nom: valeur » attendu, reçu « ${line.trim()} »`,
      );
    }
    current.headers.push([match[1], match[2] ?? '']);
  });
  return rules;
}

/** `/*` → anything; `:name` → one segment; the rest literal (as Netlify and Cloudflare Pages do). */
function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Headers of a response to `pathname`: those of every matching block, in order; the same header
 * from two blocks is joined with ", " (as Netlify and Cloudflare do).
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

export interface HeadersServerOptions {
  /**
   * Rules applied to every response; by default, the `_headers` of `dir` (missing → error: a site
   * without security headers must not pass for safe).
   */
  readonly headers?: readonly HeaderRule[];
}

/**
 * Static server on 127.0.0.1 (a free port), like `startServer()`, applying the headers of
 * `_headers`. `_headers` itself is not served (hosts do not publish it).
 */
export async function startHeadersServer(
  dir = 'dist',
  options: HeadersServerOptions = {},
): Promise<StaticServer & { rules: readonly HeaderRule[] }> {
  const root = resolve(dir);
  const rules = options.headers ?? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const server = await startServer(dir, {
    headersFor: (pathname) => headersFor(rules, pathname),
    hidden: ['/_headers'],
  });
  return { ...server, rules };
}
