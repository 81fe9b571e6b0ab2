import type { ArticleModel } from './article-model';
import type { EntityAppearances } from './entity-index';
import type { LocatedQuote } from './quotes';
import { chunk } from './chunk';
import { publishedSpan, type Published } from './published-span';

/**
 * At most this many articles per page of an actor, aircraft or place. Today every entity fits on
 * one page; a newsroom publishing by the hundred would otherwise give Russia one page listing every
 * mention and fact of every article (2.3 MB of HTML at 1,000 articles, measured with the bench).
 */
export const ENTITY_PAGE_SIZE = 50;

/** One page of an entity: a run of articles, with their mentions and the facts drawn from them. */
export interface EntityPageSlice {
  /** 1-based. */
  readonly number: number;
  readonly appearances: EntityAppearances;
  /** "articles du 13 octobre 2022 au 30 novembre 2022": what the page covers, for the page list. */
  readonly span: string;
}

/**
 * Cuts an entity's appearances into pages of at most `size` articles, in the order they come
 * (the site's article order). An article's mentions and its facts always share a page, so a
 * reader finds everything one article says about the entity in one place. An entity named by no
 * article still has its one page.
 */
export function paginateAppearances(
  appearances: EntityAppearances,
  size: number = ENTITY_PAGE_SIZE,
): EntityPageSlice[] {
  // Articles in the order they first appear (mentions, then facts naming the entity only through a
  // fact), with their publication dates for the page list.
  const dates = new Map<string, Published>();
  for (const { article } of appearances.mentions)
    if (!dates.has(article.slug)) dates.set(article.slug, article);
  for (const { source } of appearances.facts) if (!dates.has(source.slug)) dates.set(source.slug, source);
  return chunk([...dates.keys()], size).map((slugs, index) => {
    const onPage = new Set(slugs);
    return {
      number: index + 1,
      appearances: {
        mentions: appearances.mentions.filter((mention) => onPage.has(mention.article.slug)),
        facts: appearances.facts.filter((fact) => onPage.has(fact.source.slug)),
      },
      span: publishedSpan(slugs.map((slug) => dates.get(slug)!)),
    };
  });
}

/** URL of a page of an entity: "/acteurs/russie/", "/acteurs/russie/page/2/". */
export function entityPageUrl(entityUrl: string, page: number): string {
  return page === 1 ? entityUrl : `${entityUrl}page/${page}/`;
}

/** A page of an entity as it renders: its articles' links and quoted passages, its facts' links. */
export interface EntityPageView {
  readonly number: number;
  readonly span: string;
  readonly mentions: readonly {
    readonly article: Pick<ArticleModel, 'url' | 'title' | 'dateIso' | 'dateText'>;
    readonly quote: LocatedQuote;
    readonly link: string;
  }[];
  readonly facts: readonly { url: string; title: string; value: string | undefined }[];
}

/**
 * What a page of an entity receives from its route's getStaticPaths: its own run of articles and
 * facts, and the list of its pages, nothing more. Its props are its cache key's input: each page
 * carrying the whole record would make every rebuild digest Russia's articles once per page.
 */
export interface EntityPageProps {
  readonly pages: readonly { number: number; span: string }[];
  readonly page: EntityPageView;
}

function pageView(slice: EntityPageSlice): EntityPageView {
  return {
    number: slice.number,
    span: slice.span,
    mentions: slice.appearances.mentions.map(({ article, quote, link }) => ({
      article: {
        url: article.url,
        title: article.title,
        dateIso: article.dateIso,
        dateText: article.dateText,
      },
      quote,
      link,
    })),
    facts: slice.appearances.facts.map((card) => ({ url: card.url, title: card.title, value: card.value })),
  };
}

/**
 * Static paths of every page of every entity of a collection: the first at the entity's own URL
 * (`[id]/[...page]` with no rest), the others under `page/N`.
 */
export function entityPagePaths(
  ids: Iterable<string>,
  appearancesOf: (id: string) => EntityAppearances,
  size: number = ENTITY_PAGE_SIZE,
) {
  return [...ids].flatMap((id) => {
    const slices = paginateAppearances(appearancesOf(id), size);
    const pages = slices.map(({ number, span }) => ({ number, span }));
    return slices.map((slice) => ({
      params: { id, page: slice.number > 1 ? `page/${slice.number}` : undefined },
      props: { pages, page: pageView(slice) } satisfies EntityPageProps,
    }));
  });
}
