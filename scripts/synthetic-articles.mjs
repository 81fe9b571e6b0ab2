// Synthetic articles for the benchmark and the scale tests: copies of the seed article with shifted
// dates and suffixed ids, written into a copy of the project, never into the project itself.

import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED_DIR = join(ROOT, 'content/articles');

/** The seed article: the one real article of content/articles/. */
export function readSeed() {
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.md'));
  if (files.length === 0) throw new Error(`aucun article dans ${SEED_DIR}`);
  const file = files.sort()[0];
  const text = readFileSync(join(SEED_DIR, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} : frontmatter introuvable`);
  return { slug: file.replace(/\.md$/, ''), frontmatter: match[1], body: match[2] };
}

/** ISO day `iso` minus `days` days (calendar arithmetic in UTC, no DST surprises). */
function shiftDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Copy k of the seed: published k days earlier, ids suffixed with `-k`, title suffixed with
 * " (copie k)". The body and every quote are kept verbatim. The event `when` phrases ("mercredi",
 * "en septembre") resolve against the shifted date, so explicit event dates and `sameAs` links
 * (which pin the real 30 November patrol and Vostok-2022) are kept only for k = 0.
 */
export function syntheticArticle(seed, k) {
  const doc = YAML.parseDocument(seed.frontmatter);
  const seedDate = String(doc.get('date'));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(seedDate))
    throw new Error(`date de l’article source inattendue : ${seedDate}`);
  const date = shiftDays(seedDate, k);
  doc.set('date', date);
  // The source's period must contain the publication date: keep it at the source's precision.
  if (doc.has('sourceDate')) {
    const sourceDate = String(doc.get('sourceDate'));
    doc.set('sourceDate', date.slice(0, sourceDate.length));
  }
  doc.setIn(['editorial', 'title'], `${doc.getIn(['editorial', 'title'])} (copie ${k})`);
  const suffix = (id) => `${id}-${k}`;
  for (const event of doc.get('events')?.items ?? []) {
    event.set('id', suffix(event.get('id')));
    if (k > 0) {
      event.delete('date');
      event.delete('dateSource');
      event.delete('sameAs');
    }
  }
  for (const figure of doc.get('figures')?.items ?? []) {
    figure.set('id', suffix(figure.get('id')));
    figure.set('event', suffix(figure.get('event')));
  }
  for (const claim of doc.get('claims')?.items ?? []) {
    claim.set('id', suffix(claim.get('id')));
    if (claim.has('event')) claim.set('event', suffix(claim.get('event')));
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${seed.body}`;
}

/**
 * Writes copies 0 to n − 1 of the seed into `root`/content/articles (a copy of the project, never
 * the project itself) and returns their paths.
 *
 * @param {string} root
 * @param {number} n
 * @returns {Promise<string[]>}
 */
export async function writeSyntheticArticles(root, n) {
  const seed = readSeed();
  const files = [];
  for (let k = 0; k < n; k++) {
    const file = join(root, 'content/articles', `${seed.slug}-${k}.md`);
    await writeFile(file, syntheticArticle(seed, k));
    files.push(file);
  }
  return files;
}

/** A 1×1 PNG (the copy's own src only: the project's files are never touched). */
const STUB_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

/**
 * Makes the copy at `root` draw every share image as a fixed 1×1 PNG: for measures and tests about
 * everything but the images, which would otherwise dominate their time.
 *
 * @param {string} root
 */
export async function stubShareImages(root) {
  const file = join(root, 'src/lib/share-image-render.ts');
  const signature =
    'export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {';
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    replaceOnce(
      text,
      signature,
      `${signature}\n  if (card) return new Uint8Array(Buffer.from('${STUB_PNG}', 'base64')); // share images stubbed`,
    ),
  );
}

/**
 * Replaces `from` by `to` exactly once in `text`; fails loudly when `from` is not found once.
 *
 * @param {string} text
 * @param {string} from
 * @param {string} to
 */
export function replaceOnce(text, from, to) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`modification : « ${from} » trouvé ${count} fois, une fois attendu`);
  return text.replace(from, to);
}
