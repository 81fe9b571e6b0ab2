import { urls } from './urls';

/**
 * What every feed of the site says of itself: its language and its own absolute address
 * (`atom:link rel="self"`, as the RSS Advisory Board and the W3C validator ask), so that readers
 * handed a copy or a redirect subscribe to the real one. For `@astrojs/rss`'s options.
 */
export function feedChannel(path: string, site: URL): { xmlns: Record<string, string>; customData: string } {
  return {
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>fr-FR</language>',
      `<atom:link href="${urls.absolute(path, site)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  };
}
