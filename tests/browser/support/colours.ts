import { blend, parse, wcagContrast, type Color } from 'culori';
import type { Locator } from 'playwright-core';

/**
 * What an element's pixels are made of, as Chromium computed them: its text colour, its outline,
 * and the background of the element and of each ancestor up to <html>, innermost first (forced
 * colours included: `getComputedStyle` returns the colours the reader's palette put in place).
 */
interface Painted {
  readonly color: string;
  readonly outline: { readonly style: string; readonly width: number; readonly color: string };
  readonly backgrounds: readonly string[];
}

function paintedOf(element: Locator): Promise<Painted> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    const backgrounds: string[] = [];
    for (let el: Element | null = node; el; el = el.parentElement) {
      backgrounds.push(getComputedStyle(el).backgroundColor);
    }
    return {
      color: style.color,
      outline: {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
      },
      backgrounds,
    };
  });
}

function colour(css: string): Color {
  const parsed = parse(css);
  if (!parsed) throw new Error(`couleur illisible : ${css}`);
  return parsed;
}

/**
 * The colour seen behind the element: each background laid over the one beneath it, from the
 * window's white canvas up. A translucent wash is what the reader sees mixed with what is under it.
 */
function seenBehind(backgrounds: readonly string[]): Color {
  return blend([colour('white'), ...[...backgrounds].reverse().map(colour)], 'normal');
}

/** WCAG contrast ratio between an element's text and what is seen behind it. */
export async function textContrast(element: Locator): Promise<number> {
  const painted = await paintedOf(element);
  const behind = seenBehind(painted.backgrounds);
  return wcagContrast(blend([behind, colour(painted.color)], 'normal'), behind);
}

/**
 * An element's outline, and its WCAG contrast against what is seen around it (the parent's
 * backgrounds): 0 when there is no outline to see.
 */
export async function outlineContrast(element: Locator): Promise<number> {
  const { outline, backgrounds } = await paintedOf(element);
  if (outline.style === 'none' || outline.width < 1) return 0;
  const around = seenBehind(backgrounds.slice(1));
  return wcagContrast(blend([around, colour(outline.color)], 'normal'), around);
}
