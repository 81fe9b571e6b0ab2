/** What sort of actor: the fact boxes group by it and the card says it in French. */
export const actorKinds = ['pays', 'institution', 'personne', 'alliance'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const actorKindLabels: Record<ActorKind, string> = {
  pays: 'pays',
  institution: 'institution',
  personne: 'personne',
  alliance: 'alliance',
};
