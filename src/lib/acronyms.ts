import type { ContextEvent } from '../schema/context-event';
import { acronyms } from '../vocabulary/acronyms';

const patterns = Object.entries(acronyms).map(([acronym, expansion]) => ({
  acronym,
  expansion,
  pattern: new RegExp(`(?<![\\p{L}\\d])${acronym}(?![\\p{L}\\d])`, 'u'),
}));

/**
 * A speller for one page: called on its French texts in the order the page shows them, it spells
 * each acronym of the glossary out at its first use (« Organisation de coopération de Shanghai
 * (OCS) »), unless that text already does, and leaves the later uses short. Only for the page's
 * own texts: an excerpt is quoted as it is.
 */
export function acronymSpeller(): (text: string) => string {
  const seen = new Set<string>();
  return (text) => {
    let result = text;
    for (const { acronym, expansion, pattern } of patterns) {
      if (seen.has(acronym) || !pattern.test(result)) continue;
      seen.add(acronym);
      if (!result.includes(expansion)) result = result.replace(pattern, `${expansion} (${acronym})`);
    }
    return result;
  };
}

/**
 * A record event's French texts as its card shows them, each acronym spelt out at its first use
 * on the card. The statements run in the card's order, top to bottom: area, forces, figures
 * (the header), then the dates' note, the framework, the confirmation and the lists.
 */
export function withAcronymsSpelledOut(context: ContextEvent): ContextEvent {
  const spell = acronymSpeller();
  const areaText = spell(context.areaText);
  const { chine, russie, autres } = context.participants;
  const participants = {
    ...(chine === undefined ? {} : { chine: spell(chine) }),
    ...(russie === undefined ? {} : { russie: spell(russie) }),
    ...(autres === undefined ? {} : { autres: spell(autres) }),
  };
  const headlineNumbers = context.headlineNumbers && spell(context.headlineNumbers);
  const dateNote = context.dateNote && spell(context.dateNote);
  const framework = spell(context.framework);
  const confirmationFr = spell(context.confirmationFr);
  const list = (texts: readonly string[] | undefined) => texts?.map(spell);
  const notableFirsts = list(context.notableFirsts);
  const notes = list(context.notes);
  const contradictions = list(context.contradictions);
  const unconfirmed = list(context.unconfirmed);
  return {
    ...context,
    areaText,
    participants,
    framework,
    confirmationFr,
    ...(headlineNumbers === undefined ? {} : { headlineNumbers }),
    ...(dateNote === undefined ? {} : { dateNote }),
    ...(notableFirsts === undefined ? {} : { notableFirsts }),
    ...(notes === undefined ? {} : { notes }),
    ...(contradictions === undefined ? {} : { contradictions }),
    ...(unconfirmed === undefined ? {} : { unconfirmed }),
  };
}
