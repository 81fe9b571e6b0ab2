import { formatFigure, formatNumber } from '../lib/figure-format';
import { parsePartialDate, toIso } from '../dates/partial-date';
import { resolveDatePhrase } from '../lib/relative-date';
import type { ArticleData } from '../schema/article';
import type { Proposals } from './proposals';

/** One fact of the committed entry, and what the draft proposed for it. */
export interface ComparedFact {
  readonly section: 'chiffres' | 'événements' | 'références';
  /** The committed fact, as a reader would name it. */
  readonly fact: string;
  readonly outcome: 'trouvé' | 'manqué' | 'faux';
  /** What differs, for a wrong proposal. */
  readonly detail?: string;
}

export interface DraftComparison {
  readonly facts: readonly ComparedFact[];
  readonly found: number;
  readonly total: number;
  /** Proposals that contradict the committed entry or their own words: must be none. */
  readonly wrong: readonly string[];
  /** Proposals the committed entry does not have (for the editor to keep or drop). */
  readonly extras: readonly string[];
}

/**
 * Holds a draft's proposals to an entry written by hand from the same text. A figure is found
 * when its value, unit, qualifier and quote are the entry's; an event when it has the entry's date
 * words, resolved to the same date, and its quote overlaps the entry's in the text (both quote the
 * clause, in words an editor chooses); an entry named when its naming words stand in the entry's
 * quote for it. A proposal is wrong when it matches an entry's fact by its words but not by its values.
 */
export function compareDraft(proposals: Proposals, committed: ArticleData, body: string): DraftComparison {
  const facts: ComparedFact[] = [];
  const wrong: string[] = [];
  const used = new Set<object>();
  const published = parsePartialDate(committed.date);

  for (const figure of committed.figures) {
    const fact = `${formatFigure(figure)} (« ${figure.quote} »)`;
    const proposal = proposals.figures.find((p) => p.quote === figure.quote);
    if (!proposal) {
      facts.push({ section: 'chiffres', fact, outcome: 'manqué' });
      continue;
    }
    used.add(proposal);
    const same =
      proposal.value === figure.value &&
      proposal.unit === figure.unit &&
      proposal.qualifier === figure.qualifier;
    if (same) facts.push({ section: 'chiffres', fact, outcome: 'trouvé' });
    else {
      const detail = `proposé : ${formatNumber(proposal.value)} ${proposal.unit}${proposal.qualifier ? ` (${proposal.qualifier})` : ''}`;
      facts.push({ section: 'chiffres', fact, outcome: 'faux', detail });
      wrong.push(`${fact} : ${detail}`);
    }
  }

  const span = (quote: string) => {
    const start = body.indexOf(quote);
    return start === -1 ? undefined : { start, end: start + quote.length };
  };
  for (const event of committed.events) {
    const fact = `${event.label}${event.when ? ` (« ${event.when} »)` : ' (non daté dans le texte)'}`;
    const resolved = event.when ? resolveDatePhrase(event.when, published) : undefined;
    const expected = span(event.quote);
    const proposal = proposals.events.find((p) => {
      const at = span(p.quote);
      return (
        p.when === event.when?.toLowerCase() &&
        at !== undefined &&
        expected !== undefined &&
        at.start < expected.end &&
        expected.start < at.end
      );
    });
    if (!proposal) {
      facts.push({ section: 'événements', fact, outcome: 'manqué' });
      continue;
    }
    used.add(proposal);
    if (resolved && toIso(resolved) === toIso(proposal.date))
      facts.push({ section: 'événements', fact, outcome: 'trouvé' });
    else {
      const detail = `proposé : ${toIso(proposal.date)}`;
      facts.push({ section: 'événements', fact, outcome: 'faux', detail });
      wrong.push(`${fact} : ${detail}`);
    }
  }

  for (const collection of ['actors', 'places', 'aircraft'] as const) {
    for (const mention of committed[collection]) {
      const fact = `${mention.ref.id} (« ${mention.quote} »)`;
      const proposal = proposals.references.find(
        (p) => p.collection === collection && p.ref === mention.ref.id,
      );
      if (!proposal) {
        facts.push({ section: 'références', fact, outcome: 'manqué' });
        continue;
      }
      used.add(proposal);
      // The entry's quote for it names it, or the draft found its words elsewhere in the text.
      const outcome = mention.quote.includes(proposal.naming) ? 'trouvé' : 'faux';
      const detail = outcome === 'faux' ? `proposé : « ${proposal.naming} »` : undefined;
      facts.push({ section: 'références', fact, outcome, ...(detail ? { detail } : {}) });
      if (detail) wrong.push(`${fact} : ${detail}`);
    }
  }

  // A proposal must agree with its own words even where the entry has nothing to compare it to.
  for (const event of proposals.events) {
    const resolved = resolveDatePhrase(event.when, published);
    if (!resolved || toIso(resolved) !== toIso(event.date) || !event.quote.toLowerCase().includes(event.when))
      wrong.push(`événement « ${event.when} » : ${toIso(event.date)} ne se lit pas dans « ${event.quote} »`);
  }

  const extras = [
    ...proposals.figures.filter((p) => !used.has(p)).map((p) => `chiffre « ${p.quote} »`),
    ...proposals.events.filter((p) => !used.has(p)).map((p) => `événement « ${p.when} » (${toIso(p.date)})`),
    ...proposals.references.filter((p) => !used.has(p)).map((p) => `${p.ref} (« ${p.naming} »)`),
  ];
  const found = facts.filter((fact) => fact.outcome === 'trouvé').length;
  return { facts, found, total: facts.length, wrong, extras };
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** The comparison as the command prints it. */
export function formatComparison(comparison: DraftComparison): string {
  const sections = ['chiffres', 'événements', 'références'] as const;
  const lines = sections.flatMap((section) => {
    const facts = comparison.facts.filter((fact) => fact.section === section);
    const found = facts.filter((fact) => fact.outcome === 'trouvé').length;
    return [
      `${section.charAt(0).toUpperCase()}${section.slice(1)} : ${found} sur ${facts.length}`,
      ...facts.map(
        (fact) =>
          `  ${fact.outcome === 'trouvé' ? '✓' : fact.outcome === 'faux' ? '✗ faux :' : '· manqué :'} ${fact.fact}${fact.detail ? ` — ${fact.detail}` : ''}`,
      ),
    ];
  });
  const share = comparison.total === 0 ? 1 : comparison.found / comparison.total;
  return [
    ...lines,
    `Proposés en plus : ${comparison.extras.length === 0 ? 'aucun' : comparison.extras.join(' ; ')}`,
    `Total : ${comparison.found} sur ${comparison.total} (${percent.format(share)}), ${comparison.wrong.length} faux${comparison.wrong.length > 0 ? ` : ${comparison.wrong.join(' ; ')}` : ''}`,
  ].join('\n');
}
