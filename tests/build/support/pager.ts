import { expect } from 'vitest';

/**
 * Asserts what a reader of a paged listing relies on, on every built page of it (`pages`, first to
 * last, the first at `firstUrl`, the others at `firstUrl` + "page/N/"): every page linked, the
 * current one marked, previous and next where they exist.
 */
export function expectPagerOnEveryPage(pages: readonly string[], firstUrl: string): void {
  pages.forEach((html, index) => {
    expect(html.includes(`href="${firstUrl}"`)).toBe(true);
    for (let n = 2; n <= pages.length; n++)
      expect(html.includes(`href="${firstUrl}page/${n}/"`), `lien vers la page ${n}`).toBe(true);
    // \s: the space before ":" is a narrow no-break space (French typography).
    const current = new RegExp(`aria-current="page">\\s*Page ${index + 1}\\s:`);
    expect(current.test(html), `page ${index + 1} marquée comme courante`).toBe(true);
    expect(html.includes('rel="prev"')).toBe(index > 0);
    expect(html.includes('rel="next"')).toBe(index < pages.length - 1);
  });
}
