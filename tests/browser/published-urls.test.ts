import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// URLs are promises: every URL in published-urls.txt must still resolve in the built site, to a
// page or to a redirect declared in content/redirects.yaml that lands on a page.
const siteDir = process.env.SITE_DIR ?? 'dist';
const published = readFileSync('published-urls.txt', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));
const redirects = (parse(readFileSync('content/redirects.yaml', 'utf8')) ?? {}) as Record<string, string>;

const pageExists = (path: string) => existsSync(join(siteDir, path, 'index.html'));

function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${relative(dir, entry.parentPath).split(sep).join('/')}/`.replace(/\/+/g, '/'));
}

describe('published URLs', () => {
  it('lists the site’s URLs, cards included', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published).toContain('/faits/soldats-chinois-exercice-2022-09/');
    expect(published).toContain('/appareils/tu-95/');
  });

  it.each(published)('%s still resolves', (path) => {
    const target = redirects[path];
    if (target) {
      // The site writes a redirect page at the old path; it must lead to a real page.
      expect(pageExists(path), `redirect page for ${path}`).toBe(true);
      expect(readFileSync(join(siteDir, path, 'index.html'), 'utf8')).toContain(target);
      expect(pageExists(target), `${path} redirects to ${target}, which is not built`).toBe(true);
    } else {
      expect(
        pageExists(path),
        `${path} is published but no longer built: add a redirect in content/redirects.yaml`,
      ).toBe(true);
    }
  });

  it('every built page is in the list (run `npm run urls:record` after adding content)', () => {
    const missing = builtPages(siteDir).filter((path) => !published.includes(path) && path !== '/404/');
    expect(missing).toEqual([]);
  });

  it('every redirect leaves from a published URL and lands on a built page', () => {
    for (const [from, to] of Object.entries(redirects)) {
      expect(published).toContain(from);
      expect(pageExists(to), `${from} → ${to}`).toBe(true);
    }
  });
});
