import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The commands as the README gives them, run by the project's tsx on a copy of the content.
const PROJECT = resolve(import.meta.dirname, '../..');
const TSX = join(PROJECT, 'node_modules/.bin/tsx');
const SEED = join(PROJECT, 'content/sources/article-2022-11.txt');
const SEED_ENTRY = 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md';

const copies: string[] = [];
afterAll(() => copies.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'commandes-'));
  copies.push(root);
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(PROJECT, 'published-facts.json'), join(root, 'published-facts.json'));
  return root;
}

/** A command run to its end: its exit code and what it printed. */
async function run(script: string, args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [join(PROJECT, 'scripts', script), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code, out: failed.stdout ?? '', err: failed.stderr ?? '' };
  }
}

// Each command starts Node and compiles its TypeScript: seconds, not the unit tests' milliseconds,
// mostly spent waiting on its own start; the commands of a block run side by side.
const slow = { timeout: 60_000, concurrent: true };

describe('npm run check:content', slow, () => {
  it('valide le contenu du dépôt et dit combien de temps il a pris', async () => {
    const { code, out } = await run('check-content.ts', [], PROJECT);
    expect(code).toBe(0);
    expect(out).toMatch(/Contenu valide \([\d,]+ s\)/);
  });

  it('une citation fautive : code 1 et le message du build, fichier → champ : message', async () => {
    const root = contentCopy();
    const file = join(root, SEED_ENTRY);
    writeFileSync(file, readFileSync(file, 'utf8').replace('quote: huit heures', 'quote: neuf heures'));
    const { code, err } = await run('check-content.ts', [], root);
    expect(code).toBe(1);
    expect(err).toContain(
      `${SEED_ENTRY} → figures[0].quote : citation introuvable telle quelle dans le texte de l’article : « neuf heures »`,
    );
  });
});

describe('npm run new-article', slow, () => {
  it('écrit un brouillon que check:content accepte, et en liste ce qui reste à revoir', async () => {
    const root = contentCopy();
    const written = await run('new-article.ts', [SEED, '--date', '2022-11-30', '--slug', 'essai'], root);
    expect(written.code).toBe(0);
    const draft = readFileSync(join(root, 'content/articles/essai.md'), 'utf8');
    expect(draft).toMatch(/^---\n[\s\S]*\ndraft: true /);
    // The body verbatim, after the frontmatter.
    expect(draft).toContain(
      readFileSync(SEED, 'utf8')
        .replace(/^\s*date \S+\s+/, '')
        .split('\n\n')[1],
    );
    const checked = await run('check-content.ts', [], root);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Brouillon content/articles/essai.md (non publié) : reste à revoir');
    expect(checked.out).toMatch(/ligne \d+ : titre de la rédaction à écrire/);
  });

  it('--compare imprime la comparaison avec l’entrée : au moins 90 % trouvés, 0 faux', async () => {
    const { code, out } = await run(
      'new-article.ts',
      [SEED, '--date', '2022-11-30', '--compare', SEED_ENTRY],
      PROJECT,
    );
    expect(code).toBe(0);
    const [, found, total] = /Total : (\d+) sur (\d+) .*, 0 faux/.exec(out) ?? [];
    expect(Number(found) / Number(total)).toBeGreaterThanOrEqual(0.9);
  });

  it('sans jour de publication pour un texte daté du mois : code 1, un message qui dit quoi donner, rien d’écrit', async () => {
    const root = contentCopy();
    const { code, err } = await run('new-article.ts', [SEED, '--slug', 'essai'], root);
    expect(code).toBe(1);
    expect(err).toContain('donnez le jour de publication (--date AAAA-MM-JJ)');
    expect(existsSync(join(root, 'content/articles/essai.md'))).toBe(false);
  });
});
