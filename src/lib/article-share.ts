import type { ArticleCheck } from './article-checks';
import type { ArticleModel } from './article-model';
import { formatCount } from './figure-format';
import { siteName } from './nav';
import type { ShareCard } from './share-card';

/**
 * An article's share image: its headline, the newsroom's summary (ours: no « »), and what the
 * sources made of its claims, boxed as a card's verdict is: how many they contradict, out of how
 * many checked (« 2 affirmations contredites sur 23 »), else how many were checked.
 */
export function articleShareCard(article: ArticleModel, checks: readonly ArticleCheck[]): ShareCard {
  const contradicted = checks.filter((check) => check.verdict === 'contredit').length;
  const verdict =
    contradicted > 0
      ? `${formatCount(contradicted, { one: 'affirmation contredite', other: 'affirmations contredites' })} sur ${checks.length}`
      : formatCount(checks.length, { one: 'affirmation vérifiée', other: 'affirmations vérifiées' });
  return {
    kicker: 'Article',
    title: article.title,
    quote: article.summary,
    ...(checks.length > 0 ? { verdict } : {}),
    source: `Article du ${article.dateText}`,
    siteName,
  };
}
