/**
 * The layout of a share image (1200×630): what goes where, at which size, and which words fit.
 *
 * Pure: it builds a plain object tree (satori's React-element-like syntax, so no JSX/React is
 * needed) from a card; `share-image-render.ts` draws it. Like the renderer, it imports no Astro
 * module and nothing of the project beyond the share texts: it runs in the render workers of
 * `share-image-cache.ts`, loaded by Node itself rather than by Vite, and under vitest.
 */
// With its extension: the render workers load this module with Node's own type stripping.
import { bindFigure, quoteAround } from './share-text.ts';
import type { ShareCard } from './share-card.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** Horizontal padding of the card; the text column is what remains. */
const PAD_X = 72;
const CONTENT_WIDTH = SHARE_IMAGE_WIDTH - 2 * PAD_X;
// Text sizes are chosen for the image seen 400 px wide, a third of its size, as a feed shows it:
// nothing under 30 px (10 px seen).
const SMALL_PX = 30;
const QUOTE_PX = 32;
const QUOTE_LINE = Math.round(QUOTE_PX * 1.35);
const TITLE_PX = 40;
const VALUE_LH = 1.05;
const TITLE_LINE = Math.round(TITLE_PX * 1.2);
/**
 * Height of the central block: 630 minus top band (10), vertical padding
 * (48 + 44), kicker row (40), footer (58) and the block's own padding (2×16).
 */
const MAIN_HEIGHT = SHARE_IMAGE_HEIGHT - 10 - 48 - 44 - 40 - 58 - 2 * 16;
/** Characters of italic quote per line, pessimistic (~0.55 em each), beside its 28 px bar. */
const QUOTE_CHARS_PER_LINE = Math.floor((CONTENT_WIDTH - 28) / (QUOTE_PX * 0.55));

/** Rough line count for bold/semibold Source Serif (~0.6 em per character, pessimistic). */
const estLines = (text: string, px: number, max: number): number =>
  Math.min(max, Math.max(1, Math.ceil((text.length * px * 0.6) / CONTENT_WIDTH)));

// Site identity (kept in sync with the site's CSS by hand).
export const COLORS = {
  background: '#fbfaf7',
  text: '#1b2a41',
  accent: '#b3261e',
  muted: '#5a6577',
  rule: '#d9d5cc',
} as const;

// Source Serif 4, as the renderer registers it.
export const FAMILY = 'Source Serif 4';
// latin-ext is registered under its own family name so that satori only uses
// it as a fallback for glyphs missing from the latin subset (e.g. Ł, Ş, ă),
// while still matching weight and style within that family.
export const FAMILY_EXT = 'Source Serif 4 Ext';

/**
 * Normalise text before layout.
 *
 * - NFC: decomposed accents (e + U+0301) would otherwise be shaped as two
 *   glyphs and a combining mark may be missing from the subset.
 * - U+202F NARROW NO-BREAK SPACE (French thousands separator and the space
 *   inside « ») is NOT in Source Serif 4's glyph set (checked in the fontsource
 *   5.3.1 latin and latin-ext subsets), which would draw a .notdef box. It is
 *   mapped to U+00A0, which the font has and which still forbids a line break
 *   (U+2009 THIN SPACE would look closer but allows a break inside "2 000").
 * - A plain space after « or before » ; : ! ? becomes U+00A0 (the endpoint
 *   builds quotes as `« ${text} »`).
 * - Other invisible/odd spaces the font lacks (figure space, word joiner …)
 *   are mapped or dropped the same way; control characters and line breaks
 *   become plain spaces so the card stays a single paragraph per field.
 */
export function normalizeText(s: string): string {
  return (
    s
      .normalize('NFC')
      .replace(/[\u202F\u2007]/gu, '\u00A0')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '')
      .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
      .replace(/ {2,}/gu, ' ')
      // French spacing: a plain space typed inside « » or before ; : ! ? must
      // not let the mark start a new line on its own.
      .replace(/« /gu, '«\u00A0')
      .replace(/ ([»;:!?])/gu, '\u00A0$1')
      .trim()
  );
}

/**
 * Avoid a lone short word on the last line of a headline ("… du 30 /
 * novembre"): bind the last word to the previous one with a no-break space,
 * as a sub-editor would. `[^ ]` rather than `\S` so a trailing "\u00A0»"
 * counts as part of the last word. Skipped when the bound pair could be wider
 * than a line at `px` (~0.6 em per character, generous for bold serif).
 */
function noOrphan(s: string, px: number): string {
  return s.replace(/(^| )([^ ]+) ([^ ]{1,16})$/u, (whole, lead: string, prev: string, last: string) =>
    (prev.length + 1 + last.length) * px * 0.6 <= CONTENT_WIDTH ? `${lead}${prev}\u00A0${last}` : whole,
  );
}

/**
 * Hard cap on field length before layout. Visual clamping is done by
 * `lineClamp` (with an ellipsis); this only bounds layout work for absurd
 * inputs and cuts on a word boundary so the ellipsis lands after a word.
 */
function cap(s: string, max: number, ending = ELLIPSIS): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.search(/\s\S*$/u);
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}${ending}`;
}

const ELLIPSIS = '…';
/** A cut quotation still closes its guillemets: « … words… ». */
const QUOTE_ELLIPSIS = '…\u00A0»';

// Minimal typing of satori's React-element-like input: we only build divs.
type Style = Record<string, string | number>;
interface El {
  type: 'div';
  props: { style: Style; children?: string | El | (El | string)[] };
}
const div = (style: Style, children?: El['props']['children']): El =>
  children === undefined ? { type: 'div', props: { style } } : { type: 'div', props: { style, children } };

/**
 * A filled box standing for a CSS border. satori draws a border as a stroke inside three nested
 * clip paths, which resvg renders as offscreen layers; a filled box gives the same pixels for
 * less work (share images are most of a large build's time).
 */
const bar = (style: Style, color: string): El => div({ flexShrink: 0, ...style, backgroundColor: color });

/**
 * A text block clamped to `lines` lines with an ellipsis. `overflowWrap` so
 * that a single over-long token (URL, long compound) wraps instead of being
 * clipped at the right edge.
 */
const clamped = (text: string, lines: number, style: Style, ellipsis = ELLIPSIS): El =>
  div(
    {
      display: 'block',
      // satori reads `lineClamp: '3 "…"'` as CSS's block-ellipsis: what ends a clamped block.
      lineClamp: `${lines} "${ellipsis}"`,
      textOverflow: 'ellipsis',
      overflow: 'hidden',
      overflowWrap: 'break-word',
      ...style,
    },
    text,
  );

// No `textWrap: balance`/`pretty`: in satori 0.63 they break lines far too
// early (and `balance` + `lineClamp` drops text that would have fit), so
// greedy wrapping is the predictable choice for clamped text.

/** Pick a font size from the text length so short values stay big and long ones fit. */
function sizeFor(
  text: string,
  steps: readonly (readonly [maxChars: number, px: number])[],
  min: number,
): number {
  for (const [maxChars, px] of steps) if (text.length <= maxChars) return px;
  return min;
}

/**
 * What the image draws and where, as satori's element tree: sizes chosen from the texts' lengths,
 * each text normalised, bound against orphans, and cut to the lines its box has room for.
 */
export function shareImageTree(card: ShareCard): El {
  // Upper-cased here rather than with `textTransform`: satori measures the
  // text before the transform, so a clamped uppercase label got an ellipsis
  // too early. 'fr' locale keeps accents (É) as the French press does.
  const kicker = cap(normalizeText(card.kicker), 60).toLocaleUpperCase('fr');
  const rawTitle = cap(normalizeText(card.title), 200);
  const rawValue = card.value === undefined ? '' : cap(normalizeText(card.value), 120);
  // The article's words come in « »; a series label ("5e patrouille…") is ours and has none.
  const quoteEnding = card.quoteIsArticle ? QUOTE_ELLIPSIS : ELLIPSIS;
  const source = cap(normalizeText(card.source), 160);
  const verdict =
    card.verdict === undefined ? '' : cap(normalizeText(card.verdict), 40).toLocaleUpperCase('fr');
  // The quote is cut to its lines here, around the figure's words and at word boundaries, once the
  // room left by the figure and the title is known.
  const quoteFor = (lines: number): string => {
    if (card.quote === undefined) return '';
    const room = lines * QUOTE_CHARS_PER_LINE - (card.quoteIsArticle ? 4 : 0);
    const words = quoteAround(
      normalizeText(card.quote),
      card.quoteFocus && normalizeText(card.quoteFocus),
      room,
    );
    return noOrphan(card.quoteIsArticle ? `«\u00A0${words}\u00A0»` : words, QUOTE_PX);
  };
  const siteName = cap(normalizeText(card.siteName), 60);

  const main: El[] = [];
  // Quote lines: 3 under a headline title; under a figure, whatever the
  // figure and title leave (a two-line 88 px figure leaves room for one).
  let quoteLines = 3;
  if (rawValue !== '') {
    // Short figures stay huge; longer phrasings step down so they fit 2 lines.
    const px = sizeFor(
      rawValue,
      [
        [16, 104],
        [24, 88],
        [34, 72],
      ],
      60,
    );
    const used =
      estLines(rawValue, px, 2) * Math.round(px * VALUE_LH) +
      16 +
      estLines(rawTitle, TITLE_PX, 2) * TITLE_LINE +
      28;
    quoteLines = Math.max(1, Math.min(2, Math.floor((MAIN_HEIGHT - used) / QUOTE_LINE)));
    main.push(
      clamped(noOrphan(bindFigure(rawValue), px), 2, {
        fontSize: px,
        fontWeight: 700,
        lineHeight: VALUE_LH,
        letterSpacing: -1,
        color: COLORS.text,
      }),
    );
    main.push(
      clamped(noOrphan(rawTitle, TITLE_PX), 2, {
        fontSize: TITLE_PX,
        fontWeight: 600,
        lineHeight: TITLE_LINE / TITLE_PX,
        color: COLORS.text,
        marginTop: 16,
      }),
    );
  } else {
    // Without a figure, the title is the headline.
    const px = sizeFor(
      rawTitle,
      [
        [40, 72],
        [70, 60],
      ],
      52,
    );
    main.push(
      clamped(noOrphan(rawTitle, px), 3, {
        fontSize: px,
        fontWeight: 700,
        lineHeight: 1.12,
        letterSpacing: -0.5,
        color: COLORS.text,
      }),
    );
  }
  const quote = quoteFor(quoteLines);
  if (quote !== '') {
    main.push(
      div(
        {
          display: 'flex',
          marginTop: 28,
        },
        [
          // Accent bar down the quote's left side (a filled box rather than a border: see `bar`).
          bar({ width: 4, marginRight: 24 }, COLORS.accent),
          clamped(
            quote,
            quoteLines,
            {
              fontSize: QUOTE_PX,
              fontStyle: 'italic',
              fontWeight: 400,
              lineHeight: QUOTE_LINE / QUOTE_PX,
              color: COLORS.muted,
            },
            quoteEnding,
          ),
        ],
      ),
    );
  }

  return div(
    {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      // satori follows CSS here: content-box by default, so padding and the
      // top band would otherwise grow the root past 1200×630.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.background,
      fontFamily: `"${FAMILY}", "${FAMILY_EXT}"`,
      color: COLORS.text,
      // 48 px below the top band.
      padding: `58px ${String(PAD_X)}px 44px`,
    },
    [
      // Thin accent band along the top edge: recognisable even as a thumbnail.
      bar({ position: 'absolute', top: 0, left: 0, width: SHARE_IMAGE_WIDTH, height: 10 }, COLORS.accent),
      // Kicker: short red rule + letter-spaced capitals.
      div({ display: 'flex', alignItems: 'center' }, [
        div({ width: 40, height: 4, backgroundColor: COLORS.accent, marginRight: 16 }),
        clamped(kicker, 1, {
          fontSize: SMALL_PX,
          fontWeight: 700,
          letterSpacing: 2,
          color: COLORS.accent,
          flexGrow: 1,
          flexShrink: 1,
          minWidth: 0,
        }),
        // The verdict in the text colour, boxed: legible as a thumbnail, and never only a colour.
        ...(verdict === ''
          ? []
          : [
              // A frame drawn as a filled box around a filled box, as `bar` explains.
              div(
                { display: 'flex', flexShrink: 0, marginLeft: 24, padding: 3, backgroundColor: COLORS.text },
                [
                  div(
                    {
                      display: 'flex',
                      padding: '4px 14px',
                      backgroundColor: COLORS.background,
                      fontSize: SMALL_PX,
                      fontWeight: 700,
                      letterSpacing: 1,
                      color: COLORS.text,
                    },
                    verdict,
                  ),
                ],
              ),
            ]),
      ]),
      // Main block, vertically centred in the remaining space; overflow is
      // hidden as a last resort, the clamps above are sized to fit.
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          flexShrink: 1,
          minHeight: 0,
          overflow: 'hidden',
          padding: '16px 0',
        },
        main,
      ),
      // Footer: hairline, source on the left, site name on the right.
      bar({ height: 1 }, COLORS.rule),
      div(
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          paddingTop: 20,
        },
        [
          clamped(source, 1, {
            fontSize: SMALL_PX,
            fontWeight: 400,
            color: COLORS.muted,
            flexShrink: 1,
            minWidth: 0,
            marginRight: 32,
          }),
          clamped(siteName, 1, {
            fontSize: SMALL_PX,
            fontWeight: 700,
            color: COLORS.text,
            flexShrink: 0,
            maxWidth: 460,
          }),
        ],
      ),
    ],
  );
}
