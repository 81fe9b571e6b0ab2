/**
 * The value of a record date the research could not confirm (`start: inconnue`): unknown, said
 * so, never guessed. The schema accepts it where a date goes; the pages say « date inconnue ».
 */
export const UNKNOWN_DATE = 'inconnue';
