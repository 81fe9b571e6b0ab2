import type { ContextSource } from '../schema/context-event';

/** A web page cited by a researched event, with every passage the research quotes from it. */
export interface CitedPage {
  readonly url: string;
  /** What readers see: the publisher the content names, else the page's domain ("kurv.com"). */
  readonly name: string;
  /** Language of the passages, for the link's `hreflang`; undefined when they differ. */
  readonly lang: string | undefined;
  /** The passages, in the content's order: each keeps its excerpt, translations and note. */
  readonly passages: readonly ContextSource[];
}

/** "www.kurv.com" → "kurv.com": the prefixes say nothing about who published the page. */
export const domainName = (url: string): string => new URL(url).hostname.replace(/^(www|m|amp)\./, '');

/** What readers see of a source: the publisher the content names, else the page's domain. */
export const sourceName = (source: { url: string; publisher?: string | undefined }): string =>
  source.publisher ?? domainName(source.url);

/**
 * The pages behind a researched event, each once, in order of first citation.
 *
 * The research quotes some pages twice, one passage per fact. Readers, links and the data
 * downloads count pages: a page listed twice reads as two sources where there is one.
 */
export function citedPages(sources: readonly ContextSource[]): CitedPage[] {
  const byUrl = new Map<string, ContextSource[]>();
  for (const source of sources) {
    const passages = byUrl.get(source.url);
    if (passages) passages.push(source);
    else byUrl.set(source.url, [source]);
  }
  return [...byUrl].map(([url, passages]) => {
    const langs = new Set(passages.map((passage) => passage.lang));
    // `contextEventSchema` requires every passage of a page to name the same publisher.
    const { publisher } = passages[0]!;
    return {
      url,
      name: sourceName({ url, publisher }),
      lang: langs.size === 1 ? passages[0]!.lang : undefined,
      passages,
    };
  });
}
