import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFile, buildWith, cleanup, replaceOnce, type BuildResult } from './support/broken-build';
import { PROJECT } from './support/broken-build';
import { expectPagerOnEveryPage } from './support/pager';
import { TIMELINE_PAGE_SIZE } from '../../src/lib/timeline-pages';

// A timeline longer than a page: every researched event is entered twice (a copy of each file,
// under a new id), which doubles the record past one page. Proven on a real build of a copy.
const EXERCISES = 'content/exercises';
const researched = readdirSync(join(PROJECT, EXERCISES)).filter((file) => file.endsWith('.yaml'));

/** Ids of the events shown on a built timeline page, in page order. */
const eventIds = (html: string) => [...html.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);

describe('une chronologie plus longue qu’une page est découpée en pages', () => {
  let result: BuildResult;
  let pages: string[];

  beforeAll(async () => {
    result = await buildWith(async (root) => {
      for (const file of researched) {
        const text = await readFile(join(root, EXERCISES, file), 'utf8');
        await addFile(
          root,
          join(EXERCISES, file.replace(/\.yaml$/, '-bis.yaml')),
          replaceOnce(text, /^datasetId: (.+)$/m, 'datasetId: $1-bis'),
        );
      }
    });
    const dir = join(result.dist, 'chronologie', 'page');
    const numbers = (await readdir(dir)).map(Number).sort((a, b) => a - b);
    pages = [
      readFileSync(join(result.dist, 'chronologie', 'index.html'), 'utf8'),
      ...numbers.map((n) => readFileSync(join(dir, String(n), 'index.html'), 'utf8')),
    ];
  });
  afterAll(() => cleanup(result));

  it('le build réussit', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('montre chaque événement exactement une fois sur l’ensemble des pages, sans dépasser la taille de page', () => {
    const total = Number(/Toute la chronologie<\/a> \((\d+)/.exec(pages[0] ?? '')?.[1]);
    // The original record, its copies, and the article's events not merged into the record.
    expect(total).toBeGreaterThan(2 * researched.length);
    expect(pages.length).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(total / TIMELINE_PAGE_SIZE)));
    const all = pages.flatMap(eventIds);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    for (const page of pages) expect(eventIds(page).length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
  });

  it('chaque page mène à toutes les pages, la page courante marquée, avec la précédente et la suivante', () => {
    expectPagerOnEveryPage(pages, '/chronologie/');
  });

  it('donne à chaque page son propre titre', () => {
    const titles = pages.map((html) => /<title>([^<]+)<\/title>/.exec(html)?.[1]);
    expect(new Set(titles).size).toBe(pages.length);
    // Spaces may be no-break ones (French typography holds a number to the word after it).
    expect(titles[1]).toMatch(new RegExp(`page\\s2\\ssur\\s${pages.length}`));
  });

  it('les pages figurent dans le sitemap', () => {
    const sitemap = readFileSync(join(result.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/chronologie/page/2/');
  });
});
