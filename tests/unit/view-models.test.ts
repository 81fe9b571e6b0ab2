import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files';
import { buildSite, type Site } from '../../src/lib/site-model';
import { entityLinkRows } from '../../src/lib/entity-links';
import { factBoxes } from '../../src/lib/fact-boxes';
import { factPageView } from '../../src/lib/fact-page-views';
import { resolveId } from '../../src/lib/resolve-id';
import { shortName } from '../../src/lib/timeline';
import { timelinePageViews } from '../../src/lib/timeline-page-views';
import { TIMELINE_TITLE } from '../../src/lib/timeline-views';
import { TIMELINE_PAGE_SIZE } from '../../src/lib/timeline-pages';
import { articleTimelineView } from '../../src/lib/article-timeline-view';
import { acronyms } from '../../src/vocabulary/acronyms';

// The pages' view models, built from the project's own content: each id a component shows
// arrives resolved to what its entry says.

const ROOT = resolve(import.meta.dirname, '../..');
const built = buildSite(readContent(ROOT).content, { drafts: false, root: ROOT });
if (!built.site) throw new Error(JSON.stringify(built.issues, null, 2));
const site: Site = built.site;

/** An entry as its YAML file says it, read apart from the model. */
const yamlOf = (folder: string, id: string): Record<string, unknown> =>
  parse(readFileSync(resolve(ROOT, 'content', folder, `${id}.yaml`), 'utf8')) as Record<string, unknown>;

describe('résolution d’un identifiant', () => {
  it('rend l’entrée nommée', () => {
    expect(resolveId(site.entities.actors, 'russie').name).toBe(yamlOf('actors', 'russie')['name']);
  });

  it('échoue sur un identifiant inconnu, au lieu d’afficher l’identifiant brut', () => {
    expect(() => resolveId(site.entities.actors, 'atlantide')).toThrow(/« atlantide »/);
  });
});

describe('liens vers les acteurs, appareils et lieux', () => {
  it('nomme chacun comme son fichier et mène à sa page, les rangées vides en moins', () => {
    const rows = entityLinkRows(
      { actors: ['chine', 'russie'], aircraft: [], places: ['mer-du-japon'] },
      site.entities,
    );
    expect(rows.map((row) => row.label)).toEqual(['Acteurs', 'Lieux']);
    expect(rows[0]?.links).toEqual([
      { url: '/acteurs/chine/', text: yamlOf('actors', 'chine')['name'] },
      { url: '/acteurs/russie/', text: yamlOf('actors', 'russie')['name'] },
    ]);
    expect(rows[1]?.links).toEqual([
      { url: '/lieux/mer-du-japon/', text: yamlOf('places', 'mer-du-japon')['name'] },
    ]);
  });

  it('désigne un appareil par sa désignation, pas par son identifiant', () => {
    const [row] = entityLinkRows({ actors: [], aircraft: ['tu-95'], places: [] }, site.entities);
    expect(row).toEqual({
      label: 'Appareils',
      links: [{ url: '/appareils/tu-95/', text: yamlOf('aircraft', 'tu-95')['designation'] }],
    });
  });

  it('aucune rangée quand le fait ne nomme personne', () => {
    expect(entityLinkRows({ actors: [], aircraft: [], places: [] }, site.entities)).toEqual([]);
  });
});

describe('encadrés d’un article', () => {
  const article = site.articles[0]!;
  const boxes = factBoxes(article, site.entities);

  it('un appareil par nom, avec son rôle et le nom de son exploitant', () => {
    expect(boxes.aircraft.map((aircraft) => aircraft.id)).toEqual(article.aircraft.map(({ ref }) => ref));
    for (const aircraft of boxes.aircraft) {
      const yaml = yamlOf('aircraft', aircraft.id);
      const operator = yamlOf('actors', yaml['operator'] as string);
      expect(aircraft.name).toBe(yaml['designation']);
      expect(aircraft.detail).toBe(`${yaml['role'] as string}, ${operator['name'] as string}`);
    }
  });

  it('un acteur par son rôle, sinon par sa nature en français (« pays »)', () => {
    const russia = boxes.actors.find((actor) => actor.id === 'russie');
    expect(yamlOf('actors', 'russie')['role']).toBeUndefined();
    expect(russia).toMatchObject({ name: 'Russie', url: '/acteurs/russie/', detail: 'pays' });
    for (const actor of boxes.actors) {
      const role = yamlOf('actors', actor.id)['role'];
      if (typeof role === 'string') expect(actor.detail).toBe(role);
    }
  });

  it('chaque chiffre mène à sa fiche, avec le verdict en toutes lettres', () => {
    expect(boxes.figures.map((figure) => figure.url)).toEqual(article.figures.map((f) => `/faits/${f.id}/`));
    for (const [index, figure] of boxes.figures.entries()) {
      const check = article.figures[index]?.check;
      if (check === undefined) expect(figure.verdict).toBeUndefined();
      else expect(figure.verdict?.id).toBe(check.verdict);
    }
    const confirmed = boxes.figures.find((figure) => figure.verdict?.id === 'confirme');
    if (confirmed) expect(confirmed.verdict?.label).toBe('confirmé');
  });
});

describe('fiche d’un fait ou d’un événement du relevé', () => {
  it('un fait lié au relevé mène à la fiche de l’événement, sous son nom court', () => {
    const page = site.factPages.find((p) => p.kind === 'fact' && p.card.sameAs !== undefined);
    if (page?.kind !== 'fact') throw new Error('aucun fait du contenu ne renvoie au relevé');
    const view = factPageView(page, site);
    const record = site.timelineById.get(page.card.sameAs!)!;
    expect(view.kind === 'fact' && view.sameAs).toEqual({
      url: `/faits/${record.id}/`,
      dateText: record.dateText,
      ...shortName(record),
    });
  });

  it('les lieux d’un fait sur la carte, à leurs coordonnées', () => {
    const page = site.factPages.find((p) => p.kind === 'fact' && p.card.places.length > 0);
    if (page?.kind !== 'fact') throw new Error('aucun fait du contenu ne nomme de lieu');
    const view = factPageView(page, site);
    expect(view.kind === 'fact' && view.places).toEqual(
      page.card.places.map((id) => ({
        name: yamlOf('places', id)['name'],
        center: yamlOf('places', id)['center'],
      })),
    );
  });

  it('un événement du relevé : ses pays par leur nom, chaque sigle développé à sa première mention', () => {
    const page = site.factPages.find((p) => p.id === 'mission-de-paix-2007-08');
    if (page?.kind !== 'event') throw new Error('mission-de-paix-2007-08 : une fiche d’événement attendue');
    const view = factPageView(page, site);
    if (view.kind !== 'event') throw new Error('une fiche d’événement attendue');
    expect(view.countryLinks).toEqual(
      page.item.countries.map((id) => ({ url: `/acteurs/${id}/`, text: yamlOf('actors', id)['name'] })),
    );
    // content/exercises/mission-de-paix-2007-08.yaml writes « OCS » in its framework, then in a
    // notable first: the card spells it out once, at the first, and leaves the next one short.
    expect(page.item.context.framework).toMatch(/^OCS /);
    expect(view.item.context.framework).toMatch(new RegExp(`^${acronyms.OCS} \\(OCS\\) `));
    expect(view.item.context.notableFirsts?.join(' ')).toContain('l’OCS');
    expect(JSON.stringify(view.item.context).split(acronyms.OCS).length - 1).toBe(1);
  });

  it('seulement les rectificatifs de sa propre fiche', () => {
    for (const page of site.factPages) {
      for (const correction of factPageView(page, site).corrections)
        expect(correction.factUrl).toBe(`/faits/${page.id}/`);
    }
    const corrected = new Set(site.corrections.map((correction) => correction.factUrl));
    const shown = site.factPages.filter((page) => factPageView(page, site).corrections.length > 0);
    expect(shown.map((page) => `/faits/${page.id}/`).sort()).toEqual(
      [...corrected].filter((url) => site.factPages.some((page) => `/faits/${page.id}/` === url)).sort(),
    );
  });
});

describe('pages de la chronologie', () => {
  const views = timelinePageViews(site);
  const whole = views.filter((view) => view.current === '');

  it('la chronologie entière d’abord, ses pages couvrant chaque événement une fois, dans l’ordre', () => {
    expect(views[0]).toMatchObject({ current: '', title: TIMELINE_TITLE, page: { number: 1 } });
    expect(whole.flatMap((view) => view.years.flatMap((year) => year.lines.map((line) => line.id)))).toEqual(
      site.timeline.map((item) => item.id),
    );
  });

  it('le menu compte chaque événement une fois par type, et nomme les pays comme leurs fichiers', () => {
    const { filters, total } = views[0]!;
    expect(total).toBe(site.timeline.length);
    expect(filters.type.reduce((sum, filter) => sum + filter.count, 0)).toBe(total);
    const names = filters.pays.map((filter) => filter.label);
    expect(names).toEqual(
      filters.pays.map((filter) => yamlOf('actors', filter.path.replace(/^pays\//, ''))['name']),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('chaque année datée a sa vue, que l’axe relie', () => {
    const years = new Set(site.timeline.flatMap((item) => (item.year === undefined ? [] : [item.year])));
    expect(views[0]!.yearsWithView).toEqual([...years].sort((a, b) => a - b));
  });

  it('une vue filtrée se décrit par son nombre d’événements, au pluriel à partir de deux', () => {
    for (const view of views.filter((v) => v.current !== '')) {
      // Every event of the view, on all its pages.
      const n = views
        .filter((v) => v.current === view.current)
        .flatMap((v) => v.years.flatMap((year) => year.lines)).length;
      expect(view.description).toMatch(new RegExp(`^${n} événement${n > 1 ? 's' : ''} de la chronologie`));
    }
  });

  it('une page ne porte que ses propres événements : sa clé de cache ne croît pas avec la chronologie', () => {
    // Its props are digested on every build: the rest of its view is there as counts only. Each
    // event twice (a copy under a new id, next to it), so that views run over several pages.
    const timeline = site.timeline.flatMap((item) => [item, { ...item, id: `${item.id}-bis` }]);
    const paged = timelinePageViews({ timeline, entities: site.entities });
    expect(paged.filter((view) => view.page.number > 1).length).toBeGreaterThan(0);
    const ids = new Set(timeline.map((item) => item.id));
    for (const view of paged) {
      const own = new Set(view.years.flatMap((year) => year.lines.map((line) => line.id)));
      const carried = new Set<string>();
      JSON.stringify(view, (_, value: unknown) => {
        if (typeof value === 'string' && ids.has(value)) carried.add(value);
        return value;
      });
      expect(
        [...carried].filter((id) => !own.has(id)),
        `${view.current} p. ${view.page.number}`,
      ).toEqual([]);
    }
  });

  it('une ligne nomme les autres pays concernés par leur nom français', () => {
    const line = whole
      .flatMap((view) => view.years.flatMap((year) => year.lines))
      .find((l) => site.timelineById.get(l.id)?.countries.includes('iran'));
    expect(line?.summary).toMatch(/autres pays : /i);
    expect(line?.summary).toContain(yamlOf('actors', 'iran')['name']);
  });
});

describe('chronologie à côté d’un article', () => {
  const article = site.articles[0]!;
  const view = articleTimelineView(article, site.timeline);
  const own = site.timeline.filter((item) => item.mentions.some((m) => m.articleUrl === article.url));

  it('les événements de l’article, marqués comme tels, parmi ceux du relevé de la même période', () => {
    expect(view.entries.filter((entry) => entry.inArticle).map((entry) => entry.url)).toEqual(
      own.map((item) => item.url),
    );
    expect(view.entries.some((entry) => !entry.inArticle)).toBe(true);
  });

  it('mène à toute la chronologie, ouverte sur le sujet de l’article', () => {
    const subject = own.find((item) =>
      item.mentions.some((m) => m.articleUrl === article.url && m.isSubject),
    );
    expect(subject).toBeDefined();
    // The whole timeline fits on its first page (fewer events than a page holds).
    expect(site.timeline.length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
    expect(view.timelineUrl).toBe(`/chronologie/#${subject!.id}`);
  });

  it('un article qu’aucun événement ne cite : une liste vide, et la chronologie depuis son début', () => {
    expect(articleTimelineView({ ...article, url: '/articles/sans-evenement/' }, site.timeline)).toEqual({
      entries: [],
      timelineUrl: '/chronologie/',
    });
  });
});
