import type { Root } from 'hast';
import { expect } from 'vitest';
import { $$, attr, textContent } from '../../site/support/built';

/**
 * Asserts what a reader of a paged listing relies on, on every built page of it (`pages`, first to
 * last, the first at `firstUrl`, the others at `firstUrl` + "page/N/"): every page linked, the
 * current one marked, previous and next where they exist.
 */
export function expectPagerOnEveryPage(pages: readonly Root[], firstUrl: string): void {
  pages.forEach((tree, index) => {
    const links = new Set($$(tree, 'a[href]').map((a) => attr(a, 'href')));
    expect(links.has(firstUrl), `lien vers la page 1`).toBe(true);
    for (let n = 2; n <= pages.length; n++)
      expect(links.has(`${firstUrl}page/${n}/`), `lien vers la page ${n}`).toBe(true);
    const current = $$(tree, '[aria-current="page"]').map((el) => textContent(el).trim());
    // \s: the space before ":" is a narrow no-break space (French typography).
    expect(
      current.some((text) => new RegExp(`^Page ${index + 1}\\s:`).test(text)),
      `page ${index + 1} marquée comme courante`,
    ).toBe(true);
    expect($$(tree, '[rel="prev"]').length > 0, 'lien vers la page précédente').toBe(index > 0);
    expect($$(tree, '[rel="next"]').length > 0, 'lien vers la page suivante').toBe(index < pages.length - 1);
  });
}
