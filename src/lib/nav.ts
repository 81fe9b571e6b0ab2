/** The site's main navigation, in reading order. */
export const mainNav = [
  { href: '/', label: 'Accueil' },
  { href: '/chronologie/', label: 'Chronologie' },
  { href: '/donnees/', label: 'Données' },
  { href: '/recherche/', label: 'Recherche' },
] as const;

/** Name of the site, used in titles, share images and the feed. */
export const siteName = 'Patrouilles sino-russes';
export const siteDescription =
  'Analyse d’actualité en français : la coopération militaire sino-russe, ses patrouilles conjointes et ses exercices, faits sourcés à l’appui.';
