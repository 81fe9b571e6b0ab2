import { z } from 'astro/zod';
import { isValid, parseISO } from 'date-fns';

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
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: 'format de date attendu : AAAA, AAAA-MM ou AAAA-MM-JJ',
  })
  .refine(
    (value) => {
      // parseISO rejects month 13 and 2022-02-30, which a regex alone would accept.
      const [year, month = 1, day = 1] = value.split('-').map(Number);
      const probe = parseISO(
        value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value,
      );
      return (
        isValid(probe) &&
        probe.getFullYear() === year &&
        probe.getMonth() + 1 === month &&
        probe.getDate() === day
      );
    },
    { error: 'date impossible : ce jour ou ce mois n’existe pas' },
  )
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

export type PartialDateString = z.infer<typeof partialDateSchema>;
