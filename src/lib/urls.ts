const TIMELINE = '/chronologie/';

/**
 * A page of the timeline or of one of its filtered views, by the view's path ("" for the whole
 * timeline): "/chronologie/", "/chronologie/page/2/", "/chronologie/2022/", "/chronologie/pays/inde/".
 */
function timelineView(viewPath = '', page = 1): string {
  const view = viewPath === '' ? TIMELINE : `${TIMELINE}${viewPath}/`;
  return page === 1 ? view : `${view}page/${page}/`;
}

/** The site's URL scheme in one place: URLs are promises, built from content ids only. */
export const urls = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  /** An article's share image: `/articles/<slug>.png`. */
  articleImage: (slug: string) => `/articles/${slug}.png`,
  /** A page of the archive of articles: "/articles/", "/articles/page/2/". */
  archive: (page = 1) => (page === 1 ? '/articles/' : `/articles/page/${page}/`),
  /** A paragraph of a page, by the anchor made from its first words: "/articles/<slug>/#<id>". */
  paragraph: (pageUrl: string, paragraphId: string) => `${pageUrl}#${paragraphId}`,
  fact: (id: string) => `/faits/${id}/`,
  factImage: (id: string) => `/faits/${id}.png`,
  actor: (id: string) => `/acteurs/${id}/`,
  aircraft: (id: string) => `/appareils/${id}/`,
  place: (id: string) => `/lieux/${id}/`,
  /** The share image of an actor's, aircraft's or place's page: `/acteurs/russie.png`. */
  entityImage: (entityUrl: string) => entityUrl.replace(/\/$/, '.png'),
  timeline: () => TIMELINE,
  timelineView,
  /** An event's line on a page of the whole timeline: "/chronologie/#<id>", "/chronologie/page/2/#<id>". */
  timelineLine: (page: number, id: string) => `${timelineView('', page)}#${encodeURIComponent(id)}`,
  /** Every correction of a displayed fact, and their feed. */
  corrections: () => '/rectificatifs/',
  correctionsFeed: () => '/rectificatifs/rss.xml',
  /** The feed of the articles. */
  feed: () => '/rss.xml',
  search: () => '/recherche/',
  /** The open data page, and each of its downloads: "/donnees/faits.csv". */
  data: () => '/donnees/',
  dataFile: (name: string) => `/donnees/${name}`,
  /** The index of sitemaps `@astrojs/sitemap` writes, which robots.txt names. */
  sitemap: () => '/sitemap-index.xml',
  /** The directories of entities, one per kind. */
  directory: {
    actors: () => '/acteurs/',
    aircraft: () => '/appareils/',
    places: () => '/lieux/',
  },
  /** A path of the site as an absolute URL, for what leaves the site (structured data, feeds, exports). */
  absolute: (path: string, site: URL) => new URL(path, site).href,
} as const;
