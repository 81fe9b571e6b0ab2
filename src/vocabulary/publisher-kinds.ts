/** What sort of publisher a source is: a reader weighs an excerpt by who published it. */
export const publisherKinds = [
  'agence-de-presse',
  'media-d-etat',
  'ministere',
  'journal',
  'television',
  'site-specialise',
  'agregateur',
  'blog',
  'institut-de-recherche',
  'organisation-internationale',
  'encyclopedie',
] as const;
export type PublisherKind = (typeof publisherKinds)[number];

export const publisherKindLabels: Record<PublisherKind, string> = {
  'agence-de-presse': 'agence de presse',
  'media-d-etat': 'média d’État',
  ministere: 'ministère',
  journal: 'journal',
  television: 'chaîne de télévision',
  'site-specialise': 'site spécialisé',
  agregateur: 'agrégateur ou copie',
  blog: 'blog',
  'institut-de-recherche': 'institut de recherche',
  'organisation-internationale': 'organisation internationale',
  encyclopedie: 'encyclopédie collaborative',
};
