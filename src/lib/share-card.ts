/** What a share image says (Open Graph, 1200×630): the texts of one card, before they are fitted. */
export interface ShareCard {
  /** Small label above the content, e.g. "Chiffre clé", "Événement", "Appareil". */
  kicker: string;
  /** e.g. "Soldats chinois engagés". */
  title: string;
  /** Headline figure, e.g. "plus de 2 000 soldats" (may contain U+202F / U+00A0). */
  value?: string;
  /** The article's own words (its sentence), shown in « », or a line of ours (a series rank). */
  quote?: string;
  /** True when `quote` is the article's words: drawn in « ». */
  quoteIsArticle?: boolean;
  /** The words of `quote` the image must show whole, however short the room (the figure's own). */
  quoteFocus?: string;
  /** What sources make of the fact: "Vérification : contredit", beside the kicker. */
  verdict?: string;
  /** e.g. "Article du 30 novembre 2022 · Patrouilles sino-russes". */
  source: string;
  siteName: string;
}
