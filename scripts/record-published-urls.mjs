#!/usr/bin/env node
// Adds every page of a built site (default dist/) to published-urls.txt, the committed list of
// URLs readers may have linked to. URLs are only ever added here: removing one is a decision
// (a redirect in content/redirects.yaml), never a side effect. Run after `npm run build`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const listFile = 'published-urls.txt';

async function* htmlFiles(root) {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name === 'index.html') yield path;
  }
}

const built = [];
for await (const file of htmlFiles(dir)) {
  const path = `/${relative(dir, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/');
  built.push(path);
}
const existing = (await readFile(listFile, 'utf8').catch(() => ''))
  .split('\n')
  .filter((line) => line.startsWith('/'));
const header = '# Published URLs: every one must keep resolving (to a page or a redirect). See README.\n';
const all = [...new Set([...existing, ...built])].sort();
await writeFile(listFile, header + all.join('\n') + '\n');
console.log(`${listFile}: ${all.length} URLs (${all.length - existing.length} new)`);
