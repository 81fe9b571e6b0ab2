import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on the page and fails with a readable list
 * (rule, help, target selectors). The page must come from `browser.newContext()` (see
 * `newPage()` in ./chromium.ts), or @axe-core/playwright refuses to run.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const targets = violation.nodes
      // One target per frame (iframe); a selector given as an array crosses a shadow DOM.
      .map((node) => node.target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : s)).join(' → '))
      .map((target) => `    - ${target}`)
      .join('\n');
    return `• ${violation.id} (${violation.impact ?? 'n/a'}) : ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(`${violations.length} violation(s) axe sur ${page.url()} :\n${lines.join('\n')}`);
}
