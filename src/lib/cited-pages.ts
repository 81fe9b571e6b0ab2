import type { ContextSource } from '../schema/context-event';
import { publisherKind, publisherOf, type Publishers } from './claim-checks';

/** A web page cited by a researched event, with every passage the research quotes from it. */
export interface CitedPage {
  readonly url: string;
  /** Its publisher's name, as `content/publishers/` gives it. */
  readonly name: string;
  /** What kind of source it is: « agence de presse, Russie », « agrégateur ou copie ». */
  readonly publisherKind: string;
  /** Language of the passages, for the link's `hreflang`; undefined when they differ. */
  readonly lang: string | undefined;
  /** The passages, in the content's order: each keeps its excerpt, translations and note. */
  readonly passages: readonly ContextSource[];
}

/**
 * The pages behind a researched event, each once, in order of first citation.
 *
 * The research quotes some pages twice, one passage per fact. Readers, links and the data
 * downloads count pages: a page listed twice reads as two sources where there is one.
 */
export function citedPages(sources: readonly ContextSource[], publishers: Publishers): CitedPage[] {
  const byUrl = new Map<string, ContextSource[]>();
  for (const source of sources) {
    const passages = byUrl.get(source.url);
    if (passages) passages.push(source);
    else byUrl.set(source.url, [source]);
  }
  return [...byUrl].map(([url, passages]) => {
    const langs = new Set(passages.map((passage) => passage.lang));
    // `contextEventSchema` requires every passage of a page to name the same publisher.
    const publisher = publisherOf(passages[0]!.publisher, publishers);
    return {
      url,
      name: publisher.name,
      publisherKind: publisherKind(publisher),
      lang: langs.size === 1 ? passages[0]!.lang : undefined,
      passages,
    };
  });
}
