import { Document, isMap, isSeq, type Node, type Scalar } from 'yaml';
import { parsePartialDate, toIso } from '../dates/partial-date';
import { formatPartialDate } from '../lib/date-format';
import { REVIEW_MARK } from '../lib/review-marks';
import { eventKinds } from '../vocabulary/event-kinds';
import { markdownParagraph } from './received-text';
import { eventId, figureId, type Proposals } from './proposals';

export interface DraftInput {
  readonly paragraphs: readonly string[];
  /** The date the received text gives, if any (`2022-11`). */
  readonly sourceDate: string | undefined;
  /** Publication day, AAAA-MM-JJ. */
  readonly date: string;
  readonly proposals: Proposals;
  /** Fact ids already taken on the site (a draft's ids must not collide with them). */
  readonly takenIds: ReadonlySet<string>;
}

const mark = (note: string) => ` ${REVIEW_MARK} : ${note}`;

/**
 * The article file `npm run new-article` writes: `draft: true`, the proposals with their exact
 * quotes, a « # À REVOIR » mark beside every value the words do not give (labels, kinds, ids,
 * which event a figure belongs to), the names without an entry and the numbers and dates left
 * unread as marked comments, then the body verbatim. It passes the site's checks as it is.
 */
export function draftFile(input: DraftInput): string {
  const { proposals } = input;
  const taken = new Set(input.takenIds);
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  const eventIds = proposals.events.map((event) => unique(eventId(event)));
  const published = parsePartialDate(input.date);
  const deduced = input.sourceDate !== undefined && input.sourceDate.length < input.date.length;

  const data = {
    draft: true,
    editorial: { title: 'À rédiger : titre', summary: 'À rédiger : résumé.' },
    ...(input.sourceDate ? { sourceDate: input.sourceDate } : {}),
    date: input.date,
    ...(deduced
      ? {
          dateBasis: `À rédiger : d’où vient le jour ${formatPartialDate(published)}, le texte reçu n’étant daté que de ${formatPartialDate(parsePartialDate(input.sourceDate!))}.`,
        }
      : {}),
    actors: mentions(proposals, 'actors'),
    places: mentions(proposals, 'places'),
    aircraft: mentions(proposals, 'aircraft'),
    figures: proposals.figures
      .filter((figure) => figure.event !== undefined)
      .map((figure) => ({
        id: unique(figureId(figure, proposals.events)),
        label: `À rédiger : ${figure.quote}`,
        value: figure.value,
        unit: figure.unit,
        ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
        event: eventIds[figure.event!],
        quote: figure.quote,
      })),
    events: proposals.events.map((event, index) => ({
      id: eventIds[index],
      label: `À rédiger : événement de « ${event.when} »`,
      kind: event.kind?.kind ?? 'contexte-politique',
      when: event.when,
      date: toIso(event.date),
      ...(event.actors.length > 0 ? { actors: event.actors } : {}),
      ...(event.aircraft.length > 0 ? { aircraft: event.aircraft } : {}),
      ...(event.places.length > 0 ? { places: event.places } : {}),
      quote: event.quote,
    })),
  };

  const doc = new Document(data);
  const scalar = (path: readonly (string | number)[]) => doc.getIn(path, true) as Scalar;
  const note = (path: readonly (string | number)[], text: string) => {
    scalar(path).comment = mark(text);
  };
  note(['draft'], 'retirer cette ligne pour publier, une fois chaque marque traitée');
  note(['editorial', 'title'], 'titre de la rédaction à écrire');
  note(['editorial', 'summary'], 'résumé de la rédaction à écrire');
  if (deduced) note(['dateBasis'], 'dire d’où vient le jour de publication');
  data.figures.forEach((figure, index) => {
    note(['figures', index, 'id'], 'identifiant (adresse de la fiche) à confirmer');
    note(['figures', index, 'label'], 'libellé à rédiger');
    const event = proposals.events.findIndex((_, i) => eventIds[i] === figure.event);
    note(
      ['figures', index, 'event'],
      `rattaché à l’événement « ${proposals.events[event]!.when} » le plus proche : à confirmer`,
    );
  });
  data.events.forEach((event, index) => {
    const proposal = proposals.events[index]!;
    note(['events', index, 'id'], 'identifiant (adresse de la fiche) à confirmer');
    note(['events', index, 'label'], 'libellé à rédiger');
    note(
      ['events', index, 'kind'],
      proposal.kind
        ? `nature lue dans « ${proposal.kind.word} » : à confirmer`
        : `nature à choisir parmi ${eventKinds.join(', ')}`,
    );
    if (event.actors ?? event.places ?? event.aircraft)
      commentBefore(
        doc,
        ['events', index, 'quote'],
        'acteurs, lieux et appareils : ceux que nomme la phrase, à compléter',
      );
  });
  const unplacedFigures = proposals.figures.filter((figure) => figure.event === undefined);
  const notes = [
    ...unplacedFigures.map(
      (figure) => `chiffre « ${figure.quote} » sans événement daté avant lui : à rattacher`,
    ),
    ...proposals.unknownNames.map((name) =>
      name.designation
        ? `désignation sans fiche : « ${name.words} » (créer content/aircraft/… ou ignorer)`
        : `nom sans fiche : « ${name.words} » (créer content/actors/… ou content/places/…, ou ignorer)`,
    ),
    ...proposals.leftovers.map((leftover) =>
      leftover.kind === 'date'
        ? `date non résolue : « ${leftover.words} » (dans « ${leftover.sentence} »)`
        : `nombre sans unité connue : « ${leftover.words} » (src/vocabulary/units.ts), à relever ou ignorer`,
    ),
  ];
  if (notes.length > 0) doc.comment = notes.map(mark).join('\n');
  doc.commentBefore =
    ' Brouillon écrit par « npm run new-article » : chaque proposition cite les mots du texte.';

  flowMentions(doc);
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  const body = input.paragraphs.map(markdownParagraph).join('\n\n');
  return `---\n${yaml}---\n\n${body}\n`;
}

function mentions(proposals: Proposals, collection: 'actors' | 'places' | 'aircraft') {
  return proposals.references
    .filter((reference) => reference.collection === collection)
    .map((reference) => ({ ref: reference.ref, quote: reference.quote }));
}

function commentBefore(doc: Document, path: readonly (string | number)[], text: string) {
  const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
  if (!isMap(parent)) return;
  const pair = parent.items.find((item) => (item.key as Scalar).value === path.at(-1));
  if (pair) (pair.key as Scalar).commentBefore = mark(text);
}

// Mentions print one per line as `{ ref: …, quote: … }`, as authors write them by hand.
function flowMentions(doc: Document) {
  for (const key of ['actors', 'places', 'aircraft']) {
    const list = doc.get(key, true);
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
}
