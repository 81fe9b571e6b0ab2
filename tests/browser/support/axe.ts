import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Lance axe-core (WCAG 2.0/2.1 A et AA, 2.2 AA) sur la page et échoue avec une liste lisible
 * (règle, aide, sélecteurs des cibles). La page doit venir de `browser.newContext()`
 * (voir `newPage()` dans ./chromium.ts), sinon @axe-core/playwright refuse de s’exécuter.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const targets = violation.nodes
      // Une cible par cadre (iframe) ; un sélecteur en tableau traverse un shadow DOM.
      .map((node) => node.target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : s)).join(' → '))
      .map((target) => `    - ${target}`)
      .join('\n');
    return `• ${violation.id} (${violation.impact ?? 'n/a'}) : ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(`${violations.length} violation(s) axe sur ${page.url()} :\n${lines.join('\n')}`);
}
