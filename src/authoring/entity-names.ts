import type { Actor } from '../schema/actor';
import type { Aircraft } from '../schema/aircraft';
import type { Place } from '../schema/place';
import { nameOccurrences } from '../lib/names';

export type MentionCollection = 'actors' | 'places' | 'aircraft';

/** The shared entries a text may name, by id. */
export interface KnownEntities {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly aircraft: ReadonlyMap<string, Aircraft>;
  readonly places: ReadonlyMap<string, Place>;
}

/** Where a text names an entry: the words, their place, and whether they are its name or an adjective. */
export interface EntityMatch {
  readonly collection: MentionCollection;
  readonly ref: string;
  readonly words: string;
  readonly start: number;
  readonly end: number;
  /** « russes » makes Russia an actor of the sentence, not a naming of it. */
  readonly adjective: boolean;
  /** Its main name (`name`, `designation`) rather than another one (`aliases`). */
  readonly main: boolean;
}

interface NameForm {
  readonly collection: MentionCollection;
  readonly ref: string;
  readonly form: string;
  readonly adjective: boolean;
  readonly main: boolean;
}

function nameForms(known: KnownEntities): NameForm[] {
  const forms: NameForm[] = [];
  const add = (collection: MentionCollection, ref: string, names: readonly string[], adjective = false) =>
    names.forEach((form, index) =>
      forms.push({
        collection,
        ref,
        form: form.normalize('NFC'),
        adjective,
        main: !adjective && index === 0,
      }),
    );
  for (const [ref, actor] of known.actors) {
    add('actors', ref, [actor.name, ...actor.aliases]);
    add('actors', ref, actor.adjectives, true);
  }
  for (const [ref, aircraft] of known.aircraft)
    add('aircraft', ref, [aircraft.designation, ...aircraft.aliases]);
  for (const [ref, place] of known.places) add('places', ref, [place.name, ...place.aliases]);
  // The longest form first, so « mer de Chine orientale » takes its words before « Chine » can.
  return forms.sort((a, b) => b.form.length - a.form.length);
}

/**
 * Every place a text names a shared entry, under its name, another name or (actors) an adjective,
 * in reading order (see `nameOccurrences`); overlapping namings are resolved in favour of the
 * longest words: « mer de Chine orientale » takes its words before « Chine » can.
 */
export function entityMatches(text: string, known: KnownEntities): EntityMatch[] {
  const taken: EntityMatch[] = [];
  for (const name of nameForms(known)) {
    for (const occurrence of nameOccurrences(text, name.form)) {
      if (taken.some((other) => other.start < occurrence.end && occurrence.start < other.end)) continue;
      taken.push({ ...name, ...occurrence });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

// Words that open a French sentence with a capital without being names (closed classes:
// determiners, pronouns, prepositions, conjunctions, adverbs that start a clause).
const FUNCTION_WORDS = new Set(
  (
    'le la les l un une des du de d au aux ce cet cette ces mon ma mes son sa ses leur leurs notre nos votre vos ' +
    'il elle ils elles on nous vous je tu qui que quoi dont où lequel laquelle ' +
    'dans en à par pour sur sous avec sans selon depuis pendant après avant entre chez vers contre malgré ' +
    'et ou mais donc car ni or puis ainsi alors aussi cependant pourtant toutefois enfin encore déjà ' +
    'si comme lorsque quand tandis bien tous toutes tout toute plusieurs certains certaines aucun aucune ' +
    'ici là hier aujourd demain mardi lundi mercredi jeudi vendredi samedi dimanche'
  ).split(' '),
);

/** A name the text uses that no shared entry has: what the editor creates or dismisses. */
export interface UnknownName {
  readonly words: string;
  /** A designation of a machine (« Su-35S », « J-11B »): letters, hyphen, digits. */
  readonly designation: boolean;
}

/**
 * The capitalised names of a text that no shared entry covers: runs of capitalised words, joined
 * by « de », « du », « des », « d’ » (« Corée du Sud », « Chambre des États-Unis »), and
 * designations (« Su-30SM »). A capitalised word that opens a sentence counts only when it is not
 * a function word and the text never writes it in lowercase.
 */
export function unknownNames(sentences: readonly { text: string }[], known: KnownEntities): UnknownName[] {
  const allText = sentences.map((s) => s.text).join(' ');
  const found = new Map<string, UnknownName>();
  for (const { text } of sentences) {
    const covered = entityMatches(text, known).filter((match) => !match.adjective);
    const words = [...text.matchAll(/[\p{L}\d]+(?:[-’'][\p{L}\d]+)*/gu)];
    let run: { start: number; end: number; words: number }[] = [];
    const flush = () => {
      // A run ends on a capitalised word: « Corée du Sud », not « Corée du ».
      const first = run[0];
      const last = run.at(-1);
      run = [];
      if (!first || !last) return;
      const name = text.slice(first.start, last.end);
      const wholly = covered.some((match) => match.start <= first.start && last.end <= match.end);
      if (!wholly) found.set(name, { words: name, designation: /\p{L}-?\d/u.test(name) });
    };
    words.forEach((match, index) => {
      // Punctuation ends a name: « Chambre des États-Unis, Nancy Pelosi » is two.
      const previous = words[index - 1];
      if (previous && /[^\s]/u.test(text.slice(previous.index + previous[0].length, match.index))) flush();
      const word = match[0].replace(/^[ldLD][’']/, '');
      const start = match.index + (match[0].length - word.length);
      const end = match.index + match[0].length;
      const capital = /^\p{Lu}/u.test(word) || /^\p{L}+-\d/u.test(word);
      if (capital) {
        const opening = index === 0 || /[.!?«“"]\s*$/.test(text.slice(0, match.index));
        const lower = word.toLowerCase();
        const common =
          FUNCTION_WORDS.has(lower) || nameOccurrences(allText, lower).some((o) => o.words === lower);
        if (opening && run.length === 0 && common) return;
        run.push({ start, end, words: 1 });
        return;
      }
      const joins = ['de', 'du', 'des', 'd'].includes(match[0].replace(/[’']$/, '').toLowerCase());
      if (run.length > 0 && joins && /^\p{Lu}/u.test(words[index + 1]?.[0] ?? '')) return;
      flush();
    });
    flush();
  }
  return [...found.values()];
}
