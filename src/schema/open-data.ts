import { z } from 'astro/zod';
import { verdicts } from '../vocabulary/verdicts';
import { factTypes } from '../vocabulary/fact-types';

/**
 * Rows of the open-data downloads (/donnees/). Each row says where it comes from: an article
 * paragraph (with the exact words) or outside pages. The JSON Schema offered for download is
 * generated from these with `z.toJSONSchema`, so the files and their documentation cannot drift:
 * each field's description is its documentation (`.describe()`), carried into the schema.
 */
export const factRowSchema = z.strictObject({
  id: z.string().describe('Stable id, also the card’s URL: /faits/<id>/.'),
  type: z
    .enum(factTypes)
    .describe(
      '`chiffre` (a figure), `evenement` (an event the article names, dated or not) or `affirmation` (another statement of the article, checked against sources).',
    ),
  libelle: z.string().describe('What the fact is, in French.'),
  valeur: z.number().nullable().describe('The figure’s number, as a number (null for an event).'),
  unite: z.string().nullable().describe('Unit id of the figure (`soldat`, `dollar`…), null for an event.'),
  qualificatif: z
    .string()
    .nullable()
    .describe('How the text bounds the number (`plus-de`), null when exact or for an event.'),
  texte: z
    .string()
    .describe(
      'The value as a French reader reads it ("plus de 2 000 soldats"), or the event’s date in words.',
    ),
  date: z
    .string()
    .nullable()
    .describe(
      'Event’s date at its precision (AAAA, AAAA-MM, AAAA-MM-JJ), null when undated or for a figure.',
    ),
  dateSelonLArticle: z
    .string()
    .nullable()
    .describe(
      'The article’s words the date is read from ("mardi"), resolved against its publication day; null when the date is not read from words alone, or for a figure.',
    ),
  verdict: z
    .enum(verdicts)
    .nullable()
    .describe(
      'What primary sources make of the fact, per the newsroom: `confirme`, `nuance`, `contredit` or `non-verifie`; null when not yet checked. Its sources are on the card.',
    ),
  verification: z
    .string()
    .nullable()
    .describe('The verification in one French sentence, null when not yet checked.'),
  evenement: z
    .string()
    .nullable()
    .describe(
      'The event a figure belongs to (its id), the event itself, the event a statement is about, or null for a statement about none.',
    ),
  chronologie: z
    .string()
    .nullable()
    .describe(
      'Id of the same real event in chronologie.json, when the researched record holds it (for a figure: its event’s); null otherwise.',
    ),
  citation: z.string().describe('The article’s exact words.'),
  source: z.url().describe('Absolute URL of the article paragraph containing them.'),
  fiche: z.url().describe('Absolute URL of the fact’s card.'),
});

export const timelineRowSchema = z.strictObject({
  id: z.string().describe('Stable id, also the card’s URL: /faits/<id>/.'),
  type: z.string().describe('Kind of event (`patrouille-aerienne`, `exercice`…).'),
  nom: z.string().describe('French name (a newsroom translation when `nomTraduit` is true).'),
  nomTraduit: z.boolean().describe('True when the French name is the newsroom’s translation.'),
  debut: z.string().nullable().describe('Start date at its precision, null when unknown.'),
  fin: z
    .string()
    .nullable()
    .describe('End date at its precision, null when the same as the start or unknown.'),
  dates: z.string().describe('Dates in words, as the timeline shows them.'),
  datesSelonSources: z
    .string()
    .nullable()
    .describe(
      'When sources disagree, every date given, in words (“24 ou 25 juillet 2024 selon les sources”); null when they agree.',
    ),
  autresDates: z
    .array(z.string())
    .describe(
      'Each disagreeing source’s dates and who gives them, in words (“25 juillet 2024 selon le ministère chinois de la Défense…”); empty when sources agree.',
    ),
  pays: z
    .array(z.string())
    .describe(
      'Countries concerned (ids): those taking part in an exercise or patrol; for a political, economic or military context event, the countries among its actors.',
    ),
  zones: z.array(z.string()).describe('Areas (gazetteer ids).'),
  sources: z
    .array(z.url())
    // A page the research quotes twice is one source: listed twice, it would be counted twice.
    .refine((urls) => new Set(urls).size === urls.length, { error: 'page citée deux fois' })
    .meta({ uniqueItems: true, description: 'Outside sources: the pages cited (URLs), each once.' }),
  articles: z.array(z.url()).describe('Paragraphs of our articles that report it (absolute URLs).'),
  fiche: z.url().describe('Absolute URL of the event’s card.'),
});

export type FactRow = z.infer<typeof factRowSchema>;
export type TimelineRow = z.infer<typeof timelineRowSchema>;
