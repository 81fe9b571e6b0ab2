import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildWith, cleanup, PROJECT, type BuildResult } from './support/broken-build';
import { readableBody } from './support/page-body';

// A draft written by the real command, in a copy of the project: left out of the build, shown
// (and said to be a draft) by `astro dev`, which serves every published page as the build writes it.
const SLUG = 'patrouille-2023-06';
const TEXT = join(PROJECT, 'tests/fixtures/received/patrouille-2023-06.txt');
const PORT = 4399;
const PUBLISHED = 'articles/bombardiers-russes-chinois-patrouille-conjointe/';

/** Every file under `dir`, as paths relative to it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

describe('un brouillon : aperçu en dev, absent du site publié', () => {
  let build: BuildResult;
  let draftIds: string[];
  let dev: ChildProcess | undefined;

  beforeAll(async () => {
    build = await buildWith((root) => {
      const written = spawnSync(
        join(PROJECT, 'node_modules/.bin/tsx'),
        [join(PROJECT, 'scripts/new-article.ts'), TEXT, '--date', '2023-06-08', '--slug', SLUG],
        { cwd: root, encoding: 'utf8' },
      );
      if (written.status !== 0) throw new Error(written.stderr);
    });
    const draft = readFileSync(join(build.root, `content/articles/${SLUG}.md`), 'utf8');
    draftIds = [...draft.matchAll(/^ {2}- id: ([a-z0-9-]+)/gm)].map((match) => match[1]!);
  });
  afterAll(async () => {
    dev?.kill('SIGTERM');
    await cleanup(build);
  });

  it('le build réussit sans publier ni l’article ni ses faits, nulle part', () => {
    expect(build.code, build.output).toBe(0);
    expect(draftIds.length).toBeGreaterThan(0);
    const built = files(build.dist);
    expect(built.filter((path) => path.includes(SLUG))).toEqual([]);
    for (const id of draftIds) expect(built.filter((path) => path.includes(id))).toEqual([]);
    // Nor in what lists pages: the sitemap, the feed, the open data, the home page.
    for (const path of ['sitemap-0.xml', 'rss.xml', 'donnees/faits.json', 'index.html']) {
      const text = readFileSync(join(build.dist, path), 'utf8');
      expect(text, path).not.toContain(SLUG);
      for (const id of draftIds) expect(text, path).not.toContain(id);
    }
  });

  /** A page served by `astro dev`, once the server answers. */
  async function served(path: string): Promise<string> {
    dev ??= spawn(join(PROJECT, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT)], {
      cwd: build.root,
      env: buildEnv(),
      stdio: 'ignore',
    });
    for (let attempt = 0; attempt < 120; attempt++) {
      try {
        const response = await fetch(`http://localhost:${PORT}${path}`);
        if (response.ok) return await response.text();
      } catch {
        // The server is still starting.
      }
      await new Promise((wait) => setTimeout(wait, 500));
    }
    throw new Error(`astro dev ne sert pas ${path}`);
  }

  it('astro dev le montre, avec la mention « Brouillon, non publié » que l’article publié n’a pas', async () => {
    const draft = await served(`/articles/${SLUG}/`);
    expect(draft).toContain('Brouillon, non publié');
    expect(draft).toContain('À rédiger : titre');
    const published = await served(`/${PUBLISHED}`);
    expect(published).not.toContain('Brouillon, non publié');
  });

  it('astro dev sert la page que les lecteurs reçoivent : même texte, même typographie', async () => {
    const built = readFileSync(join(build.dist, PUBLISHED, 'index.html'), 'utf8');
    const previewed = readableBody(await served(`/${PUBLISHED}`));
    // The typography is there to compare: narrow no-break spaces, superior ordinals.
    expect(previewed).toContain('\u202f:');
    expect(previewed).toMatch(/\d<sup>e<\/sup>/);
    expect(previewed).toBe(readableBody(built));
  });

  it('astro dev relit une entrée enregistrée, même après une erreur : la mention de l’article change sans redémarrage', async () => {
    const page = `/${PUBLISHED}`;
    await served(page);
    const file = join(build.root, 'content/aircraft/tu-95.yaml');
    const original = readFileSync(file, 'utf8');
    const role = /^role: (.+)$/m.exec(original)?.[1];
    expect(role).toBeTruthy();
    // A slip first: the server lists it and keeps serving the last valid pages.
    writeFileSync(file, original.replace(/^role: .+$/m, 'role:'));
    await new Promise((wait) => setTimeout(wait, 2000));
    const mention = 'href="/appareils/tu-95/" class="mention" data-apercu="';
    expect(await served(page)).toContain(mention);
    writeFileSync(file, original.replace(/^role: .+$/m, `role: ${role}, relu en aperçu`));
    let html = '';
    for (let attempt = 0; attempt < 60 && !html.includes('relu en aperçu'); attempt++) {
      await new Promise((wait) => setTimeout(wait, 500));
      html = await served(page);
    }
    expect(html.split(mention)[1]?.split('"')[0]).toMatch(/relu en aperçu$/);
  });
});
