import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer, type StaticServer } from './server';

/**
 * Comme `startServer()` (./server.ts), mais chaque réponse porte les en-têtes que l’hébergeur
 * (Netlify, Cloudflare Pages) appliquerait d’après le fichier `_headers` du site construit :
 * les tests navigateur voient la CSP et les autres en-têtes de sécurité de la production.
 */

/** Un bloc de `_headers` : un motif de chemin et ses en-têtes, dans l’ordre du fichier. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: readonly (readonly [name: string, value: string])[];
}

/**
 * Lit la syntaxe `_headers` (Netlify / Cloudflare Pages) : une ligne sans indentation donne un
 * motif de chemin (`/*`, `/faits/:id/`…), les lignes indentées qui suivent sont ses en-têtes
 * `Nom: valeur` ; `#` commence un commentaire. Échoue sur toute ligne qu’un hébergeur refuserait.
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

/** `/*` → tout ; `:nom` → un segment ; le reste littéral (comme Netlify et Cloudflare Pages). */
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
 * En-têtes d’une réponse à `pathname` : ceux de tous les blocs qui s’appliquent, dans l’ordre ;
 * un même en-tête venu de deux blocs est joint par « , » (comportement de Netlify et Cloudflare).
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
   * Règles appliquées à chaque réponse ; par défaut, le `_headers` de `dir` (absent → erreur :
   * un site sans en-têtes de sécurité ne doit pas passer pour sûr).
   */
  readonly headers?: readonly HeaderRule[];
}

/**
 * Serveur statique sur 127.0.0.1 (port libre), comme `startServer()`, qui applique les en-têtes
 * de `_headers`. `_headers` lui-même n’est pas servi (l’hébergeur ne le publie pas).
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
