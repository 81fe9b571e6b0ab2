import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWithResponse } from '../support/pages';
import { ARTICLE_PATH, readArticle } from '../support/content';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../../scripts/headers-file.mjs';
import { startHeadersServer } from '../support/headers-server';
import { SITE_DIR, siteInChromium } from '../support/site';

// Security headers and strict CSP, checked on the BUILT site (SITE_DIR):
// - `_headers` (copied from public/) gives every page the expected CSP and headers;
// - no page contains what the CSP would block (inline script, on*=, javascript:, inline style);
// - served with these headers, the article, a fact card, the timeline and the search page cause
//   no CSP violation in Chromium.

/** Search (Pagefind) compiles its index to WebAssembly: the only exception allowed to script-src 'self'. */
const HAS_SEARCH = existsSync(join(SITE_DIR, 'recherche', 'index.html'));

const EXPECTED_CSP: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': HAS_SEARCH ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** `default-src 'self'; img-src 'self' data:` → { 'default-src': ["'self'"], … }, sources sorted. */
function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives[name.toLowerCase()]) throw new Error(`CSP : directive ${name} en double`);
    directives[name.toLowerCase()] = sources.sort();
  }
  return directives;
}
const sortedCsp = Object.fromEntries(
  Object.entries(EXPECTED_CSP).map(([name, sources]) => [name, [...sources].sort()]),
);

const files = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.split('\\').join('/'))
  .sort();
const urlPathOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

describe('_headers dans le site construit', () => {
  const file = join(SITE_DIR, '_headers');
  let rules: HeaderRule[] = [];

  beforeAll(() => {
    rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  });

  it('est copié dans SITE_DIR, avec un bloc /*', () => {
    expect(existsSync(file), `${file} absent : public/_headers est-il là ?`).toBe(true);
    expect(rules.map((rule) => rule.pattern)).toContain('/*');
  });

  it(`CSP stricte${HAS_SEARCH ? " (+ 'wasm-unsafe-eval' pour /recherche/)" : ''}`, () => {
    const csp = headersFor(rules, '/')['content-security-policy'] ?? '';
    const directives = parseCsp(csp);
    expect(directives).toEqual(sortedCsp);
    for (const source of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
      expect(directives['script-src'], `script-src ne doit pas contenir ${source}`).not.toContain(source);
    }
  });

  it('les autres en-têtes de sécurité', () => {
    const headers = headersFor(rules, '/');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    // Left out on purpose (the reason is in public/_headers): it costs every arrival a fresh process.
    expect(
      headers['cross-origin-opener-policy'],
      'COOP : voir le commentaire de public/_headers avant de le rétablir',
    ).toBeUndefined();
    const permissions = (headers['permissions-policy'] ?? '')
      .split(',')
      .map((feature) => feature.replace(/\s+/g, ''));
    for (const feature of ['camera', 'microphone', 'geolocation']) {
      expect(permissions, `Permissions-Policy refuse ${feature}`).toContain(`${feature}=()`);
    }
    const maxAge = Number(
      /(?:^|;)\s*max-age=(\d+)/i.exec(headers['strict-transport-security'] ?? '')?.[1] ?? 0,
    );
    expect(maxAge, 'Strict-Transport-Security : max-age d’au moins un an').toBeGreaterThanOrEqual(31_536_000);
  });

  it('chaque page construite reçoit exactement cette CSP (aucun autre bloc ne l’assouplit ni ne la double)', () => {
    const expected = JSON.stringify(sortedCsp);
    const wrong = files.map(urlPathOf).filter((path) => {
      try {
        return (
          JSON.stringify(parseCsp(headersFor(rules, path)['content-security-policy'] ?? '')) !== expected
        );
      } catch {
        return true; // duplicate directive: two blocks have merged their CSPs
      }
    });
    const shown = wrong
      .slice(0, 10)
      .map((path) => `${path} : ${headersFor(rules, path)['content-security-policy'] ?? '(aucune)'}`);
    expect(shown.join('\n') + (wrong.length > 10 ? `\n… et ${wrong.length - 10} autres` : '')).toBe('');
  });
});

/** Something a CSP without 'unsafe-inline' would block, found in a page. */
interface Finding {
  readonly check: 'script' | 'handler' | 'javascript-url' | 'style';
  readonly detail: string;
}

/** <script> types that do not execute and that the CSP allows inline. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

/**
 * Like the browser's URL parser: leading C0 controls and spaces stripped, tabs and
 * newlines stripped everywhere; so « java\tscript: » is still a javascript: URL.
 */
function isJavaScriptUrl(value: string): boolean {
  let url = value;
  while (url !== '' && url.charCodeAt(0) <= 0x20) url = url.slice(1);
  return /^javascript:/i.test(url.replace(/[\t\n\r]/g, ''));
}

function findingsOf(file: string): Finding[] {
  const tree = fromHtml(readFileSync(join(SITE_DIR, file), 'utf8'));
  const found: Finding[] = [];
  const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 100);
  visit(tree, 'element', (node: Element) => {
    const type = String(node.properties['type'] ?? '')
      .trim()
      .toLowerCase();
    if (node.tagName === 'script' && node.properties['src'] === undefined && !DATA_SCRIPT_TYPES.has(type)) {
      found.push({
        check: 'script',
        detail: `<script${type ? ` type="${type}"` : ''}>${excerpt(toString(node))}`,
      });
    }
    if (node.tagName === 'style') found.push({ check: 'style', detail: `<style>${excerpt(toString(node))}` });
    for (const [name, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on[a-z]/i.test(name))
        found.push({
          check: 'handler',
          detail: `<${node.tagName} ${name.toLowerCase()}="${excerpt(text)}">`,
        });
      if (name === 'style')
        found.push({ check: 'style', detail: `<${node.tagName} style="${excerpt(text)}">` });
      if (isJavaScriptUrl(text)) {
        found.push({ check: 'javascript-url', detail: `<${node.tagName} ${name}="${excerpt(text)}">` });
      }
    }
  });
  return found;
}

const findings = files.map((file) => ({ path: urlPathOf(file), findings: findingsOf(file) }));

/** Groups identical findings: « 121 pages : <script …> — /a/, /b/, … ». */
function report(check: Finding['check']): string {
  const pagesByDetail = new Map<string, string[]>();
  for (const { path, findings: list } of findings) {
    for (const finding of list.filter((f) => f.check === check)) {
      pagesByDetail.set(finding.detail, [...(pagesByDetail.get(finding.detail) ?? []), path]);
    }
  }
  return [...pagesByDetail]
    .map(([detail, paths]) => {
      const shown = paths.slice(0, 8).join(', ') + (paths.length > 8 ? `, … (+${paths.length - 8})` : '');
      return `• ${paths.length} page(s) : ${detail}\n    ${shown}`;
    })
    .join('\n');
}

describe(`le HTML construit (${files.length} pages) ne contient rien que la CSP bloquerait`, () => {
  it('des pages à examiner', () => expect(files.length).toBeGreaterThan(0));

  it('aucun <script> en ligne exécutable (seul type="application/ld+json" est admis sans src)', () => {
    expect(report('script')).toBe('');
  });

  it('aucun attribut on*= (gestionnaire d’événement en ligne)', () => {
    expect(report('handler')).toBe('');
  });

  it('aucune URL javascript:', () => {
    expect(report('javascript-url')).toBe('');
  });

  it.runIf(!EXPECTED_CSP['style-src']?.includes("'unsafe-inline'"))(
    'aucun style en ligne (attribut style="" ni élément <style>) : style-src n’a pas unsafe-inline',
    () => {
      expect(report('style')).toBe('');
    },
  );
});

describe('servi avec _headers : aucune violation de CSP dans Chromium', () => {
  const site = siteInChromium(startHeadersServer);

  const CARD_PATH = `/faits/${readArticle().figures[0]?.id ?? ''}/`;
  const paths = [
    ARTICLE_PATH,
    CARD_PATH,
    '/chronologie/',
    ...(HAS_SEARCH ? ['/recherche/?q=bombardiers'] : []),
  ];

  it.each(paths)('%s', async (path) => {
    const violations: string[] = [];
    const { page, response } = await openWithResponse(
      site.browser,
      site.server.url + path,
      {},
      async (opened) => {
        opened.on('console', (message) => {
          if (message.text().includes('Content Security Policy'))
            violations.push(`console : ${message.text()}`);
        });
        // Script injected through the DevTools protocol: the page's CSP does not apply to it.
        await opened.addInitScript(() => {
          const seen: string[] = [];
          Object.defineProperty(window, '__cspViolations', { value: seen });
          document.addEventListener('securitypolicyviolation', (event) => {
            seen.push(
              `${event.effectiveDirective} a bloqué ${event.blockedURI || '(en ligne)'} — ${event.sourceFile}:${event.lineNumber}` +
                (event.sample ? ` « ${event.sample} »` : ''),
            );
          });
        });
      },
    );
    expect(response.headers()['content-security-policy'], 'la CSP est bien envoyée').toContain(
      "default-src 'self'",
    );
    // The search loads Pagefind (JS + WebAssembly) and shows results: all of it under the CSP.
    const searchFailure = path.startsWith('/recherche/')
      ? await page
          .locator('#search-results li')
          .first()
          .waitFor({ timeout: 20_000 })
          .then(
            () => undefined,
            (error: unknown) => String(error),
          )
      : undefined;
    await page.waitForLoadState('networkidle');
    const events = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    violations.push(...events.map((event) => `securitypolicyviolation : ${event}`));
    expect(violations, `violations de CSP sur ${path}`).toEqual([]);
    expect(searchFailure, 'la recherche affiche des résultats sous la CSP').toBeUndefined();
  });
});
