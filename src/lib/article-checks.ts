import type { ArticleModel } from './article-model';
import { articleCards, type FactCard } from './cards';
import type { Verdict } from '../vocabulary/verdicts';

/** One checked statement of an article, as its verification list shows it. */
export interface ArticleCheck {
  /** The card that shows the statement and its sources. */
  readonly url: string;
  readonly title: string;
  /** The article's exact words. */
  readonly quote: string;
  /** The paragraph they are in (its anchor), to read them in place. */
  readonly paragraphId: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly summary: string;
}

/**
 * Every checked fact of an article (figures, events, other statements) in the order a reader
 * meets its words: by paragraph, then by position in the paragraph. An event the record holds is
 * listed with the record's card, where its verification is.
 */
export function articleChecks(article: ArticleModel, cards: readonly FactCard[]): ArticleCheck[] {
  const order = new Map(article.paragraphs.map((paragraph, index) => [paragraph.id, index]));
  const position = (card: FactCard) =>
    article.paragraphs[order.get(card.quote.paragraphId) ?? 0]?.text.indexOf(card.quote.text) ?? 0;
  return articleCards(article, cards)
    .filter((card) => card.check !== undefined)
    .sort(
      (a, b) =>
        (order.get(a.quote.paragraphId) ?? 0) - (order.get(b.quote.paragraphId) ?? 0) ||
        position(a) - position(b),
    )
    .map((card) => ({
      url: card.url,
      title: card.title,
      quote: card.quote.text,
      paragraphId: card.quote.paragraphId,
      verdict: card.check!.verdict,
      verdictLabel: card.check!.verdictLabel,
      summary: card.check!.summary,
    }));
}
