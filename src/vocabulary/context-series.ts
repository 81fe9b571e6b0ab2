/** The grammatical gender of a series' noun: it chooses « 1re » or « 1er ». */
export type Gender = 'f' | 'm';

/**
 * Series of recurring events. Ordinals ("5e patrouille…") are never stored: they are derived from
 * the dates by `seriesOrdinals` (`src/lib/series.ts`). `numbered` says whether the research
 * supports printing them (an official numbering the sources repeat); a series without it only
 * groups editions ("Mission de paix 2005, 2007…"), whose rank the sources do not give.
 * `gender` chooses "1re" or "1er"; `label` is the singular noun phrase that follows the ordinal.
 * One French name per series: `titledByRank` series are titled by their rank, as the ministries
 * number them (« 5e patrouille aérienne stratégique conjointe »), so no entry writes a title; a
 * series with a `name` titles every edition with it (« Mer conjointe 2024 »), checked per entry.
 */
export const contextSeries = {
  'patrouille-aerienne-strategique': {
    label: 'patrouille aérienne stratégique conjointe',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'patrouille-maritime': {
    label: 'patrouille maritime conjointe',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'patrouille-sous-marine': {
    label: 'patrouille conjointe de sous-marins',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'patrouille-garde-cotes': {
    label: 'patrouille conjointe de garde-côtes',
    gender: 'f',
    numbered: true,
    titledByRank: true,
  },
  'exercice-strategique-russe': {
    label: 'participation de l’armée chinoise à un exercice stratégique annuel russe',
    gender: 'f',
    numbered: true,
  },
  mosi: { label: 'exercice Mosi', gender: 'm', numbered: true, name: 'Mosi' },
  'mission-de-paix': {
    label: 'exercice Mission de paix',
    gender: 'm',
    numbered: false,
    name: 'Mission de paix',
  },
  'mer-conjointe': {
    label: 'exercice naval Mer conjointe (Joint Sea)',
    gender: 'm',
    numbered: false,
    name: 'Mer conjointe',
  },
  interaction: {
    label: 'exercice stratégique de l’armée chinoise avec participation russe',
    gender: 'm',
    numbered: false,
  },
  'ceinture-de-securite-maritime': {
    label: 'exercice Ceinture de sécurité maritime',
    gender: 'm',
    numbered: false,
    name: 'Ceinture de sécurité maritime',
  },
} as const satisfies Record<
  string,
  { label: string; gender: Gender; numbered: boolean; titledByRank?: true; name?: string }
>;
export type ContextSeriesId = keyof typeof contextSeries;
export const contextSeriesIds = Object.keys(contextSeries) as [ContextSeriesId, ...ContextSeriesId[]];
