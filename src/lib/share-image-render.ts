/**
 * Build-time share images (Open Graph, 1200×630 PNG) for fact cards: the rendering.
 *
 * Pipeline: the layout's object tree (`share-image-layout.ts`) → satori → SVG with glyphs as
 * paths → resvg → PNG. This module loads the fonts and runs both renderers.
 *
 * This module deliberately has no Astro imports and imports nothing of the project but the
 * share images' own modules: it runs in the worker threads of `share-image-cache.ts`, loaded by
 * Node itself rather than by Vite, and under vitest.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import satori from 'satori';
// With their extension: the render workers load this module with Node's own type stripping.
import type { ShareCard } from './share-card.ts';
import {
  COLORS,
  FAMILY,
  FAMILY_EXT,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  shareImageTree,
} from './share-image-layout.ts';

/*
 * resvg-js allocates with mimalloc, which hands memory freed for 10 ms back to the system: each
 * image then page-faults its pixel buffers afresh, much of the renderer's system time. A 100 ms
 * delay keeps them from one image to the next while a build renders, for the same peak memory.
 * mimalloc reads the setting once, from the process environment, when the addon loads: hence the
 * dynamic import below, after the setting, in the main thread, which loads this module first (a
 * worker thread's `process.env` is a copy of its own). A value set by whoever runs the build wins.
 */
const ownDelay = process.env['MIMALLOC_PURGE_DELAY'] === undefined;
if (ownDelay) process.env['MIMALLOC_PURGE_DELAY'] = '100';
const { Resvg } = await import('@resvg/resvg-js');
// Read by now: processes the build starts later (Pagefind) keep their own defaults.
if (ownDelay) delete process.env['MIMALLOC_PURGE_DELAY'];

/**
 * The modules whose code draws an image (layout, its texts, rendering). Their text is part of the
 * cache key, so an edit to any of them never reuses a PNG the old code drew; a module they come to
 * import for drawing belongs here too.
 */
export const RENDERER_MODULES = [
  'src/lib/share-image-render.ts',
  'src/lib/share-image-layout.ts',
  'src/lib/share-text.ts',
] as const;

/**
 * A digest of the renderer's code as it is under `root`: the project's, where every build runs
 * (bundled code has no `src/` beside it, see worker-module.ts).
 */
export async function rendererCodeDigest(root = process.cwd()): Promise<string> {
  const hash = createHash('sha256');
  for (const file of RENDERER_MODULES) hash.update(`${file}\n`).update(await readFile(path.join(root, file)));
  return hash.digest('hex');
}

const FONT_PACKAGE = '@fontsource/source-serif-4';

type FontWeight = 400 | 600 | 700;
type FontStyle = 'normal' | 'italic';
interface FontFace {
  subset: 'latin' | 'latin-ext';
  weight: FontWeight;
  style: FontStyle;
}

// WOFF (not WOFF2): supported by every satori release, and fontsource ships both.
const FACES: readonly FontFace[] = (['latin', 'latin-ext'] as const).flatMap((subset) => [
  { subset, weight: 400, style: 'normal' },
  { subset, weight: 400, style: 'italic' },
  { subset, weight: 600, style: 'normal' },
  { subset, weight: 700, style: 'normal' },
]);

const faceFile = (f: FontFace): string => `source-serif-4-${f.subset}-${String(f.weight)}-${f.style}.woff`;

/**
 * Locate an installed package's directory.
 *
 * During `astro build` this module is bundled by Vite into a chunk under
 * `dist/` (or `.astro/`), so `import.meta.url` no longer points at `src/lib`.
 * The build always runs from the project root, so `process.cwd()` is tried
 * first; the module-relative resolution is only a fallback (e.g. vitest run
 * from another directory).
 */
function packageDir(pkg: string): string {
  const tried: string[] = [];
  const fromCwd = path.join(process.cwd(), 'node_modules', pkg);
  tried.push(fromCwd);
  if (existsSync(path.join(fromCwd, 'package.json'))) return fromCwd;
  try {
    const resolved = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
    return path.dirname(resolved);
  } catch {
    tried.push(`require.resolve('${pkg}/package.json') from ${import.meta.url}`);
  }
  throw new Error(
    `share-image: package "${pkg}" not found (tried ${tried.join(', ')}). ` +
      `Run \`npm ci\` from the project root.`,
  );
}

async function packageVersion(pkg: string): Promise<string> {
  const json: unknown = JSON.parse(await readFile(path.join(packageDir(pkg), 'package.json'), 'utf8'));
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (typeof version !== 'string') throw new Error(`share-image: no version in ${pkg}/package.json`);
  return version;
}

interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: FontStyle;
}

interface Assets {
  fonts: LoadedFont[];
  /**
   * Everything besides the card that determines the output bytes: the renderer's own code, the
   * font package's version and files, satori's and resvg's versions (an upgrade may move a
   * pixel). Part of the cache key.
   */
  identity: string;
}

// Fonts are read once per process: a build renders many cards.
let assetsPromise: Promise<Assets> | undefined;

function loadAssets(): Promise<Assets> {
  assetsPromise ??= (async (): Promise<Assets> => {
    const dir = path.join(packageDir(FONT_PACKAGE), 'files');
    const fonts = await Promise.all(
      FACES.map(async (face): Promise<LoadedFont> => {
        const file = path.join(dir, faceFile(face));
        let data: Buffer;
        try {
          data = await readFile(file);
        } catch (cause) {
          throw new Error(`share-image: cannot read font file ${file}`, { cause });
        }
        return {
          name: face.subset === 'latin' ? FAMILY : FAMILY_EXT,
          data,
          weight: face.weight,
          style: face.style,
        };
      }),
    );
    const versions = await Promise.all(
      [FONT_PACKAGE, 'satori', '@resvg/resvg-js'].map(async (p) => `${p}@${await packageVersion(p)}`),
    );
    const code = await rendererCodeDigest();
    return { fonts, identity: [code, ...versions, ...FACES.map(faceFile)].join('\n') };
  })();
  // A failed load (missing package) should not be cached forever in watch mode.
  assetsPromise.catch(() => {
    assetsPromise = undefined;
  });
  return assetsPromise;
}

/**
 * What besides the card decides the output bytes (the renderer's code, font package and files,
 * satori and resvg versions): part of the share-image cache key.
 */
export async function rendererIdentity(): Promise<string> {
  return (await loadAssets()).identity;
}

/**
 * Render the SVG only (useful for debugging the layout). `embedFont: false` writes the text as
 * <text> elements instead of glyph outlines, so a test can read what the image says.
 */
export async function renderShareSvg(
  card: ShareCard,
  options: { embedFont?: boolean } = {},
): Promise<string> {
  const { fonts } = await loadAssets();
  // satori types its input as React's ReactNode; our object tree is the
  // documented non-JSX form of the same thing.
  const element = shareImageTree(card) as unknown as Parameters<typeof satori>[0];
  return satori(element, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts, ...options });
}

/**
 * satori's SVG without the masks that only repeat a clip path.
 *
 * For each `overflow: hidden` box (every clamped text block is one), satori writes a clip path and
 * a mask of the same rectangle, filled opaque white and nested like the clip paths, and applies
 * both to the box's content. Such a mask keeps exactly what the clip path keeps, but resvg renders
 * a masked group and its mask into offscreen layers the size of the whole image. Dropping the
 * reference leaves every pixel as it was (the unit tests compare them) and spares resvg those
 * layers. Only a mask made of one plain white rectangle (itself within such a mask, or none) is
 * dropped, and only from an element that also carries a clip path; anything else, or a satori
 * release that writes masks differently, is left to resvg untouched.
 */
export function withoutRedundantMasks(svg: string): string {
  const plain = new Set<string>();
  const definition =
    /<mask id="([^"]+)"><rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#fff"(?: mask="url\(#([^)"]+)\)")?\/><\/mask>/g;
  // satori writes a parent's mask before its children's: one pass in document order suffices.
  for (const [, id, within] of svg.matchAll(definition)) {
    if (id !== undefined && (within === undefined || plain.has(within))) plain.add(id);
  }
  return svg.replace(/<[a-z]+ [^>]*>/g, (tag) => {
    const reference = / mask="url\(#([^)"]+)\)"/.exec(tag);
    if (reference?.[1] === undefined || !plain.has(reference[1]) || !tag.includes(' clip-path="')) return tag;
    return tag.replace(reference[0], '');
  });
}

/** Render a card to PNG bytes (1200×630). Same card → identical bytes. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderShareSvg(card);
  // Text is already outlined as paths by satori, so system fonts are never
  // needed: not loading them makes rendering faster and independent of the
  // machine's installed fonts (determinism across dev machines and CI).
  const resvg = new Resvg(withoutRedundantMasks(svg), {
    fitTo: { mode: 'original' },
    background: COLORS.background,
    font: { loadSystemFonts: false },
    logLevel: 'off',
  });
  const png = resvg.render().asPng();
  // Copy into a plain ArrayBuffer-backed array: a Node Buffer is typed
  // Uint8Array<ArrayBufferLike>, which TS (5.7+) rejects as a Response body.
  return new Uint8Array(png);
}
