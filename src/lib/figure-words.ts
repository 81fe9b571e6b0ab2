import { formatFigure, formatNumber } from './figure-format';
import { qualifierWords, type Qualifier } from '../vocabulary/qualifiers';
import { readNumbers, type NumberReading } from './french-numbers';
import { units, type Unit } from '../vocabulary/units';

/** A figure as its author wrote it: the number, how it is bounded, what it counts, and the words. */
export interface FigureClaim {
  readonly value: number;
  readonly unit: Unit;
  readonly qualifier?: Qualifier | undefined;
  readonly quote: string;
}

/** A disagreement between a figure's fields and its quote: which field, and what the words say. */
export interface FigureWordsIssue {
  readonly field: 'value' | 'qualifier' | 'unit' | 'quote';
  readonly message: string;
}

/**
 * The unit whose French noun opens `after` (« soldats ainsi que… » → `soldat`), if any, and how
 * many characters of `after` name it (« de dollars » after « milliards »).
 */
export function unitOpening(after: string): { unit: Unit; length: number } | undefined {
  // After « milliards », « une vingtaine », French puts « de » before the noun.
  const text = after.normalize('NFC').toLowerCase();
  const article = /^(?:de |d['’])/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(article);
  const names = (Object.keys(units) as Unit[])
    .filter((unit) => unit !== 'multiple')
    .flatMap((unit) => [units[unit].one, units[unit].other].map((noun) => ({ unit, noun })))
    // The longest noun first: « avions de combat » before a shorter noun it starts with.
    .sort((a, b) => b.noun.length - a.noun.length);
  const found = names.find(({ noun }) => rest.startsWith(noun) && !/\p{L}/u.test(rest.charAt(noun.length)));
  return found && { unit: found.unit, length: article + found.noun.length };
}

const unitNamed = (after: string) => unitOpening(after)?.unit;

const countsUnit = (reading: NumberReading, unit: Unit) =>
  unit === 'multiple' ? reading.multiple : !reading.multiple && unitNamed(reading.after) === unit;

/** The first words after the number, for a message (« véhicules militaires, 21… » → 3 words). */
const firstWords = (text: string) =>
  text
    .split(/\s+/)
    .slice(0, 3)
    .join(' ')
    .replace(/[,.;:]$/, '');

/**
 * Holds a figure to the words that support it: the number the quote states, the qualifier it
 * carries and the noun it counts must be the figure's `value`, `qualifier` and `unit`. Where the
 * quote states several numbers, the figure is read against the one that counts its unit.
 */
export function figureWordsIssues(figure: FigureClaim): FigureWordsIssue[] {
  const { quote, value, unit, qualifier } = figure;
  const readings = readNumbers(quote);
  if (readings.length === 0) {
    return [
      {
        field: 'quote',
        message: `la citation « ${quote} » ne donne aucun nombre : elle doit contenir les mots qui disent ${formatFigure(figure)} (« 2 000 », « huit », « plus que doublé »…)`,
      },
    ];
  }
  const reading =
    readings.find((r) => r.value === value && countsUnit(r, unit)) ??
    readings.find((r) => countsUnit(r, unit)) ??
    readings.find((r) => r.value === value) ??
    readings[0]!;
  const issues: FigureWordsIssue[] = [];
  const said = `la citation « ${quote} » dit « ${reading.words} »`;
  if (reading.value !== value) {
    issues.push({
      field: 'value',
      message: `${said}, soit ${formatNumber(reading.value)}, et non ${formatNumber(value)} : value: ${reading.value} attendu`,
    });
  }
  if (reading.qualifier !== qualifier) {
    issues.push({
      field: 'qualifier',
      message: reading.qualifier
        ? `${said} : qualifier: ${reading.qualifier} (« ${qualifierWords[reading.qualifier]} ») attendu${qualifier ? `, et non ${qualifier}` : ''}`
        : `${said}, sans « plus de », « environ » ni « au moins » : qualifier: ${qualifier} ne s’appuie sur aucun mot, à retirer`,
    });
  }
  if (!countsUnit(reading, unit)) {
    const named = reading.multiple ? 'multiple' : unitNamed(reading.after);
    const what = reading.multiple ? ', un rapport,' : ` puis « ${firstWords(reading.after)} »,`;
    const expected =
      unit === 'multiple' ? 'un rapport (« doublé », « le triple »)' : `des « ${units[unit].other} »`;
    issues.push({
      field: 'unit',
      message: `${said}${what} et non ${expected} : ${named ? `unit: ${named} attendu` : 'l’unité doit être nommée dans la citation'}`,
    });
  }
  return issues;
}
