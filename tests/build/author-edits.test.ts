import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildWith, cleanup, PROJECT, type BuildResult } from './support/broken-build';
import { readableBody } from './support/page-body';
import { ARTICLE, PAGE, PASTED_MARKUP } from '../support/broken-content-cases';
import { editFile, splitFrontmatter, type Mutation } from '../support/content-mutations';

// One real build of a copy of the project with two things authors save, each with its own
// subject: a draft written by the real command, left out of the build, shown (and said to be a
// draft) by `astro dev`, which serves every published page as the build writes it; and the
// published article saved in NFD with markup pasted at its end, which only the markdown pipeline
// of a real build can show harmless and read in NFC. The intact site to compare with is the
// project's own `dist/`, which `npm test` builds first.
const SLUG = 'patrouille-2023-06';
const TEXT = join(PROJECT, 'tests/fixtures/received/patrouille-2023-06.txt');
const PORT = 4399;
/** The published article's path, as `astro dev` serves it. */
const PUBLISHED = PAGE.replace(/index\.html$/, '');

/** The article saved with decomposed accents, and two paragraphs of markup pasted at its end. */
const pastedInNfd: Mutation = (root) =>
  editFile(root, ARTICLE, (text) => {
    const { frontmatter, body } = splitFrontmatter(text);
    return `---\n${frontmatter}\n---\n${body.trimEnd()}\n\n${PASTED_MARKUP}\n`.normalize('NFD');
  });

/** The article body as built: the contents of its container, read by an HTML parser. */
function articleBody(html: string): string {
  let body: Element | undefined;
  visit(fromHtml(html), 'element', (node) => {
    if ([node.properties['className']].flat().includes('article-body')) body ??= node;
  });
  if (!body) throw new Error('corps de l’article introuvable dans la page construite');
  return toHtml(body.children);
}

/** Every file under `dir`, as paths relative to it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

let build: BuildResult;
let draftIds: string[];
let dev: ChildProcess | undefined;

beforeAll(async () => {
  build = await buildWith(async (root) => {
    await pastedInNfd(root);
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

describe('un article collé tel quel', () => {
  it('balisage collé par erreur, article enregistré en NFD : la page de l’original, plus le texte collé, sans rien d’exécutable', () => {
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(build.dist, PAGE), 'utf8');
    const body = articleBody(html);
    // Read in NFC: the same paragraphs, anchors and figure links as the original's.
    const original = join(PROJECT, 'dist', PAGE);
    expect(body.startsWith(articleBody(readFileSync(original, 'utf8')))).toBe(true);
    expect(body).toContain('href="/faits/vehicules-chinois-exercice-2022-09/"');
    expect(body).toContain('Paragraphe collé par erreur');
    expect(body).not.toMatch(/<script/i);
    // Neither in the body nor anywhere else in the page: the layout has no handler of its own.
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});

describe('un brouillon : aperçu en dev, absent du site publié', () => {
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
