import { existsOnCalendar, isWithin, parsePartialDate, readPartialDate } from '../dates/partial-date';
import { formatPartialDate } from '../lib/date-format';

/**
 * The draft's publication day: `--date`, else the received text's own date line when it gives
 * the day. Relative dates resolve against it, so a month alone is not enough.
 */
export function publicationDate(
  sourceDate: string | undefined,
  option: string | undefined,
): { iso: string } | { error: string } {
  const iso = option ?? (sourceDate?.length === 10 ? sourceDate : undefined);
  if (!iso)
    return {
      error: sourceDate
        ? `Le texte n’est daté que de ${formatPartialDate(parsePartialDate(sourceDate))} : donnez le jour de publication (--date AAAA-MM-JJ), contre lequel « mercredi » ou « en septembre » se résolvent.`
        : 'Le texte n’a pas de ligne « date AAAA-MM-JJ » : donnez le jour de publication (--date AAAA-MM-JJ).',
    };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !existsOnCalendar(iso))
    return { error: `--date « ${iso} » : une date existante au format AAAA-MM-JJ était attendue.` };
  const period = sourceDate === undefined ? undefined : readPartialDate(sourceDate);
  if (sourceDate && !(period && isWithin(parsePartialDate(iso), period)))
    return { error: `--date ${iso} n’est pas dans la période que donne le texte (${sourceDate}).` };
  return { iso };
}
