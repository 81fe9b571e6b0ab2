/** The site's URL scheme in one place: URLs are promises, built from content ids only. */
export const urls = {
  article: (slug: string) => `/articles/${slug}/`,
  /** An article's share image: `/articles/<slug>.png`. */
  articleImage: (slug: string) => `/articles/${slug}.png`,
  fact: (id: string) => `/faits/${id}/`,
  factImage: (id: string) => `/faits/${id}.png`,
  actor: (id: string) => `/acteurs/${id}/`,
  aircraft: (id: string) => `/appareils/${id}/`,
  place: (id: string) => `/lieux/${id}/`,
  /** The share image of an actor's, aircraft's or place's page: `/acteurs/russie.png`. */
  entityImage: (entityUrl: string) => entityUrl.replace(/\/$/, '.png'),
  timeline: () => '/chronologie/',
  /** Every correction of a displayed fact, and their feed. */
  corrections: () => '/rectificatifs/',
  correctionsFeed: () => '/rectificatifs/rss.xml',
  /** The directories of entities, one per kind. */
  directory: {
    actors: () => '/acteurs/',
    aircraft: () => '/appareils/',
    places: () => '/lieux/',
  },
} as const;
