import type { Element } from 'hast';

/**
 * Whether an element declares a language other than French: a source quoted in English, Chinese…
 * keeps its own quotes, spaces and ordinals ("The “Marine Security Belt,” as…" is verbatim, not
 * French), so the typography plugins apply none of their French rules to its text.
 */
export function isOtherLanguage(element: Element): boolean {
  const lang = element.properties.lang;
  return typeof lang === 'string' && lang !== '' && !/^fr(-|$)/i.test(lang);
}
