import { urls } from './urls';

/** The site's main navigation, in reading order. */
export const mainNav = [
  { href: urls.home(), label: 'Accueil' },
  { href: urls.timeline(), label: 'Chronologie' },
  { href: urls.data(), label: 'Données' },
  { href: urls.search(), label: 'Recherche' },
] as const;

/** Name of the site, used in titles, share images and the feed. */
export const siteName = 'Patrouilles sino-russes';
export const siteDescription =
  'Analyse d’actualité en français : la coopération militaire sino-russe, ses patrouilles conjointes et ses exercices, faits sourcés à l’appui.';
