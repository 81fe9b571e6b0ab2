import type { BodyParagraph } from './article-body';
import { urls } from './urls';

/** Where a quote stands in the article: its paragraph and the sentence(s) around it. */
export interface LocatedQuote {
  /** The quote itself, verbatim. */
  readonly text: string;
  /** Anchor of the paragraph that contains it. */
  readonly paragraphId: string;
  /** The full sentence(s) the quote stands in, as a reader sees them. */
  readonly sentence: string;
}

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

/** Abbreviations that end with a full stop without ending the sentence: "M. Poutine", "Mme", "av. J.-C.". */
const ABBREVIATION =
  /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|av|apr|J\.-C|etc|cf|p|art|n°)\.\s*$/;

/** French sentences: Intl's segmentation, with breaks after common abbreviations undone. */
export function sentences(text: string): { index: number; segment: string }[] {
  const merged: { index: number; segment: string }[] = [];
  let glue = false;
  for (const { index, segment } of segmenter.segment(text)) {
    const last = merged.at(-1);
    if (glue && last) last.segment += segment;
    else merged.push({ index, segment });
    glue = ABBREVIATION.test(segment);
  }
  return merged;
}

/** Finds a quote in the body's paragraphs; undefined when it is not there verbatim. */
export function locateQuote(paragraphs: readonly BodyParagraph[], quote: string): LocatedQuote | undefined {
  for (const paragraph of paragraphs) {
    const start = paragraph.text.indexOf(quote);
    if (start === -1) continue;
    const end = start + quote.length;
    // Every sentence the quote touches, so a quote that runs over a full stop keeps its context.
    const touched = sentences(paragraph.text).filter(
      (s) => s.index < end && s.index + s.segment.length > start,
    );
    return {
      text: quote,
      paragraphId: paragraph.id,
      sentence: touched
        .map((s) => s.segment)
        .join('')
        .trim(),
    };
  }
  return undefined;
}

/**
 * A link that lands on the paragraph and, in browsers that support text fragments,
 * highlights the quoted words (`#id:~:text=…`). Browsers without support use the plain anchor.
 */
export function quoteLink(articleUrl: string, quote: LocatedQuote): string {
  return `${urls.paragraph(articleUrl, quote.paragraphId)}:~:text=${encodeTextFragment(quote.text)}`;
}

/** Text fragment syntax reserves `-`, `,` and `&` on top of what encodeURIComponent escapes. */
function encodeTextFragment(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
