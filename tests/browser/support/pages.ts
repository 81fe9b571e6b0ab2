import type { Browser, BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { newPage } from './chromium';

/**
 * Opens `url` in a page of its own context (options, if any), closed when the current test finishes,
 * and checks that the server answered 200. `beforeNavigation` runs, and is awaited, before the
 * navigation: to record requests or install an init script. Returns the page and the navigation's
 * response, for the tests that check its headers.
 */
export async function openWithResponse(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  beforeNavigation?: (page: Page) => unknown,
): Promise<{ page: Page; response: Response }> {
  const page = await newPage(browser, options);
  onTestFinished(() => page.close());
  await beforeNavigation?.(page);
  const response = await page.goto(url);
  expect(response?.status(), `statut HTTP de ${url}`).toBe(200);
  if (!response) throw new Error(`aucune réponse pour ${url}`);
  return { page, response };
}

/** {@link openWithResponse}, for the tests that need only the page. */
export async function openForTest(...args: Parameters<typeof openWithResponse>): Promise<Page> {
  return (await openWithResponse(...args)).page;
}

/** What the reader sees of the focused element: tag, class, text and link. */
export interface Focused {
  readonly tag: string;
  readonly text: string;
  readonly href: string | null;
  readonly classes: readonly string[];
  readonly inBody: boolean;
}

export function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href'),
      classes: [...el.classList],
      inBody: el.closest('.article-body') !== null,
    };
  });
}

/**
 * Presses Tab until the focused element satisfies `wanted`, as a keyboard reader would; fails (with
 * the path followed) after `max` presses.
 */
export async function tabUntil(page: Page, wanted: (el: Focused) => boolean, max = 80): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el && wanted(el)) return el;
    path.push(el ? `${el.tag}${el.href ? `[${el.href}]` : ''} « ${el.text.slice(0, 40)} »` : '(rien)');
  }
  throw new Error(`Élément attendu jamais atteint au clavier après ${max} Tab :\n  ${path.join('\n  ')}`);
}

/** The CSS preview of a mention (`::after { content: attr(data-apercu) }`) as it is rendered. */
export interface Preview {
  readonly display: string;
  /** The displayed text, with the CSS quotes removed. */
  readonly text: string;
  readonly apercu: string | null;
  /** Left and right edges of the preview, in px within the window. */
  readonly left: number;
  readonly right: number;
}

export function previewOf(mention: Locator): Promise<Preview> {
  return mention.evaluate((el) => {
    const style = getComputedStyle(el, '::after');
    const raw = style.content;
    const text = /^"(.*)"$/s.test(raw) ? raw.slice(1, -1).replace(/\\(.)/gs, '$1') : raw;
    const box = el.getBoundingClientRect();
    // A fixed preview (the phone layout) is placed against the window, not against its link.
    const left = (style.position === 'fixed' ? 0 : box.left) + (parseFloat(style.left) || 0);
    return {
      display: style.display,
      text,
      apercu: el.getAttribute('data-apercu'),
      left,
      right: left + (parseFloat(style.width) || 0),
    };
  });
}

/** Is the paragraph (at least partly) in the window? Waits until it gets there (scrolling). */
export async function waitInViewport(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.height > 0;
  }, selector);
}

/**
 * The text spacing WCAG 1.4.12 lets a reader set (line height 1.5, paragraphs 2 em apart, letters
 * 0.12 em and words 0.16 em apart), applied to the open page as the criterion's test bookmarklets do.
 */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
      ' p { margin-bottom: 2em !important; }',
  });
}
