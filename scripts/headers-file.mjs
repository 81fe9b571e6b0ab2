// The `_headers` file of the built site, read as the static host (Netlify, Cloudflare Pages) reads it.
// One reader for the browser tests' server (tests/browser/support/headers-server.ts) and for
// `npm run lighthouse`, so that both serve the site with the headers production sends, and a file the
// host would reject stops both.

/**
 * A `_headers` block: a path pattern and its `Name: value` headers, in file order.
 * @typedef {{ readonly pattern: string, readonly headers: readonly (readonly [string, string])[] }} HeaderRule
 */

/**
 * Reads the `_headers` syntax: an unindented line is a path pattern (`/*`, `/faits/:id/`…), the
 * indented lines after it are its `Name: value` headers; `#` starts a comment. Fails, naming the line,
 * on any line a host would reject.
 *
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
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

/**
 * `/*` matches anything, `:name` one path segment, the rest literally (as Netlify and Cloudflare
 * Pages do); a pattern may start with an origin, which is ignored here.
 *
 * @param {string} pattern
 */
function patternToRegExp(pattern) {
  const source = pattern
    .replace(/^https?:\/\/[^/]+/, '')
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
 * Headers of a response to `pathname`, names in lower case: those of every matching block, in file
 * order; the same header from two blocks is joined with ", " (as Netlify and Cloudflare do).
 *
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
