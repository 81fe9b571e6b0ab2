import type { ArticleModel } from './article-model';
import { actorKindLabel } from './labels';
import { resolveId } from './resolve-id';
import type { Entities } from './site-model';
import { urls } from './urls';
import { verdictLabels, type Verdict } from '../vocabulary/verdicts';

/** A key figure of the article's side boxes: the value (a link to its card), what it counts, its verdict. */
interface FactBoxFigure {
  readonly id: string;
  readonly url: string;
  /** « plus de 2 000 soldats ». */
  readonly display: string;
  readonly label: string;
  readonly verdict: { readonly id: Verdict; readonly label: string } | undefined;
}

/** An actor or an aircraft the article names: its page, its name, and what it is. */
interface FactBoxEntity {
  readonly id: string;
  readonly url: string;
  /** An actor's name, an aircraft's designation. */
  readonly name: string;
  /** An actor's role (else its kind), an aircraft's role and operator: « bombardier stratégique, Russie ». */
  readonly detail: string;
}

/** What the boxes beside an article list: its key figures, the aircraft and the actors it names. */
export interface FactBoxesView {
  readonly figures: readonly FactBoxFigure[];
  readonly aircraft: readonly FactBoxEntity[];
  readonly actors: readonly FactBoxEntity[];
}

/** The side boxes of an article, every id it names resolved to its entry. */
export function factBoxes(
  article: Pick<ArticleModel, 'figures' | 'aircraft' | 'actors'>,
  entities: Pick<Entities, 'actors' | 'aircraft'>,
): FactBoxesView {
  return {
    figures: article.figures.map((figure) => ({
      id: figure.id,
      url: urls.fact(figure.id),
      display: figure.display,
      label: figure.label,
      verdict: figure.check && { id: figure.check.verdict, label: verdictLabels[figure.check.verdict] },
    })),
    aircraft: article.aircraft.map(({ ref }) => {
      const aircraft = resolveId(entities.aircraft, ref);
      const operator = resolveId(entities.actors, aircraft.operator.id);
      return {
        id: ref,
        url: urls.aircraft(ref),
        name: aircraft.designation,
        detail: `${aircraft.role}, ${operator.name}`,
      };
    }),
    actors: article.actors.map(({ ref }) => {
      const actor = resolveId(entities.actors, ref);
      return {
        id: ref,
        url: urls.actor(ref),
        name: actor.name,
        detail: actor.role ?? actorKindLabel(actor.kind),
      };
    }),
  };
}
