import { urls } from './urls';
import { verdictLabels } from '../vocabulary/verdicts';
import { frenchTypography } from './french-typography';
import type { FigureFact, MentionFact } from './article-model';

/** A phrase of the article body to link to a fact card, with the preview shown on hover and focus. */
export interface MentionTarget {
  /** Exact words to find in the body (first occurrence only). */
  readonly phrase: string;
  readonly href: string;
  /** One line describing the card, shown without JavaScript. */
  readonly preview: string;
  /** The frontmatter field the phrase comes from, where a phrase that cannot be linked is reported. */
  readonly field: string;
}

/** An aircraft's designation and role, from its validated shared entry. */
export type AircraftLookup = (id: string) => { designation: string; role: string } | undefined;

/**
 * The links to weave into an article body, from the article's model: every figure's quote, and
 * each aircraft's designation as its quote writes it ("Tu-95" inside "les bombardiers Tu-95 de
 * l’armée de l’air russe"). Quotes the model could not find in the body are left out: they are
 * reported as such.
 */
export function mentionTargets(
  article: { readonly figures: readonly FigureFact[]; readonly aircraft: readonly MentionFact[] },
  aircraft: AircraftLookup,
): MentionTarget[] {
  const figures = article.figures.flatMap((figure, index) =>
    figure.quote.paragraphId
      ? [
          {
            phrase: figure.quote.text,
            href: urls.fact(figure.id),
            // The verdict travels with the figure: a reader hovering « 10,2 milliards » learns it is contradicted.
            preview: frenchTypography(
              `${figure.label} : ${figure.display}${figure.check ? ` (vérification : ${verdictLabels[figure.check.verdict]})` : ''}`,
            ),
            field: `figures[${index}].quote`,
          },
        ]
      : [],
  );
  const planes = article.aircraft.flatMap((mention, index) => {
    const entry = aircraft(mention.ref);
    if (!entry || !mention.quote.paragraphId) return [];
    // The designation as the quote spells it; the whole quote when the text spells it otherwise.
    const quote = mention.quote.text;
    const start = quote.toLowerCase().indexOf(entry.designation.toLowerCase());
    const phrase = start === -1 ? quote : quote.slice(start, start + entry.designation.length);
    return [
      {
        phrase,
        href: urls.aircraft(mention.ref),
        preview: frenchTypography(`${entry.designation} : ${entry.role}`),
        field: `aircraft[${index}].quote`,
      },
    ];
  });
  return [...figures, ...planes];
}
