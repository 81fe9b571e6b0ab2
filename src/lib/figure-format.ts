import { units, type Unit } from '../vocabulary/units';
import { qualifierWords, type Qualifier } from '../vocabulary/qualifiers';

/** No-break space: a number never ends a line away from its unit. */
const NBSP = '\u00a0';

const plain = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
// "10,2 milliards": compact long notation is French ("milliards", "millions") and pluralised by Intl.
const compact = new Intl.NumberFormat('fr-FR', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
});
const plural = new Intl.PluralRules('fr-FR');

/**
 * A number for French readers: "2 000" (narrow no-break space), "10,2 milliards".
 * Below a million, every digit is written out; "2 mille" is not how a newsroom writes it.
 */
export function formatNumber(value: number): string {
  return value >= 1_000_000 ? compact.format(value).replace(/ /g, NBSP) : plain.format(value);
}

/**
 * A count in words, agreed by French rules: "1 source citée", "2 sources citées", "0 mention"
 * (French puts 0 and 1 in the singular), never "source(s)".
 */
export function formatCount(count: number, forms: { one: string; other: string }): string {
  return `${formatNumber(count)}${NBSP}${forms[plural.select(count) === 'one' ? 'one' : 'other']}`;
}

/** Ratios read as words: "le double", "le triple". */
const multiples: Record<number, string> = { 2: 'double', 3: 'triple', 4: 'quadruple', 10: 'décuple' };

/** A figure as a phrase: "plus de 2 000 soldats", "10,2 milliards de dollars", "8 heures", "plus du double". */
export function formatFigure(figure: {
  value: number;
  unit: Unit;
  qualifier?: Qualifier | undefined;
}): string {
  const { value, unit, qualifier } = figure;
  if (unit === 'multiple' && multiples[value]) {
    const word = multiples[value];
    if (!qualifier) return `le ${word}`;
    // "plus de" + "le double" contracts to "plus du double".
    const words = qualifierWords[qualifier];
    return words.endsWith(' de') ? `${words.slice(0, -3)} du ${word}` : `${words} le ${word}`;
  }
  const number = formatNumber(value);
  const forms = units[unit];
  // "10,2 milliards de dollars": after million/milliard French puts "de" before the unit.
  const unitText =
    value >= 1_000_000 ? `de ${forms.other}` : forms[plural.select(value) === 'one' ? 'one' : 'other'];
  const phrase = `${number}${NBSP}${unitText}`;
  return qualifier ? `${qualifierWords[qualifier]} ${phrase}` : phrase;
}

const fileSize = (unit: 'kilobyte' | 'megabyte') =>
  new Intl.NumberFormat('fr-FR', { style: 'unit', unit, maximumSignificantDigits: 2 });
const kilobytes = fileSize('kilobyte');
const megabytes = fileSize('megabyte');

/**
 * A download's size as French sites write it: "5,3 ko", "34 ko", "1,3 Mo" (decimal units, two
 * significant digits: enough to judge a download, never a false precision). From 995 000 bytes,
 * which would round to "1 000 ko", it counts in megabytes.
 */
export function formatFileSize(bytes: number): string {
  return bytes >= 995_000 ? megabytes.format(bytes / 1e6) : kilobytes.format(bytes / 1e3);
}
