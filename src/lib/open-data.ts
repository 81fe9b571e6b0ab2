import { externalHref } from './safe-url';
import { stringify } from 'csv-stringify/sync';
import { factRowSchema, timelineRowSchema, type FactRow, type TimelineRow } from '../schema/open-data';
import type { FactCard } from './cards';
import type { TimelineItem } from './timeline';
import { toIso } from '../dates/partial-date';
import { urls } from './urls';

/** Fact rows for the downloads, validated against their published schema before anyone gets them. */
export function factRows(cards: readonly FactCard[], site: URL): FactRow[] {
  return cards.map((card) =>
    factRowSchema.parse({
      id: card.id,
      type: card.type,
      libelle: card.title,
      valeur: card.type === 'chiffre' ? (card.numericValue ?? null) : null,
      unite: card.unit ?? null,
      qualificatif: card.qualifier ?? null,
      texte: card.value ?? '',
      date: card.dateIso ?? null,
      dateSelonLArticle: card.dateWords ?? null,
      verdict: card.check?.verdict ?? null,
      verification: card.check?.summary ?? null,
      evenement: card.eventId ?? null,
      chronologie: card.sameAs ?? null,
      citation: card.quote.text,
      source: urls.absolute(urls.paragraph(card.source.url, card.quote.paragraphId), site),
      fiche: urls.absolute(card.url, site),
    }),
  );
}

/** Timeline rows for the downloads. */
export function timelineRows(items: readonly TimelineItem[], site: URL): TimelineRow[] {
  return items.map((item) =>
    timelineRowSchema.parse({
      id: item.id,
      type: item.kind,
      nom: item.title,
      nomTraduit: item.titleIsTranslation,
      debut: item.start ? toIso(item.start) : null,
      fin: item.end ? toIso(item.end) : null,
      dates: item.dateText,
      datesSelonSources: item.dateVariantsText ?? null,
      autresDates: [...item.otherDates],
      pays: [...item.countries],
      zones: [...item.areas],
      sources: item.sources.map((page) => externalHref(page.url)),
      articles: item.mentions.map((mention) =>
        urls.absolute(urls.paragraph(mention.articleUrl, mention.quote.paragraphId), site),
      ),
      fiche: urls.absolute(item.url, site),
    }),
  );
}

/** CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the accents), lists joined by " | ". */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const flat = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? value.join(' | ') : value]),
    ),
  );
  // escape_formulas: a cell a spreadsheet would run as a formula (=, +, -, @: OWASP « CSV
  // injection ») is written with a leading apostrophe, so it reads as the text it is.
  return `\ufeff${stringify(flat, { header: true, escape_formulas: true, cast: { boolean: (value) => (value ? 'oui' : 'non') } })}`;
}
