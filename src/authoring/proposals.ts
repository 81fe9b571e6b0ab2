import slugify from '@sindresorhus/slugify';
import { readNumbers } from '../lib/french-numbers';
import { figureWordsIssues, unitOpening } from '../lib/figure-words';
import type { Qualifier } from '../vocabulary/qualifiers';
import { parsePartialDate, toIso, type PartialDate } from '../dates/partial-date';
import { sentences } from '../lib/quotes';
import { resolveDatePhrase } from '../lib/relative-date';
import { units, type Unit } from '../vocabulary/units';
import type { EventKind } from '../vocabulary/event-kinds';
import { dateExpressions } from './date-expressions';
import {
  entityMatches,
  unknownNames,
  type EntityMatch,
  type KnownEntities,
  type MentionCollection,
  type UnknownName,
} from './entity-names';

/** A sentence of the text, with its paragraph and its offset in the whole text. */
interface Sentence {
  readonly paragraph: number;
  readonly text: string;
  /** Offset of the sentence in the text, paragraphs joined by blank lines (reading order). */
  readonly at: number;
}

export interface FigureProposal {
  readonly value: number;
  readonly unit: Unit;
  readonly qualifier: Qualifier | undefined;
  readonly quote: string;
  /** Index in `events` of the event it belongs to: its sentence's, or the last one before it. */
  readonly event: number | undefined;
  readonly at: number;
}

export interface EventProposal {
  /** The date words, lowercase, as the site resolves them (« en septembre »). */
  readonly when: string;
  readonly date: PartialDate;
  /** The words around the date expression, within its clause. */
  readonly quote: string;
  /** A kind read from a word of the sentence, if one says it (« patrouille », « exercice »). */
  readonly kind: { kind: EventKind; word: string } | undefined;
  readonly actors: readonly string[];
  readonly aircraft: readonly string[];
  readonly places: readonly string[];
  readonly at: number;
}

export interface ReferenceProposal {
  readonly collection: MentionCollection;
  readonly ref: string;
  /** The words that name it (« Tu-95MS »). */
  readonly naming: string;
  /** Words that locate it: the naming, widened until its first occurrence in the text is this one. */
  readonly quote: string;
}

/** What the editor must look at: numbers without a known unit, dates not understood. */
export interface Leftover {
  readonly kind: 'nombre' | 'date';
  readonly words: string;
  readonly sentence: string;
}

export interface Proposals {
  readonly figures: readonly FigureProposal[];
  readonly events: readonly EventProposal[];
  readonly references: readonly ReferenceProposal[];
  readonly unknownNames: readonly UnknownName[];
  readonly leftovers: readonly Leftover[];
}

function textSentences(paragraphs: readonly string[]): Sentence[] {
  let at = 0;
  return paragraphs.flatMap((paragraph, index) => {
    const list = sentences(paragraph).map(({ index: offset, segment }) => ({
      paragraph: index,
      // Intl keeps the spaces after a full stop with the sentence.
      text: segment.trimEnd(),
      at: at + offset,
    }));
    at += paragraph.length + 2;
    return list;
  });
}

// A word that names the kind of event (the timeline's vocabulary), looked for in its sentence.
const KIND_WORDS: readonly { pattern: RegExp; kind: EventKind; also?: RegExp }[] = [
  { pattern: /patrouilles?/iu, kind: 'patrouille-aerienne', also: /bombardiers?|avions?|aérienne/iu },
  { pattern: /patrouilles?/iu, kind: 'patrouille-navale', also: /navires?|navale|frégates?/iu },
  { pattern: /exercices?|manœuvres?/iu, kind: 'exercice' },
];

function kindOf(sentence: string): EventProposal['kind'] {
  for (const { pattern, kind, also } of KIND_WORDS) {
    const word = pattern.exec(sentence)?.[0];
    if (word && (!also || also.test(sentence))) return { kind, word };
  }
  return undefined;
}

/**
 * The date words with up to `reach` words on each side, within the clause: « ont effectué mercredi
 * une patrouille conjointe ». A clause that is only the date (« En septembre, Pékin a envoyé… »)
 * reads on into the next one.
 */
function clauseAround(sentence: string, start: number, end: number, reach = 4): string {
  const words = [...sentence.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  const first = words.findIndex((w) => w.end > start);
  const last = words.findLastIndex((w) => w.start < end);
  let from = first;
  // Leftwards, never past a word that closes a clause (« …, ont effectué » stops after the comma).
  while (from > 0 && first - from < reach && !/[,;:)]$/.test(words[from - 1]!.text)) from--;
  let to = last;
  const closes = (word: { text: string }) => /[,;:.!?(]$/.test(word.text);
  // A date that is its clause on its own reads on into the next one.
  const hop = from === first && closes(words[last]!) ? 1 : 0;
  while (
    to < words.length - 1 &&
    to - last < reach + hop &&
    (to === last ? hop === 1 || !closes(words[to]!) : !closes(words[to]!))
  )
    to++;
  return sentence.slice(words[from]!.start, words[to]!.end).replace(/[,;:.!?]+$/, '');
}

// « ont plus que doublé »: a ratio's verb reads with its auxiliary.
const AUXILIARY = /(?:^|\s)(a|ont|avait|avaient|aura|auront|aurait|auraient)\s+$/u;

function figureProposals(sentence: Sentence, leftovers: Leftover[]): Omit<FigureProposal, 'event'>[] {
  const found: Omit<FigureProposal, 'event'>[] = [];
  const spaced = sentence.text.replace(/[\u00a0\u202f]/g, ' ');
  const dated = dateExpressions(sentence.text);
  for (const reading of readNumbers(sentence.text)) {
    // The day of a date (« le 24 février ») or a year is the event's, not a figure.
    if (dated.some((d) => d.start <= reading.start && reading.end <= d.end)) continue;
    if (/^\d{4}$/.test(reading.words) && !unitOpening(reading.after)) continue;
    let start = reading.start;
    let end = reading.end;
    let unit: Unit | undefined;
    if (reading.multiple) {
      unit = 'multiple';
      const auxiliary = AUXILIARY.exec(spaced.slice(0, start));
      if (auxiliary) start = auxiliary.index + auxiliary[0].indexOf(auxiliary[1]!);
    } else {
      const opening = unitOpening(reading.after);
      if (opening) {
        unit = opening.unit;
        end = sentence.text.length - reading.after.length + opening.length;
      }
    }
    const quote = sentence.text.slice(start, end);
    // « une base », « tous deux »: an article or a pronoun, not a quantity worth a note.
    const pronoun = /(?:^|\s)(?:tous|toutes)\s+$/u.test(spaced.slice(0, start));
    if (!unit && (/^une?$/i.test(reading.words) || pronoun)) continue;
    if (!unit) {
      leftovers.push({ kind: 'nombre', words: quote + afterWord(reading.after), sentence: sentence.text });
      continue;
    }
    const proposal = {
      value: reading.value,
      unit,
      qualifier: reading.qualifier,
      quote,
      at: sentence.at + start,
    };
    // Proposed only if the site's own check reads the same figure in the words.
    if (figureWordsIssues(proposal).length === 0) found.push(proposal);
    else leftovers.push({ kind: 'nombre', words: quote, sentence: sentence.text });
  }
  return found;
}

const afterWord = (after: string) => {
  const word = /^[\p{L}’'-]+/u.exec(after)?.[0];
  return word ? ` ${word}` : '';
};

/**
 * Proposes an article's facts from its paragraphs: every figure whose words the site's figure
 * check reads back identically, every date expression the site resolves against the publication
 * day, and every shared entry the text names. What it cannot read exactly is a leftover for the
 * editor, never a guess.
 */
export function proposeFacts(
  paragraphs: readonly string[],
  published: string,
  known: KnownEntities,
): Proposals {
  const publication = parsePartialDate(published);
  const all = textSentences(paragraphs);
  const leftovers: Leftover[] = [];
  const events: EventProposal[] = [];
  const eventsBySentence = new Map<Sentence, number>();
  for (const sentence of all) {
    const matches = entityMatches(sentence.text, known);
    const ids = (collection: MentionCollection) => [
      ...new Set(matches.filter((m) => m.collection === collection).map((m) => m.ref)),
    ];
    for (const expression of dateExpressions(sentence.text)) {
      const when = expression.text.toLowerCase().replace(/\s+/g, ' ');
      const date = resolveDatePhrase(when, publication);
      if (!date) {
        leftovers.push({ kind: 'date', words: expression.text, sentence: sentence.text });
        continue;
      }
      // The same words for the same day are one event (« mercredi » twice: one patrol).
      const same = events.findIndex((e) => e.when === when && toIso(e.date) === toIso(date));
      if (same !== -1) {
        if (!eventsBySentence.has(sentence)) eventsBySentence.set(sentence, same);
        continue;
      }
      events.push({
        when,
        date,
        quote: clauseAround(sentence.text, expression.start, expression.end),
        kind: kindOf(sentence.text),
        actors: ids('actors'),
        aircraft: ids('aircraft'),
        places: ids('places'),
        at: sentence.at + expression.start,
      });
      if (!eventsBySentence.has(sentence)) eventsBySentence.set(sentence, events.length - 1);
    }
  }
  const text = paragraphs.join('\n\n');
  let current: number | undefined;
  const figures = all.flatMap((sentence) => {
    current = eventsBySentence.get(sentence) ?? current;
    const event = current;
    return figureProposals(sentence, leftovers).flatMap((figure) => {
      // Two « deux bombardiers » in one text: the second quote needs the words that tell it apart.
      const quote = locatingQuote(text, { start: figure.at, end: figure.at + figure.quote.length });
      const located = { ...figure, quote, at: text.indexOf(quote), event };
      return figureWordsIssues(located).length === 0 ? [located] : [];
    });
  });
  return {
    figures,
    events,
    references: referenceProposals(text, known),
    unknownNames: unknownNames(all, known),
    // One note per distinct words: « quatre avions » twice is one thing to look at.
    leftovers: leftovers.filter(
      (leftover, index) => leftovers.findIndex((l) => l.words === leftover.words) === index,
    ),
  };
}

function referenceProposals(text: string, known: KnownEntities): ReferenceProposal[] {
  const matches = entityMatches(text, known).filter((match) => !match.adjective);
  // Each entry once, under its main name where the text uses it, else its first other name; the
  // proposals then in the order the text names them.
  const chosen = new Map<string, EntityMatch>();
  for (const match of [...matches.filter((m) => m.main), ...matches.filter((m) => !m.main)]) {
    const key = `${match.collection}/${match.ref}`;
    if (!chosen.has(key)) chosen.set(key, match);
  }
  return [...chosen.values()]
    .sort((a, b) => a.start - b.start)
    .map((match) => ({
      collection: match.collection,
      ref: match.ref,
      naming: match.words,
      quote: locatingQuote(text, match),
    }));
}

/**
 * The site finds a mention's quote at its first occurrence: « Chine » would land in « mer de
 * Chine orientale ». Widened word by word to the left (then right) until it lands on this naming.
 */
function locatingQuote(text: string, match: { start: number; end: number }): string {
  let start = match.start;
  let end = match.end;
  for (let step = 0; step < 12 && text.indexOf(text.slice(start, end)) !== start; step++) {
    const left = /\S+\s+$/u.exec(text.slice(0, start));
    const paragraphStart = text.lastIndexOf('\n\n', start) + 1;
    if (left && left.index >= paragraphStart) start = left.index;
    else end += /^\s*\S+/u.exec(text.slice(end))?.[0].length ?? 0;
  }
  return text.slice(start, end);
}

/** A figure's draft id: what it counts and when (« soldats-2022-09 »). */
export function figureId(figure: FigureProposal, events: readonly EventProposal[]): string {
  const event = figure.event === undefined ? undefined : events[figure.event];
  return slugify(`${units[figure.unit].other} ${event ? toIso(event.date) : ''}`, { locale: 'fr' });
}

/** An event's draft id: its kind, or « evenement », and its date (« exercice-2022-09 »). */
export function eventId(event: EventProposal): string {
  return `${event.kind?.kind ?? 'evenement'}-${toIso(event.date)}`;
}
