import type { z } from 'astro/zod';
import { endsBefore, readPartialDate } from '../dates/partial-date';
import { contextSeries } from '../vocabulary/context-series';
import { contextSubkindLabels } from '../vocabulary/event-kinds';
import type { ContextEvent } from './context-event';
import { UNKNOWN_DATE } from '../vocabulary/unknown-date';

/**
 * The rules of a record event that span several fields, which no field's schema can say alone.
 * Each adds its issues, in French, at the field an author has to change; they run in this order,
 * so the issues of an entry always list the same way.
 */
type Context = z.core.$RefinementCtx<ContextEvent>;

export function contextEventRules(event: ContextEvent, ctx: Context): void {
  checkDates(event, ctx);
  checkTitle(event, ctx);
  checkSubkind(event, ctx);
  checkDuplicates(event, ctx);
  checkQuotedPages(event, ctx);
}

const known = (value: string | undefined): value is string => value !== undefined && value !== UNKNOWN_DATE;

/**
 * Whether `end` is over before `start` began. False when either is not a date: a malformed one is
 * already reported at its field, and the order of what is not a date means nothing.
 */
function endsBeforeStart(start: string, end: string): boolean {
  const first = readPartialDate(start);
  const last = readPartialDate(end);
  return first !== undefined && last !== undefined && endsBefore(last, first);
}

/**
 * The dates say one thing one way: no end equal to the start, no end before the start, an unknown
 * start with its end given, a start window only for an unknown start, every unknown explained,
 * no variant repeating the main dates.
 */
function checkDates(event: ContextEvent, ctx: Context): void {
  // One spelling per fact: an end equal to the start is written by leaving `end` out.
  if (event.end !== undefined && event.end === event.start && known(event.end)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: '`end` identique à `start` : omettre `end`' });
  }
  if (known(event.start) && known(event.end) && endsBeforeStart(event.start, event.end)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'la date de fin précède la date de début' });
  }
  // Without a known start, an absent end would read "same as start": the end must be explicit.
  if (event.start === UNKNOWN_DATE && event.end === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `début « ${UNKNOWN_DATE} » : la fin doit être donnée (date ou « ${UNKNOWN_DATE} »)`,
    });
  }
  if (event.startWindow) {
    if (event.start !== UNKNOWN_DATE) {
      ctx.addIssue({
        code: 'custom',
        path: ['startWindow'],
        message: `une fenêtre de début n’a de sens que si \`start\` vaut « ${UNKNOWN_DATE} »`,
      });
    }
    if (endsBeforeStart(event.startWindow.notBefore, event.startWindow.notAfter)) {
      ctx.addIssue({ code: 'custom', path: ['startWindow'], message: 'fenêtre de début inversée' });
    }
  }
  // An unknown date is a research finding: it must be explained where readers see it.
  if ((event.start === UNKNOWN_DATE || event.end === UNKNOWN_DATE) && !event.unconfirmed) {
    ctx.addIssue({
      code: 'custom',
      path: ['unconfirmed'],
      message: 'une date inconnue doit être expliquée dans `unconfirmed`',
    });
  }
  event.dateVariants?.forEach((variant, index) => {
    const end = event.end ?? event.start;
    if ((variant.start ?? event.start) === event.start && (variant.end ?? end) === end) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateVariants', index],
        message: 'cette variante répète les dates principales',
      });
    }
  });
}

/**
 * One French name per series (`src/vocabulary/context-series.ts`): an event of a series titled by
 * rank writes no title; an event of a named series is titled with its name.
 */
function checkTitle(event: ContextEvent, ctx: Context): void {
  const series = event.series && contextSeries[event.series];
  if (series && 'titledByRank' in series && event.title !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['title'],
      message: `le titre des événements de la série « ${event.series} » est leur rang (« 5e ${series.label} ») : omettre \`title\``,
    });
  }
  const title = event.title ?? ('fr' in event.name ? event.name.fr : event.name.translation);
  if (series && 'name' in series && !title.startsWith(`${series.name} `)) {
    ctx.addIssue({
      code: 'custom',
      path: ['title'],
      message: `un événement de la série « ${event.series} » s’intitule « ${series.name} … » (reçu : « ${title} ») : donner \`title\``,
    });
  }
}

/** A subkind refines one kind: « exercice naval » is an exercise, never a patrol. */
function checkSubkind(event: ContextEvent, ctx: Context): void {
  const { subkind } = event;
  if (subkind && contextSubkindLabels[subkind].kind !== event.kind) {
    ctx.addIssue({
      code: 'custom',
      path: ['subkind'],
      message: `le sous-type « ${subkind} » va avec le type « ${contextSubkindLabels[subkind].kind} »`,
    });
  }
}

/** Duplicates in id lists are copy-paste slips that would double a map marker or a flag. */
function checkDuplicates(event: ContextEvent, ctx: Context): void {
  for (const key of ['countries', 'areas'] as const) {
    const ids = event[key].map((ref) => ref.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'identifiant en double' });
    }
  }
  if (event.features && new Set(event.features).size !== event.features.length) {
    ctx.addIssue({ code: 'custom', path: ['features'], message: 'caractéristique en double' });
  }
}

/** A page quoted twice (one passage per fact) is shown once, under one name: the names must agree. */
function checkQuotedPages(event: ContextEvent, ctx: Context): void {
  const publishers = new Map<string, string | undefined>();
  event.sources.forEach((source, index) => {
    if (!publishers.has(source.url)) {
      publishers.set(source.url, source.publisher);
      return;
    }
    const first = publishers.get(source.url);
    if (source.publisher !== first) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'publisher'],
        message: `page déjà citée plus haut ${first === undefined ? 'sans `publisher`' : `avec \`publisher: ${first}\``} : la même valeur est attendue`,
      });
    }
  });
}
