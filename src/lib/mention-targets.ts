import { formatFigure } from './figure-format';
import type { Qualifier } from '../vocabulary/qualifiers';
import type { Unit } from '../vocabulary/units';
import { urls } from './urls';
import { verdictLabels, type Verdict } from '../vocabulary/verdicts';
import { frenchTypography } from './french-typography';

/** A phrase of the article body to link to a fact card, with the preview shown on hover and focus. */
export interface MentionTarget {
  /** Exact words to find in the body (first occurrence only). */
  readonly phrase: string;
  readonly href: string;
  /** One line describing the card, shown without JavaScript. */
  readonly preview: string;
}

/** The parts of an article's frontmatter the links are derived from (raw, as the markdown plugin sees it). */
export interface MentionSource {
  readonly figures?: readonly {
    id: string;
    label: string;
    value: number;
    unit: Unit;
    qualifier?: Qualifier;
    quote: string;
    check?: { verdict: Verdict };
  }[];
  readonly aircraft?: readonly { ref: string; quote: string }[];
}

/** An aircraft's designation and role, read from its shared entry. */
export type AircraftLookup = (id: string) => { designation: string; role: string } | undefined;

/**
 * The links to weave into an article body: every figure's quote, and each aircraft's designation
 * as its quote writes it ("Tu-95" inside "les bombardiers Tu-95 de l’armée de l’air russe").
 */
export function mentionTargets(source: MentionSource, aircraft: AircraftLookup): MentionTarget[] {
  const figures = (source.figures ?? []).map((figure) => ({
    phrase: figure.quote,
    href: urls.fact(figure.id),
    // The verdict travels with the figure: a reader hovering « 10,2 milliards » learns it is contradicted.
    preview: frenchTypography(
      `${figure.label} : ${formatFigure(figure)}${figure.check ? ` (vérification : ${verdictLabels[figure.check.verdict]})` : ''}`,
    ),
  }));
  const planes = (source.aircraft ?? []).flatMap((mention) => {
    const entry = aircraft(mention.ref);
    if (!entry) return [];
    // The designation as the quote spells it; the whole quote when the text spells it otherwise.
    const quote = mention.quote.normalize('NFC');
    const start = quote.toLowerCase().indexOf(entry.designation.toLowerCase());
    const phrase = start === -1 ? quote : quote.slice(start, start + entry.designation.length);
    return [
      {
        phrase,
        href: urls.aircraft(mention.ref),
        preview: frenchTypography(`${entry.designation} : ${entry.role}`),
      },
    ];
  });
  // Raw frontmatter and entries may be saved with decomposed accents: the body is read in NFC.
  return [...figures, ...planes].map(({ phrase, href, preview }) => ({
    phrase: phrase.normalize('NFC'),
    href,
    preview: preview.normalize('NFC'),
  }));
}
