import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPublishedUrls } from '../../src/lib/published-urls';

// URLs are promises: every URL in published-urls.txt must still resolve in the built site, to a
// page or to a redirect declared in content/redirects.yaml that lands on a page.
const siteDir = process.env.SITE_DIR ?? 'dist';
const published = readPublishedUrls();
const redirects = (parse(readFileSync('content/redirects.yaml', 'utf8')) ?? {}) as Record<string, string>;

const pageExists = (path: string) => existsSync(join(siteDir, path, 'index.html'));

function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${relative(dir, entry.parentPath).split(sep).join('/')}/`.replace(/\/+/g, '/'));
}

describe('URL publiées', () => {
  it('la liste donne les URL du site, fiches comprises', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published).toContain('/faits/soldats-chinois-exercice-2022-09/');
    expect(published).toContain('/appareils/tu-95/');
  });

  it.each(published)('%s mène toujours à une page', (path) => {
    const target = redirects[path];
    if (target) {
      // The site writes a redirect page at the old path; it must lead to a real page.
      expect(pageExists(path), `page de redirection pour ${path}`).toBe(true);
      expect(readFileSync(join(siteDir, path, 'index.html'), 'utf8')).toContain(target);
      expect(pageExists(target), `${path} redirige vers ${target}, qui n’est pas construite`).toBe(true);
    } else {
      expect(
        pageExists(path),
        `${path} est publiée mais n’est plus construite : ajouter une redirection dans content/redirects.yaml`,
      ).toBe(true);
    }
  });

  it('chaque page construite est dans la liste (lancer `npm run urls:record` après un ajout de contenu)', () => {
    const missing = builtPages(siteDir).filter((path) => !published.includes(path) && path !== '/404/');
    expect(missing).toEqual([]);
  });

  it('chaque redirection part d’une URL publiée et aboutit à une page construite', () => {
    for (const [from, to] of Object.entries(redirects)) {
      expect(published).toContain(from);
      expect(pageExists(to), `${from} → ${to}`).toBe(true);
    }
  });
});
