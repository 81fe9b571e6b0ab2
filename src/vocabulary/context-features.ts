/**
 * Facts that can recur, so a first is derived (the earliest event carrying the feature, see
 * `derivedFirsts`) instead of being asserted by hand on one event and forgotten on the next.
 * Slug → French phrase completing "Premier événement de la chronologie où…". The claim is the
 * record's, so it is said of the record; each phrase is no broader than what the research reports
 * of the event that carries it first (its `notableFirsts`, with their attributions).
 */
export const contextFeatureLabels = {
  'atterrissage-dans-l-autre-pays': 'des bombardiers de la patrouille se posent dans le pays partenaire',
  'exercice-amphibie': 'les deux marines mènent un débarquement amphibie conjoint',
  'sauvetage-sous-marin':
    'les deux marines s’exercent ensemble à secourir un sous-marin en détresse posé sur le fond',
} as const;
export type ContextFeature = keyof typeof contextFeatureLabels;
export const contextFeatures = Object.keys(contextFeatureLabels) as [ContextFeature, ...ContextFeature[]];
