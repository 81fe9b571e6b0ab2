import type { ArticleModel } from './article-model';
import type { FactCard } from './cards';
import { quoteLink, type LocatedQuote } from './quotes';

export type EntityCollection = 'actors' | 'aircraft' | 'places';

/** Where an entity appears: the articles naming it (with their words) and the facts involving it. */
export interface EntityAppearances {
  readonly mentions: readonly { article: ArticleModel; quote: LocatedQuote; link: string }[];
  readonly facts: readonly FactCard[];
}

/** Everything that involves one actor, aircraft or place, across every article. */
export function appearancesOf(
  collection: EntityCollection,
  id: string,
  articles: readonly ArticleModel[],
  cards: readonly FactCard[],
): EntityAppearances {
  const mentions = articles.flatMap((article) =>
    article[collection]
      .filter((mention) => mention.ref === id)
      .map((mention) => ({ article, quote: mention.quote, link: quoteLink(article.url, mention.quote) })),
  );
  const facts = cards.filter((card) => card[collection].includes(id));
  return { mentions, facts };
}
