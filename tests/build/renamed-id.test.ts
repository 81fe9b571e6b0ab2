import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFile, buildWith, cleanup, editFile, type BuildResult } from './support/broken-build';

// Renaming a fact's id moves its card; the redirect left in content/redirects.yaml keeps the old
// URL working. Proven on a real build of a copy of the project.
const OLD = 'soldats-chinois-exercice-2022-09';
const NEW = 'soldats-envoyes-par-pekin-2022-09';
const ARTICLE = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';

describe('a renamed id leaves a redirect behind', () => {
  let result: BuildResult;

  beforeAll(async () => {
    result = await buildWith(async (root) => {
      await editFile(root, ARTICLE, (text) => text.replace(`id: ${OLD}`, `id: ${NEW}`));
      await addFile(root, 'content/redirects.yaml', `/faits/${OLD}/: /faits/${NEW}/\n`);
    });
  });
  afterAll(() => cleanup(result));

  it('builds, with the card at its new URL', () => {
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.dist, 'faits', NEW, 'index.html'))).toBe(true);
  });

  it('serves a redirect at the old URL to the new card', () => {
    const page = readFileSync(join(result.dist, 'faits', OLD, 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/faits/${NEW}/">`);
    expect(page).toContain(`href="/faits/${NEW}/"`);
    expect(page).toContain('<html lang="fr">');
  });

  it('declares the move for hosts that read _redirects', () => {
    expect(readFileSync(join(result.dist, '_redirects'), 'utf8')).toContain(
      `/faits/${OLD}/ /faits/${NEW}/ 301`,
    );
  });
});
