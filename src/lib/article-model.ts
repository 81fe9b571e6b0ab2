import type { ArticleData } from '../schema/article';
import type { ContentIssue } from './content-issues';
import { formatFigure } from './figure-format';
import { figureWordsIssues } from './figure-words';
import { parseArticleBody, renderArticleBody, type BodyParagraph } from './article-body';
import { mentionTargets, type AircraftLookup } from './mention-targets';
import { parsePartialDate, toIso, type PartialDate } from '../dates/partial-date';
import { formatPartialDate } from './date-format';
import { locateQuote, type LocatedQuote } from './quotes';
import { resolveDatePhrase } from './relative-date';
import type { Source } from '../schema/source';
import type { ClaimCheck } from '../schema/claim-check';
import type { Correction } from '../schema/correction';
import { unknownPublishers } from './claim-checks';
import slugify from '@sindresorhus/slugify';
import { urls } from './urls';

/** A validated article entry as the content layer gives it (plain data, no Astro types). */
export interface ArticleInput {
  readonly id: string;
  readonly filePath: string;
  readonly body: string;
  readonly data: ArticleData;
}

/** Ids of the shared entries an article may reference; aircraft with what their mentions show. */
export interface KnownIds {
  readonly actors: ReadonlySet<string>;
  readonly aircraft: ReadonlyMap<string, { readonly designation: string; readonly role: string }>;
  readonly places: ReadonlySet<string>;
  readonly exercises: ReadonlySet<string>;
  readonly publishers: ReadonlySet<string>;
}

export interface FigureFact {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: ArticleData['figures'][number]['unit'];
  readonly qualifier: ArticleData['figures'][number]['qualifier'];
  /** The figure as French readers write it: "plus de 2 000 soldats". */
  readonly display: string;
  readonly eventId: string;
  readonly quote: LocatedQuote;
  /** What primary sources make of the figure, when the newsroom has checked it. */
  readonly check: ClaimCheck | undefined;
  readonly corrections: readonly Correction[];
}

export interface EventFact {
  readonly id: string;
  readonly label: string;
  readonly kind: ArticleData['events'][number]['kind'];
  /** The article's own date words, if any. */
  readonly when: string | undefined;
  /** The resolved date; undefined when the article does not date the event. */
  readonly date: PartialDate | undefined;
  /** True when `date` is exactly what `when` designates for this publication day (not refined). */
  readonly dateFromWords: boolean;
  readonly actors: readonly string[];
  readonly aircraft: readonly string[];
  readonly places: readonly string[];
  /** Id of the same real event in the researched record. */
  readonly sameAs: string | undefined;
  /** The cited page `date` comes from, when the article's words do not give it. */
  readonly dateSource: Source | undefined;
  readonly quote: LocatedQuote;
  /** What primary sources make of the event, when the newsroom has checked it. */
  readonly check: ClaimCheck | undefined;
  readonly corrections: readonly Correction[];
}

/** A statement of the article checked against primary sources (neither a figure nor an event). */
export interface ClaimFact {
  readonly id: string;
  readonly label: string;
  /** The event of this article it is about, if any. */
  readonly eventId: string | undefined;
  readonly quote: LocatedQuote;
  readonly check: ClaimCheck;
  readonly corrections: readonly Correction[];
}

export interface MentionFact {
  readonly ref: string;
  readonly quote: LocatedQuote;
}

/** Everything the pages need about one article, derived once from its entry. */
export interface ArticleModel {
  readonly slug: string;
  readonly filePath: string;
  /** Not published: only `astro dev` shows it, with a notice. */
  readonly draft: boolean;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly date: PartialDate;
  readonly dateIso: string;
  readonly dateText: string;
  /** How the day was deduced, when the source gave less (see `dateBasis` in the schema). */
  readonly dateBasis: string | undefined;
  readonly paragraphs: readonly BodyParagraph[];
  /** The body as the page shows it, its mentions linked to their cards (before the page's typography). */
  readonly bodyHtml: string;
  readonly actors: readonly MentionFact[];
  readonly places: readonly MentionFact[];
  readonly aircraft: readonly MentionFact[];
  readonly figures: readonly FigureFact[];
  readonly events: readonly EventFact[];
  readonly claims: readonly ClaimFact[];
}

/**
 * Checks what zod cannot see from one field (quotes found in the body, references, dates that
 * agree with the text, ids unique across the site) and derives the article models.
 * Returns every issue at once so an author fixes them in one pass.
 */
export function buildArticles(
  inputs: readonly ArticleInput[],
  known: KnownIds,
): { articles: ArticleModel[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  // Figure and event cards share /faits/<id>/ with the researched events: one namespace.
  const factIds = new Map<string, string>(
    [...known.exercises].map((id) => [id, `content/exercises/${id}.yaml`]),
  );
  const articles = inputs.map((input) => buildArticle(input, known, factIds, issues));
  return { articles, issues };
}

function buildArticle(
  input: ArticleInput,
  known: KnownIds,
  factIds: Map<string, string>,
  issues: ContentIssue[],
): ArticleModel {
  const { data } = input;
  const file = input.filePath;
  const report = (field: string, message: string) => issues.push({ file, field, message });
  // One Unicode form: a body saved with decomposed accents quotes and dates like any other.
  const body = input.body.normalize('NFC');
  const parsed = parseArticleBody(body);
  const { paragraphs } = parsed;
  if (paragraphs.length === 0)
    report('body', 'le texte de l’article est vide : un paragraphe au moins était attendu');
  const fileName = file.split('/').pop() ?? file;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/.test(fileName)) {
    report(
      'nom du fichier',
      `« ${fileName} » : un nom en minuscules ASCII séparées par des tirets était attendu, car il devient l’adresse de l’article (ex. « ${slugify(fileName.replace(/\.md$/, ''), { locale: 'fr' }) || 'article'}.md »)`,
    );
  }
  for (const resource of parsed.remoteResources) {
    report(
      resource.line === undefined ? 'body' : `body (ligne ${resource.line} du texte)`,
      `ressource d’un autre site refusée : « ${resource.url} » ; le navigateur du lecteur la demanderait à cet hôte. Placez le fichier dans public/ et liez-le par son chemin (/images/…)`,
    );
  }

  const published = parsePartialDate(data.date);
  if (data.sourceDate && !data.date.startsWith(data.sourceDate)) {
    report(
      'date',
      `la date de publication ${data.date} n’est pas dans la période donnée par la source (${data.sourceDate})`,
    );
  }
  // A day the source does not give is a deduction: the page must say from what.
  if (data.sourceDate && data.sourceDate.length < data.date.length && !data.dateBasis) {
    report(
      'dateBasis',
      `la source ne date le texte que de ${data.sourceDate} : une phrase disant d’où vient le jour ${data.date} était attendue`,
    );
  }

  // A quote that is not found still yields a placeholder so every problem is reported in one pass;
  // the build stops before any page uses it.
  const quote = (field: string, text: string): LocatedQuote => {
    const located = locateQuote(paragraphs, text);
    if (!located) report(field, `citation introuvable telle quelle dans le texte de l’article : « ${text} »`);
    return located ?? { text, paragraphId: '', sentence: '' };
  };
  const claimId = (field: string, id: string) => {
    const owner = factIds.get(id);
    if (owner)
      report(
        field,
        `identifiant « ${id} » déjà utilisé (${owner}) : les identifiants sont uniques sur tout le site`,
      );
    else factIds.set(id, file);
  };
  const checkRef = (field: string, collection: keyof KnownIds, id: string) => {
    if (!known[collection].has(id))
      report(field, `« ${id} » ne correspond à aucune entrée de content/${collection}/`);
  };

  const mentions = (key: 'actors' | 'places' | 'aircraft'): MentionFact[] => {
    const seen = new Set<string>();
    return data[key].map((mention, index) => {
      checkRef(`${key}[${index}].ref`, key, mention.ref.id);
      if (seen.has(mention.ref.id))
        report(`${key}[${index}].ref`, `« ${mention.ref.id} » est déjà cité plus haut dans ${key}`);
      seen.add(mention.ref.id);
      return { ref: mention.ref.id, quote: quote(`${key}[${index}].quote`, mention.quote) };
    });
  };

  const eventIds = new Set(data.events.map((event) => event.id));
  const events = data.events.map((event, index): EventFact => {
    const at = `events[${index}]`;
    claimId(`${at}.id`, event.id);
    event.actors.forEach((ref, i) => checkRef(`${at}.actors[${i}]`, 'actors', ref.id));
    event.aircraft.forEach((ref, i) => checkRef(`${at}.aircraft[${i}]`, 'aircraft', ref.id));
    event.places.forEach((ref, i) => checkRef(`${at}.places[${i}]`, 'places', ref.id));
    if (event.sameAs) checkRef(`${at}.sameAs`, 'exercises', event.sameAs.id);
    const { date, fromWords, beyondWords } = eventDate(event, published, at, report);
    // A date the words do not give (no `when`, or more precise than it) needs a cited source: a
    // page of its own, or the record's event it is (`sameAs`, whose dates must agree: same-as.ts).
    if (date && beyondWords && !event.dateSource && !event.sameAs) {
      report(
        `${at}.date`,
        `la date ${toIso(date)} ne s’appuie sur rien : ni sur les mots du texte (\`when\`, qui ${event.when ? `dit seulement « ${event.when} »` : 'est absent'}), ni sur une source citée (\`dateSource\` : url, publisher, lang, excerpt), ni sur l’événement du relevé qu’il est (\`sameAs\`)`,
      );
    }
    return {
      id: event.id,
      label: event.label,
      kind: event.kind,
      when: event.when,
      date,
      dateFromWords: fromWords,
      actors: event.actors.map((ref) => ref.id),
      aircraft: event.aircraft.map((ref) => ref.id),
      places: event.places.map((ref) => ref.id),
      sameAs: event.sameAs?.id,
      dateSource: event.dateSource,
      quote: quote(`${at}.quote`, event.quote),
      check: event.check,
      corrections: event.corrections ?? [],
    };
  });

  const figures = data.figures.map((figure, index): FigureFact => {
    const at = `figures[${index}]`;
    claimId(`${at}.id`, figure.id);
    if (!eventIds.has(figure.event)) {
      report(
        `${at}.event`,
        `« ${figure.event} » ne correspond à aucun événement de cet article (events[].id)`,
      );
    }
    const located = quote(`${at}.quote`, figure.quote);
    // A quote that is not in the body is reported as such; its words would only repeat the typo.
    if (located.paragraphId)
      for (const issue of figureWordsIssues(figure)) report(`${at}.${issue.field}`, issue.message);
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
      display: formatFigure(figure),
      eventId: figure.event,
      quote: located,
      check: figure.check,
      corrections: figure.corrections ?? [],
    };
  });

  const claims = data.claims.map((claim, index): ClaimFact => {
    const at = `claims[${index}]`;
    claimId(`${at}.id`, claim.id);
    if (claim.event !== undefined && !eventIds.has(claim.event)) {
      report(
        `${at}.event`,
        `« ${claim.event} » ne correspond à aucun événement de cet article (events[].id)`,
      );
    }
    return {
      id: claim.id,
      label: claim.label,
      eventId: claim.event,
      quote: quote(`${at}.quote`, claim.quote),
      check: claim.check,
      corrections: claim.corrections ?? [],
    };
  });

  const checked = [
    ...data.figures.map((figure, index) => ({ check: figure.check, field: `figures[${index}].check` })),
    ...data.events.map((event, index) => ({ check: event.check, field: `events[${index}].check` })),
    ...data.claims.map((claim, index) => ({ check: claim.check, field: `claims[${index}].check` })),
  ];
  for (const { check, field } of checked) {
    if (check)
      for (const miss of unknownPublishers(check, field, known.publishers)) report(miss.field, miss.message);
  }

  // In the order of the frontmatter's lists, so issues come in reading order.
  const actors = mentions('actors');
  const places = mentions('places');
  const aircraft = mentions('aircraft');
  const describeAircraft: AircraftLookup = (id) => known.aircraft.get(id);
  const rendered = renderArticleBody(parsed, mentionTargets({ figures, aircraft }, describeAircraft));
  for (const miss of rendered.missed)
    report(
      miss.field,
      `« ${miss.phrase} » ne peut pas devenir un lien vers sa fiche : dans le texte, ces mots ne se trouvent qu’à l’intérieur d’un lien existant (un lien ne peut pas en contenir un autre). Retirez ce lien du texte ou citez d’autres mots`,
    );

  return {
    slug: input.id,
    draft: data.draft,
    filePath: file,
    url: urls.article(input.id),
    title: data.editorial.title,
    summary: data.editorial.summary,
    date: published,
    dateIso: toIso(published),
    dateText: formatPartialDate(published),
    dateBasis: data.dateBasis,
    paragraphs,
    bodyHtml: rendered.html,
    actors,
    places,
    aircraft,
    figures,
    events,
    claims,
  };
}

/**
 * The event's date: its words resolved against the publication date, checked against an explicit
 * `date` when both are given (a `date` may refine the words: "en septembre" + 2022-09-21).
 * `fromWords`: the date is exactly what the words designate, so a card can say it was read there.
 */
function eventDate(
  event: ArticleData['events'][number],
  published: PartialDate,
  at: string,
  report: (field: string, message: string) => void,
): { date: PartialDate | undefined; fromWords: boolean; beyondWords: boolean } {
  const explicit = event.date === undefined ? undefined : parsePartialDate(event.date);
  if (event.when === undefined) return { date: explicit, fromWords: false, beyondWords: true };
  const resolved = resolveDatePhrase(event.when, published);
  if (!resolved) {
    report(
      `${at}.when`,
      `expression de date non reconnue : « ${event.when} » (attendu : un jour comme « mercredi », un mois comme « en septembre » ou une date comme « le 24 février »)`,
    );
    return { date: explicit, fromWords: false, beyondWords: false };
  }
  // Either may be the more precise ("en septembre" + 2022-09-21, or "mercredi" + 2022-11):
  // they agree when one contains the other, and the more precise one is kept.
  if (
    explicit &&
    (toIso(explicit).startsWith(toIso(resolved)) || toIso(resolved).startsWith(toIso(explicit)))
  ) {
    const refined = toIso(explicit).length > toIso(resolved).length;
    return { date: refined ? explicit : resolved, fromWords: !refined, beyondWords: refined };
  }
  if (explicit) {
    report(
      `${at}.date`,
      `la date ${toIso(explicit)} contredit « ${event.when} », qui désigne ${formatPartialDate(resolved)} pour un article du ${formatPartialDate(published)}`,
    );
    return { date: explicit, fromWords: false, beyondWords: false };
  }
  return { date: resolved, fromWords: true, beyondWords: false };
}
