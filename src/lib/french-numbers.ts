import type { Qualifier } from '../vocabulary/qualifiers';

/**
 * Reads the numbers a French text states, with the words that bound them: « plus de 2 000
 * soldats », « huit heures », « 10,2 milliards de dollars », « une vingtaine de navires »,
 * « ont plus que doublé ». The figure check holds each figure to its quote with it; an authoring
 * tool can propose figures from it. It reads, never guesses: words it does not know yield nothing.
 */
export interface NumberReading {
  /** The number stated: 10,2 milliards is 10200000000, « doublé » is 2. */
  readonly value: number;
  /** A ratio (« doublé », « le triple ») rather than a count of something. */
  readonly multiple: boolean;
  /** How the words bound the number; an approximate noun (« une vingtaine ») reads as `environ`. */
  readonly qualifier: Qualifier | undefined;
  /** The words that state the number and its qualifier, as written in the text. */
  readonly words: string;
  /** The text right after the number (« soldats ainsi que… »): where the counted noun is. */
  readonly after: string;
  /** Where `words` starts and ends in the text (NFC), for a tool that quotes around them. */
  readonly start: number;
  readonly end: number;
}

const SMALL: Record<string, number> = {
  zéro: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
const SCALES: Record<string, number> = {
  cent: 100,
  cents: 100,
  mille: 1_000,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
};
/** Nouns of an approximate quantity: « une vingtaine de soldats » is about 20. */
const APPROXIMATE: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1_000,
};
/** Verbs and nouns of a ratio: « a doublé », « le triple ». */
const MULTIPLES: [RegExp, number][] = [
  [/^doubl/, 2],
  [/^tripl/, 3],
  [/^quadrupl/, 4],
  [/^quintupl/, 5],
  [/^décupl/, 10],
  [/^centupl/, 100],
];

/** Words before a number that bound it, longest first; « plus du » is « plus de » + « le ». */
const QUALIFIER_WORDS: [string, Qualifier][] = [
  ['plus que', 'plus-de'],
  ['plus du', 'plus-de'],
  ['plus de', 'plus-de'],
  ["plus d'", 'plus-de'],
  ['moins que', 'moins-de'],
  ['moins du', 'moins-de'],
  ['moins de', 'moins-de'],
  ["moins d'", 'moins-de'],
  ['au moins', 'au-moins'],
  ['près du', 'pres-de'],
  ['près de', 'pres-de'],
  ["près d'", 'pres-de'],
  ['presque', 'pres-de'],
  ['environ', 'environ'],
  ['quelque', 'environ'],
];

/** Lowercase, NFC, one kind of space and of apostrophe, same length as the input (offsets hold). */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/’/g, "'");
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Words (letters, hyphen-joined parts split) and digit groups, with their offsets. */
function tokens(text: string): Token[] {
  return [...text.matchAll(/\d+(?: \d{3})*(?:,\d+)?|\p{L}+'?/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** « 2 000 » → 2000, « 10,2 » → 10.2 as its digits and decimal places, so no float creeps in. */
function digitsValue(text: string): { digits: number; decimals: number } {
  const [whole = '', fraction = ''] = text.replace(/ /g, '').split(',');
  return { digits: Number(whole + fraction), decimals: fraction.length };
}

/** `digits × 10^exponent / 10^decimals`, exact for the values a newsroom writes. */
function scaled({ digits, decimals }: { digits: number; decimals: number }, scale: number): number {
  const exponent = Math.round(Math.log10(scale));
  return exponent >= decimals
    ? digits * 10 ** (exponent - decimals)
    : Number(`${digits}e${exponent - decimals}`);
}

/** The qualifier the words just before `start` carry, and where those words begin. */
function qualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } | undefined {
  const before = text.slice(0, start).trimEnd();
  for (const [words, qualifier] of QUALIFIER_WORDS) {
    if (before.endsWith(words) && !/\p{L}/u.test(before.charAt(before.length - words.length - 1)))
      return { qualifier, start: before.length - words.length };
  }
  return undefined;
}

/** Reads a run of number words (« deux mille », « vingt et un », « quatre-vingt-dix »). */
function wordsValue(words: readonly string[]): number {
  let total = 0;
  let group = 0;
  for (const word of words) {
    if (word === 'et') continue;
    if (word in SMALL) {
      const value = SMALL[word]!;
      // « quatre-vingts » multiplies: 4 × 20.
      group = value === 20 && group % 100 === 4 ? group - 4 + 80 : group + value;
    } else if (word === 'cent' || word === 'cents') {
      group = (group || 1) * 100;
    } else {
      total += (group || 1) * SCALES[word]!;
      group = 0;
    }
  }
  return total + group;
}

const isNumberWord = (word: string) => word in SMALL || word in SCALES;

/**
 * Every number the text states, in reading order. A lone « un » or « une » is an article as often
 * as a number (« une mission de huit heures »): it counts only when nothing else in the text does.
 */
export function readNumbers(text: string): NumberReading[] {
  const source = text.normalize('NFC');
  const lower = normalise(source);
  const list = tokens(lower);
  const readings: (NumberReading & { lone: boolean })[] = [];
  const push = (start: number, end: number, value: number, multiple: boolean, lone = false) => {
    let qualifier: Qualifier | undefined;
    let from = start;
    const bound = qualifierBefore(lower, start);
    if (bound) ({ qualifier, start: from } = bound);
    readings.push({
      value,
      multiple,
      qualifier,
      words: source.slice(from, end),
      after: source.slice(end).trimStart(),
      start: from,
      end,
      lone,
    });
  };

  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    const { word } = token;
    if (/^\d/.test(word)) {
      // A designation or an ordinal (« Tu-95 », « H-6K », « 5e ») is not a quantity.
      const prev = lower.charAt(token.start - 1);
      const next = lower.charAt(token.end);
      if (/[\p{L}-]/u.test(prev) || /[\p{L}\d]/u.test(next)) continue;
      const scale =
        list[i + 1] && list[i + 1]!.start === token.end + 1 ? SCALES[list[i + 1]!.word] : undefined;
      const number = digitsValue(word);
      if (scale !== undefined) {
        push(token.start, list[i + 1]!.end, scaled(number, scale), false);
        i++;
      } else {
        push(token.start, token.end, scaled(number, 1), false);
      }
      continue;
    }
    const approximate = APPROXIMATE[word.replace(/s$/, '')];
    if (approximate !== undefined && ['une', 'un'].includes(list[i - 1]?.word ?? '')) {
      const start = list[i - 1]!.start;
      readings.push({
        value: approximate,
        multiple: false,
        qualifier: 'environ',
        words: source.slice(start, token.end),
        after: source.slice(token.end).trimStart(),
        start,
        end: token.end,
        lone: false,
      });
      continue;
    }
    const ratio = MULTIPLES.find(([pattern]) => pattern.test(word));
    if (ratio) {
      push(token.start, token.end, ratio[1], true);
      continue;
    }
    if (isNumberWord(word) && word !== 'cents' && word !== 'vingts') {
      // A run of number words, with « et » only between two of them (« vingt et un »).
      let j = i;
      while (
        j + 1 < list.length &&
        (isNumberWord(list[j + 1]!.word) ||
          (list[j + 1]!.word === 'et' && list[j + 2] !== undefined && isNumberWord(list[j + 2]!.word)))
      )
        j++;
      const run = list.slice(i, j + 1).map((t) => t.word);
      const lone = run.length === 1 && (word === 'un' || word === 'une');
      push(token.start, list[j]!.end, wordsValue(run), false, lone);
      i = j;
    }
  }
  const counted = readings.some((reading) => !reading.lone);
  return readings
    .filter((reading) => !counted || !reading.lone)
    .map(({ lone, ...reading }) => (void lone, reading));
}
