/**
 * What the sources make of a claim of an article. One vocabulary for the schema, the cards, the
 * fact boxes, the share images, the structured data and the open data.
 */
export const verdicts = ['confirme', 'nuance', 'contredit', 'non-verifie'] as const;
export type Verdict = (typeof verdicts)[number];

export const verdictLabels: Record<Verdict, string> = {
  confirme: 'confirmé',
  nuance: 'nuancé',
  contredit: 'contredit',
  'non-verifie': 'non vérifié',
};

/** The verdict of a number of statements (« affirmations », feminine): « 11 confirmées ». */
export const verdictCountForms: Record<Verdict, { one: string; other: string }> = {
  confirme: { one: 'confirmée', other: 'confirmées' },
  nuance: { one: 'nuancée', other: 'nuancées' },
  contredit: { one: 'contredite', other: 'contredites' },
  'non-verifie': { one: 'non vérifiée', other: 'non vérifiées' },
};

/** What each verdict means, said once on every card that shows one. */
export const verdictDefinitions: Record<Verdict, string> = {
  confirme: 'les sources primaires disent la même chose que l’article',
  nuance: 'exact pour l’essentiel, mais les sources le disent autrement ou plus étroitement',
  contredit: 'les sources primaires disent autre chose que l’article',
  'non-verifie': 'la rédaction n’a pas trouvé de source primaire qui le confirme ou l’infirme',
};

/**
 * The verdict on schema.org's 1–5 scale (`reviewRating` of a ClaimReview): 5 true, 1 false. A
 * qualified claim is « mostly true »; an unverified one has no rating.
 */
export const verdictRatings: Record<Verdict, number | undefined> = {
  confirme: 5,
  nuance: 4,
  contredit: 1,
  'non-verifie': undefined,
};
