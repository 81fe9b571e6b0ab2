import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, cleanup, type BuildResult } from './support/broken-build';
import { editFile } from '../support/content-mutations';

// Renaming a fact's id moves its card; the redirect left in content/redirects.yaml keeps the old
// URL working. Proven on a real build of a copy of the project.
const OLD = 'soldats-chinois-exercice-2022-09';
const NEW = 'soldats-envoyes-par-pekin-2022-09';
const ARTICLE = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';

describe('un id renommé laisse une redirection derrière lui', () => {
  let result: BuildResult;

  beforeAll(async () => {
    result = await buildWith(async (root) => {
      await editFile(root, ARTICLE, (text) => text.replace(`id: ${OLD}`, `id: ${NEW}`));
      // Added to the redirects already published, as an editor would.
      await editFile(root, 'content/redirects.yaml', (text) => `${text}/faits/${OLD}/: /faits/${NEW}/\n`);
    });
  });
  afterAll(() => cleanup(result));

  it('le build réussit, avec la fiche à sa nouvelle URL', () => {
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.dist, 'faits', NEW, 'index.html'))).toBe(true);
  });

  it('l’ancienne URL redirige vers la nouvelle fiche', () => {
    const page = readFileSync(join(result.dist, 'faits', OLD, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/faits/${NEW}/">`);
    expect(page).toContain(`href="/faits/${NEW}/"`);
    expect(page).toContain('<html lang="fr">');
  });

  it('déclare le déplacement pour les hébergeurs qui lisent _redirects', () => {
    expect(readFileSync(join(result.dist, '_redirects'), 'utf8')).toContain(
      `/faits/${OLD}/ /faits/${NEW}/ 301`,
    );
  });
});
