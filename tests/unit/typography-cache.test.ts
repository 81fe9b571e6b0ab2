import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import typesetFiles from '../../src/integrations/french-typography-worker';

// The post-build typography pass reuses a page typeset by an earlier build when the page was built
// exactly the same, and typesets it again when the page or the code changed.
const PAGE = '<!doctype html><html lang="fr"><body><p>Source : le ministère</p></body></html>';
const NNBSP = '\u202F';

describe('passe typographique et son cache', () => {
  let dir: string;
  let cacheDir: string;
  const page = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'typography-'));
    cacheDir = path.join(dir, 'cache');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('compose une page, puis la réutilise quand la même page est reconstruite', async () => {
    await writeFile(page('a.html'), PAGE);
    const first = await typesetFiles({ files: [page('a.html')], cacheDir, codeVersion: 'v1' });
    expect(first.typeset).toBe(1);
    const typeset = await readFile(page('a.html'), 'utf8');
    expect(typeset).toContain(`Source${NNBSP}: le ministère`);

    await writeFile(page('a.html'), PAGE); // the next build writes the untypeset page again
    const second = await typesetFiles({ files: [page('a.html')], cacheDir, codeVersion: 'v1' });
    expect(second).toEqual({ used: first.used, typeset: 0 });
    expect(await readFile(page('a.html'), 'utf8')).toBe(typeset);
  });

  it('recompose une page dont le texte a changé, ou quand le code a changé', async () => {
    await writeFile(page('b.html'), PAGE.replace('le ministère', 'la marine'));
    const changedPage = await typesetFiles({ files: [page('b.html')], cacheDir, codeVersion: 'v1' });
    expect(changedPage.typeset).toBe(1);
    expect(await readFile(page('b.html'), 'utf8')).toContain(`Source${NNBSP}: la marine`);

    await writeFile(page('a.html'), PAGE);
    const changedCode = await typesetFiles({ files: [page('a.html')], cacheDir, codeVersion: 'v2' });
    expect(changedCode.typeset).toBe(1);
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
