/**
 * Share images by content hash, rendered in worker threads.
 *
 * A PNG is stored as `<cacheDir>/<sha256>.png`, the hash covering the card and everything else that
 * decides its bytes (`rendererIdentity`). An unchanged card is read back instead of rendered again,
 * so a rebuild renders only the cards that changed.
 *
 * Rendering (satori, resvg, PNG encoding: about 40 ms of CPU each) runs in a pool with one thread
 * per core. `prerenderShareImages` queues every missing image as soon as the build knows its cards
 * (in `getStaticPaths`, which Astro calls for every route before rendering any page), so images
 * render on the other cores while the main thread renders the HTML pages.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { Piscina } from 'piscina';

import type { ShareCard } from './share-card';
import { rendererIdentity } from './share-image-render';
import { workerModule } from './worker-module';

const DEFAULT_CACHE_DIR = '.cache/share-images';

/** Cache key: the renderer's identity and the card itself. */
export async function shareImageHash(card: ShareCard): Promise<string> {
  const identity = await rendererIdentity();
  // Fixed key order so that the same card built in a different property
  // order (e.g. from a spread) hashes identically.
  // Every field the image draws: a verdict or a quote's focus changed must give a new image.
  const canonical = JSON.stringify([
    card.kicker,
    card.title,
    card.value ?? null,
    card.quote ?? null,
    card.quoteIsArticle ?? false,
    card.quoteFocus ?? null,
    card.verdict ?? null,
    card.source,
    card.siteName,
  ]);
  return createHash('sha256').update(`${identity}\n${canonical}`).digest('hex');
}

async function cacheFile(card: ShareCard, cacheDir: string): Promise<string> {
  return path.resolve(cacheDir, `${await shareImageHash(card)}.png`);
}

let pool: Piscina | undefined;

function renderPool(): Piscina {
  pool ??= new Piscina({
    filename: workerModule(
      'src/lib/share-image-worker.ts',
      new URL('share-image-worker.ts', import.meta.url),
    ),
    maxThreads: Math.max(1, availableParallelism()),
    // Threads end once the queue is empty, so nothing keeps the build process alive.
    minThreads: 0,
    idleTimeout: 500,
  });
  return pool;
}

/** Renders queued or under way, by cache file: a route waits for its image instead of rendering it twice. */
const pending = new Map<string, Promise<void>>();

function renderIntoCache(card: ShareCard, file: string): Promise<void> {
  let job = pending.get(file);
  if (job === undefined) {
    job = (renderPool().run({ card, file }) as Promise<void>).finally(() => pending.delete(file));
    // Errors reach whoever awaits the image; a prerender nobody awaits yet must not crash the build
    // as an unhandled rejection before its route reports it.
    job.catch(() => undefined);
    pending.set(file, job);
  }
  return job;
}

/** Queues every card whose image is not in the cache yet, without waiting for them. */
export async function prerenderShareImages(
  cards: readonly ShareCard[],
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<number> {
  let queued = 0;
  for (const card of cards) {
    const file = await cacheFile(card, cacheDir);
    if (!pending.has(file) && !existsSync(file)) {
      void renderIntoCache(card, file);
      queued += 1;
    }
  }
  return queued;
}

interface ShareImageResult {
  png: Uint8Array<ArrayBuffer>;
  /** true when the PNG came from the cache directory (no render). */
  cached: boolean;
  /** Path of the cached PNG. */
  file: string;
}

async function readIfPresent(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    // Copy into a plain ArrayBuffer-backed array: a Node Buffer is typed
    // Uint8Array<ArrayBufferLike>, which TS rejects as a Response body.
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A card's PNG from the cache, rendered first when missing; says whether it was a cache hit. */
export async function shareImageWithStatus(
  card: ShareCard,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<ShareImageResult> {
  const file = await cacheFile(card, cacheDir);
  const rendering = pending.get(file);
  if (rendering === undefined) {
    const png = await readIfPresent(file);
    if (png !== undefined) return { png, cached: true, file };
  }
  await (rendering ?? renderIntoCache(card, file));
  const png = await readIfPresent(file);
  if (png === undefined) throw new Error(`share-image: ${file} missing right after its render`);
  return { png, cached: false, file };
}

/** The PNG bytes of a card's share image (see `shareImageWithStatus`). */
export async function shareImageCached(
  card: ShareCard,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<Uint8Array<ArrayBuffer>> {
  return (await shareImageWithStatus(card, cacheDir)).png;
}
