import { z } from 'astro/zod';
import { existsOnCalendar, PARTIAL_ISO_PATTERN } from '../dates/partial-date';

/** No event of the site's subject predates 1900: an earlier year is a typo (`0000`, `1022`). */
const FIRST_YEAR = 1900;
/** Nothing is dated beyond next year: a later year is a typo (`2202`). */
const lastYear = () => new Date().getUTCFullYear() + 1;

/**
 * A calendar date known to a given precision, written as ISO 8601 with only the known parts:
 * `2022` (year), `2022-09` (month) or `2022-11-30` (day). Never a made-up day or month.
 */
export const partialDateSchema = z
  .string({ error: 'une date ISO était attendue (AAAA, AAAA-MM ou AAAA-MM-JJ)' })
  .regex(PARTIAL_ISO_PATTERN, { error: 'format de date attendu : AAAA, AAAA-MM ou AAAA-MM-JJ' })
  .refine(existsOnCalendar, { error: 'date impossible : ce jour ou ce mois n’existe pas' })
  .refine((value) => Number(value.slice(0, 4)) >= FIRST_YEAR && Number(value.slice(0, 4)) <= lastYear(), {
    error: `année hors des bornes : une année de ${FIRST_YEAR} à l’année prochaine était attendue (une faute de frappe ?)`,
  });

/** A date in the content: a YAML date (day precision) is accepted and normalised to its ISO string. */
export const contentDateSchema = z.preprocess((value) => {
  // YAML turns `2022-11-30` into a Date at UTC midnight and `2022` into a number.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}, partialDateSchema);
