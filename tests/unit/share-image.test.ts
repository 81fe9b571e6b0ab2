import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { ShareCard } from '../../src/lib/share-card.ts';
import { normalizeText, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../../src/lib/share-image-layout.ts';
import {
  RENDERER_MODULES,
  rendererCodeDigest,
  rendererIdentity,
  renderShareImage,
  renderShareSvg,
  withoutRedundantMasks,
} from '../../src/lib/share-image-render.ts';
import { shareImageHash } from '../../src/lib/share-image-cache';
import {
  prerenderShareImages,
  shareImageCached,
  shareImageWithStatus,
} from '../../src/lib/share-image-cache.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG spec requires first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // 8-byte signature, then chunk length (4) and type (4): "IHDR".
  const type = String.fromCharCode(...png.subarray(12, 16));
  expect(type).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// A real fact card: accents, « », apostrophe U+2019, U+202F and U+00A0.
const CARD: ShareCard = {
  kicker: 'Chiffre clé',
  title: 'Soldats chinois engagés',
  value: 'plus de 2\u202F000\u00A0soldats',
  quote:
    'Près de 2\u202F000 soldats de l’Armée populaire de libération ont participé à l’exercice, à l’été, en mer de Chine orientale',
  quoteIsArticle: true,
  quoteFocus: 'Près de 2\u202F000 soldats',
  source: 'D’après l’article du 30 novembre 2022',
  siteName: 'Patrouilles sino-russes',
};

const EVENT: ShareCard = {
  kicker: 'Événement',
  title: 'Huit bombardiers russes et chinois survolent la mer du Japon à l’aube du 30 novembre',
  quote: 'Les appareils ont effectué un vol conjoint au-dessus de la mer du Japon',
  quoteIsArticle: true,
  source: 'D’après l’article du 30 novembre 2022',
  siteName: 'Patrouilles sino-russes',
};

// Every text past its clamp: what clipping and ellipses are for.
const LONG: ShareCard = {
  ...CARD,
  kicker: 'Chiffre clé '.repeat(20),
  title: 'Un titre qui n’en finit pas '.repeat(30),
  value: 'environ 1\u202F234\u202F567 kilomètres '.repeat(10),
  quote: 'Une citation très longue, '.repeat(60),
  source: 'Article du 30 novembre 2022 · '.repeat(20),
};

/** What the image writes, text element by text element (satori without embedded fonts). */
const words = async (card: ShareCard) =>
  [...(await renderShareSvg(card, { embedFont: false })).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(
    (match) => match[1] ?? '',
  );

describe('renderShareImage', () => {
  let png: Uint8Array;
  beforeAll(async () => {
    png = await renderShareImage(CARD);
    // Kept for a human look at the design (os.tmpdir() is /tmp on Linux).
    await writeFile(path.join(os.tmpdir(), 'share-sample.png'), png);
  });

  test('donne un PNG de 1200×630', () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]).toEqual([1200, 630]);
    // A blank or tiny image would mean the text was lost.
    expect(png.byteLength).toBeGreaterThan(10_000);
  });

  test('est déterministe : même fiche, mêmes octets', async () => {
    const again = await renderShareImage({ ...CARD });
    expect(Buffer.from(again).equals(Buffer.from(png))).toBe(true);
  });

  test('deux fiches différentes donnent des octets différents', async () => {
    const other = await renderShareImage({ ...CARD, value: 'plus de 3\u202F000 soldats' });
    expect(Buffer.from(other).equals(Buffer.from(png))).toBe(false);
  });

  test('rend une fiche sans valeur, et garde dans le cadre un texte démesurément long', async () => {
    const event = await renderShareImage(EVENT);
    expect(pngSize(event)).toEqual({ width: 1200, height: 630 });
    const long = await renderShareImage(LONG);
    expect(pngSize(long)).toEqual({ width: 1200, height: 630 });
  });

  test('U+202F (absent de la police) est dessiné comme une espace insécable, pas comme un glyphe manquant', async () => {
    expect(normalizeText('2\u202F000')).toBe('2\u00A0000');
    expect(normalizeText('e\u0301te\u0301')).toBe('été');
    expect(normalizeText('« Vol conjoint »  :\n fin')).toBe('«\u00A0Vol conjoint\u00A0»\u00A0: fin');
    const narrow = await renderShareImage(CARD);
    const nbsp = await renderShareImage({
      ...CARD,
      value: CARD.value?.replaceAll('\u202F', '\u00A0') ?? '',
      quote: CARD.quote?.replaceAll('\u202F', '\u00A0') ?? '',
    });
    expect(Buffer.from(narrow).equals(Buffer.from(nbsp))).toBe(true);
  });
});

describe('citation coupée', () => {
  test('une citation trop longue pour ses lignes se referme : « … »', async () => {
    const written = (await words(LONG)).join('');
    expect(written).toContain('«\u00A0Une citation');
    expect(written).toMatch(/…\u00A0»/);
  });

  test('une citation qui tient est écrite entière, sans points de suspension', async () => {
    // Any space may be a no-break one here (after «, before », and against a short last word).
    const written = (await words(EVENT)).join('').replace(/\u00A0/g, ' ');
    expect(written).toContain('« Les appareils ont effectué un vol conjoint au-dessus de la mer du Japon »');
    expect(written).not.toContain('…');
  });

  test('un texte sans guillemets (rang d’une série) coupé ne gagne pas de »', async () => {
    const written = (
      await words({ ...LONG, quote: 'Une patrouille très longue '.repeat(40), quoteIsArticle: false })
    ).join('');
    expect(written).toContain('…');
    expect(written).not.toContain('»');
  });
});

describe('lisible en vignette', () => {
  test('aucun texte sous 30 px : 10 px à l’écran quand un fil montre l’image large de 400 px', async () => {
    for (const card of [CARD, EVENT, LONG]) {
      const svg = await renderShareSvg(card, { embedFont: false });
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes) * (400 / SHARE_IMAGE_WIDTH)).toBeGreaterThanOrEqual(10);
    }
  });

  test('la citation garde les mots du chiffre, même au bout d’une longue phrase', async () => {
    const sentence = `${'Une longue phrase qui raconte le contexte, '.repeat(8)}au cours d’une mission de huit heures`;
    const written = (await words({ ...CARD, quote: sentence, quoteFocus: 'huit heures' }))
      .join('')
      .replace(/\u00A0/g, ' ');
    expect(written).toContain('mission de huit heures');
    // Cut before, at a word's start: « … », then a whole word of the sentence.
    expect(written).toMatch(/« … (?:Une|longue|phrase|qui|raconte|le|contexte,) /);
  });
});

describe('allocateur du moteur de rendu', () => {
  test('charger le module règle le délai de libération de mimalloc avant que resvg ne se charge', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MIMALLOC_VERBOSE: '1' };
    delete env['MIMALLOC_PURGE_DELAY'];
    const module = path.resolve('src/lib/share-image-render.ts');
    // A process of its own, as a build: mimalloc reads its options once per process.
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(module)});`],
      { env },
    );
    expect(stderr).toContain("option 'purge_delay': 100");
  });
});

describe('withoutRedundantMasks', () => {
  const masked = (svg: string): number => svg.match(/ mask="url\(/g)?.length ?? 0;
  const pixels = (svg: string): Buffer =>
    Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels);

  test.each([
    ['une fiche chiffrée', CARD],
    ['une fiche sans valeur', EVENT],
    ['une fiche aux textes démesurés, coupés', LONG],
  ])('sur %s, rend les mêmes pixels que le SVG de satori, avec moins de masques', async (_, card) => {
    const svg = await renderShareSvg(card);
    const simplified = withoutRedundantMasks(svg);
    expect(masked(simplified)).toBeLessThan(masked(svg));
    expect(pixels(simplified).equals(pixels(svg))).toBe(true);
  });

  test('laisse un masque qui n’est pas un simple rectangle blanc, ou un élément sans découpe', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
      '<mask id="a"><rect x="0" y="0" width="5" height="5" fill="#fff"/></mask>' +
      '<mask id="b"><rect x="0" y="0" width="5" height="5" fill="#fff"/><path d="M0,0h1" stroke="#000"/></mask>' +
      '<mask id="c"><rect x="0" y="0" width="5" height="5" fill="#fff" mask="url(#b)"/></mask>' +
      '<clipPath id="k"><rect x="0" y="0" width="5" height="5"/></clipPath>' +
      '<g mask="url(#a)" clip-path="url(#k)"/><g mask="url(#a)"/>' +
      '<g mask="url(#b)" clip-path="url(#k)"/><g mask="url(#c)" clip-path="url(#k)"/></svg>';
    const kept = withoutRedundantMasks(svg);
    expect(kept).toContain('<g clip-path="url(#k)"/><g mask="url(#a)"/>');
    expect(kept).toContain('<g mask="url(#b)" clip-path="url(#k)"/><g mask="url(#c)" clip-path="url(#k)"/>');
  });
});

describe('shareImageCached', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'share-images-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  test('le second appel est servi par le cache, aux mêmes octets ; une fiche modifiée ne l’est pas', async () => {
    const first = await shareImageWithStatus(CARD, cacheDir);
    expect(first.cached).toBe(false);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });

    // Same content built in another key order: still a hit.
    const { siteName, ...rest } = CARD;
    const second = await shareImageWithStatus({ siteName, ...rest }, cacheDir);
    expect(second.cached).toBe(true);
    expect(second.file).toBe(first.file);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);

    const changed = await shareImageWithStatus({ ...CARD, title: 'Soldats russes engagés' }, cacheDir);
    expect(changed.cached).toBe(false);
    expect(changed.file).not.toBe(first.file);

    // The plain API returns the cached bytes too.
    const plain = await shareImageCached(CARD, cacheDir);
    expect(Buffer.from(plain).equals(Buffer.from(first.png))).toBe(true);

    // Atomic write: only final <sha256>.png files, no leftover temp files.
    const files = (await readdir(cacheDir)).sort();
    expect(files).toHaveLength(2);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{64}\.png$/);
  });

  test('le rendu d’avance ne met en file que les images manquantes, rendues dans des threads de travail, aux mêmes octets', async () => {
    const cards = [1, 2, 3].map((k) => ({ ...CARD, title: `Carte rendue d’avance ${String(k)}` }));
    expect(await prerenderShareImages(cards, cacheDir)).toBe(3);
    // Asked again while rendering or once done: nothing new is queued.
    expect(await prerenderShareImages(cards, cacheDir)).toBe(0);
    for (const card of cards) {
      const { png } = await shareImageWithStatus(card, cacheDir);
      // The worker's PNG is the one the renderer makes in this thread.
      expect(Buffer.from(png).equals(Buffer.from(await renderShareImage(card)))).toBe(true);
    }
    expect(await prerenderShareImages(cards, cacheDir)).toBe(0);
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('des appels simultanés pour une même fiche absente du cache réussissent tous, aux mêmes octets', async () => {
    const card = { ...EVENT, title: 'Appels concurrents' };
    const results = await Promise.all([1, 2, 3].map(() => shareImageWithStatus(card, cacheDir)));
    const [a, ...others] = results.map((r) => Buffer.from(r.png));
    for (const b of others) expect(b.equals(a ?? Buffer.alloc(0))).toBe(true);
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('cache des images de partage', () => {
  test('chaque champ que l’image dessine change sa clé : un verdict corrigé donne une nouvelle image', async () => {
    const full: Required<ShareCard> = {
      kicker: 'Chiffre clé',
      title: 'Durée de la mission',
      value: '8 heures',
      quote: 'au cours d’une mission de huit heures',
      quoteIsArticle: true,
      quoteFocus: 'huit heures',
      verdict: 'Vérification : confirmé',
      source: 'D’après l’article du 30 novembre 2022',
      siteName: 'Patrouilles sino-russes',
    };
    const base = await shareImageHash(full);
    for (const key of Object.keys(full) as (keyof ShareCard)[]) {
      const changed = {
        ...full,
        [key]: typeof full[key] === 'boolean' ? !full[key] : `${String(full[key])} (modifié)`,
      };
      expect(await shareImageHash(changed), key).not.toBe(base);
    }
  });

  test('le code qui dessine l’image fait partie de la clé : une mise en page modifiée ne reprend aucune image', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'renderer-code-'));
    try {
      for (const file of RENDERER_MODULES) await cp(file, path.join(root, file), { recursive: true });
      const project = await rendererCodeDigest();
      expect(await rendererCodeDigest(root)).toBe(project);
      expect(await rendererIdentity()).toContain(project);
      // The layout edited (one line added): a new key, so a new image.
      const layout = path.join(root, 'src/lib/share-image-layout.ts');
      await writeFile(layout, `${await readFile(layout, 'utf8')}\n// teinte revue\n`);
      expect(await rendererCodeDigest(root)).not.toBe(project);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
