import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { normaliseTypography, readEntry } from '../browser/support/content';
import {
  articleEvents,
  collapse,
  exercises,
  expectedItems,
  PATROL_ID,
  type Exercise,
} from '../browser/support/record';
import { $, $$, attr, builtFile, builtPage, innerText, region, textContent } from './support/built';

// Issue « chronologie », what its pages say, read from the built HTML: the views' lists, the
// cards' sources, dates and names, the entity pages' « Dans la chronologie ». The timeline's pages
// run no script, so their HTML is what a reader gets with or without JavaScript; the clicks, the
// layout and the redirects are in tests/browser/timeline.test.ts.

/** The rows of the chronology: one list item per event, under its year. */
const ROWS = 'main h2.tl-year + ol > li';

/** The displayed rows: id, title, machine dates (`<time datetime>`), in page order. */
function listedItems(page: Root) {
  return $$(page, ROWS).map((row) => ({
    id: attr(row, 'id') ?? '',
    title: textContent($(row, 'h3')).trim(),
    href: attr($(row, 'h3 a'), 'href'),
  }));
}

describe('vues de la chronologie', () => {
  it('les vues par année et par pays listent exactement leurs événements', () => {
    const year = '2022';
    expect(
      listedItems(builtPage(`/chronologie/${year}/`))
        .map((item) => item.id)
        .sort(),
    ).toEqual(
      expectedItems
        .filter((item) => item.year === year)
        .map((item) => item.id)
        .sort(),
    );

    const country = 'inde';
    // Only events from the record have India among their participating countries; the article never cites it.
    expect(articleEvents.some((e) => e.actors?.includes(country))).toBe(false);
    expect(
      listedItems(builtPage(`/chronologie/pays/${country}/`))
        .map((item) => item.id)
        .sort(),
    ).toEqual(
      exercises
        .filter((e) => e.countries.includes(country))
        .map((e) => e.id)
        .sort(),
    );
  });

  it('le menu annonce le nombre total d’événements, lisiblement', () => {
    const menu = $(builtPage('/chronologie/'), 'nav[aria-label="Filtrer la chronologie"]');
    expect(normaliseTypography(innerText($(menu, 'p')))).toBe(
      `Toute la chronologie (${expectedItems.length} événements)`,
    );
  });

  it('chaque ligne a pour nom son titre, et mène à la fiche de l’événement', () => {
    const rows = listedItems(builtPage('/chronologie/'));
    expect(rows).toHaveLength(expectedItems.length);
    for (const row of rows) {
      expect(row.title, row.id).not.toBe('');
      expect(row.href, row.id).toBe(`/faits/${row.id}/`);
    }
  });

  it('pas d’espace sécable avant « : ; ! ? » » dans le texte des pages de la chronologie', () => {
    // Each offending fragment once per page (« Sources : » recurs under every event).
    const offending = new Set<string>();
    for (const path of ['/chronologie/', '/chronologie/patrouilles-aeriennes/', `/faits/${PATROL_ID}/`]) {
      const text = innerText($(builtPage(path), 'main'));
      for (const match of text.matchAll(/\S{0,20}[ \t\n](?:[;!?»]|:(?![\d/]))/g)) {
        offending.add(`${path} : « ${match[0].trim()} »`);
      }
    }
    expect([...offending]).toEqual([]);
  });
});

describe('fiche d’un événement du relevé', () => {
  it('chaque événement du relevé renvoie, sur sa fiche, à chacune de ses pages sources, une fois, dans l’ordre du relevé', () => {
    // The record quotes some pages twice (one passage per fact): without such pages this proves little.
    const distinctUrls = (e: Exercise) => [...new Set(e.sources.map((s) => s.url))];
    expect(exercises.filter((e) => distinctUrls(e).length < e.sources.length).length).toBeGreaterThan(0);
    for (const exercise of exercises) {
      const sources = region(builtPage(`/faits/${exercise.id}/`), 'Sources et extraits');
      expect(sources, exercise.id).toBeDefined();
      const hrefs = $$(sources!, 'ul.sources > li > a').map((a) => attr(a, 'href'));
      expect(hrefs, exercise.id).toEqual(distinctUrls(exercise));
    }
  });

  it('quand les sources divergent sur la date, la fiche dit qui donne chaque autre date, sans redire la première', () => {
    const disputed = exercises.filter((exercise) => exercise.dateVariants);
    expect(disputed.length).toBeGreaterThan(10);
    for (const exercise of disputed) {
      const page = builtPage(`/faits/${exercise.id}/`);
      const line = normaliseTypography(innerText($(page, 'main p.tl-date')));
      const main = normaliseTypography(innerText($(page, 'main p.tl-date time')));
      expect(line.split(main).length - 1, line).toBe(1);
      const attributions = [...line.matchAll(/ selon /g)];
      expect(attributions, line).toHaveLength(exercise.dateVariants!.length);
      for (const variant of exercise.dateVariants!)
        expect(line).toContain(` selon ${normaliseTypography(variant.according)}`);
    }
  });

  it('un extrait dans une autre langue que le français est cité tel quel : ses guillemets, ses espaces', () => {
    // French typography would turn “…” into « … » and add narrow spaces before ; : ! ? — in an
    // English or Chinese passage that would misquote it. Every such excerpt, on its event's page.
    const atRisk = exercises.filter((exercise) =>
      exercise.sources.some(
        (source) => !source.lang.startsWith('fr') && /[“”«»;:!?]|\d \d/.test(source.excerpt),
      ),
    );
    expect(atRisk.length, 'le relevé contient de tels extraits').toBeGreaterThan(3);
    for (const exercise of atRisk) {
      const sources = region(builtPage(`/faits/${exercise.id}/`), 'Sources et extraits');
      const quoted = $$(sources!, 'q[lang]').map((q) => ({
        lang: attr(q, 'lang') ?? '',
        text: innerText(q),
      }));
      // Listed by page (a page cited twice groups its passages), so compared as sets.
      const shown = quoted
        .filter((q) => !q.lang.startsWith('fr'))
        .map((q) => `${q.lang} ${collapse(q.text)}`)
        .sort();
      const expected = exercise.sources
        .filter((source) => !source.lang.startsWith('fr'))
        .map((source) => `${source.lang} ${collapse(source.excerpt)}`)
        .sort();
      expect(shown, exercise.id).toEqual(expected);
    }
  });

  it('une page citée deux fois : un seul lien, suivi de chacun de ses extraits', () => {
    const exercise = exercises.find((e) => new Set(e.sources.map((s) => s.url)).size < e.sources.length)!;
    const url = exercise.sources.find((s, i) => exercise.sources.findIndex((t) => t.url === s.url) < i)!.url;
    const excerpts = exercise.sources.filter((s) => s.url === url).map((s) => normaliseTypography(s.excerpt));
    expect(excerpts.length).toBeGreaterThan(1);

    const page = builtPage(`/faits/${exercise.id}/`);
    // The section that quotes them (the summary above the map links each page too).
    const sources = $(region(page, 'Sources et extraits')!, 'ul.sources');
    const links = $$(sources, `a[href="${url}"]`);
    expect(links).toHaveLength(1);
    // The link names the page's publisher, as its entry in content/publishers/ does.
    const publisher = readEntry<{ name: string }>(
      'publishers',
      exercise.sources.find((s) => s.url === url)!.publisher!,
    );
    expect(normaliseTypography(innerText(links[0]!))).toBe(normaliseTypography(publisher.name));
    const item = $$(sources, 'li').find((li) => $$(li, `a[href="${url}"]`).length > 0)!;
    expect($$(item, 'q').map((q) => normaliseTypography(innerText(q)))).toEqual(excerpts);
    // The page's description counts pages, not passages: « 2 sources citées ».
    const pages = new Set(exercise.sources.map((s) => s.url)).size;
    const description = attr($(page, 'meta[name="description"]'), 'content') ?? '';
    expect(normaliseTypography(description)).toContain(`. ${pages} sources citées.`);
    expect(description, 'une phrase commence par une capitale').toMatch(/^\p{Lu}/u);
  });
});

describe('un événement réel, une fiche', () => {
  const merged = articleEvents.filter((event) => event.sameAs);

  it('la vérification de l’article accompagne l’événement sur sa fiche unique', () => {
    expect(merged.filter((e) => e.check).length).toBeGreaterThan(0);
    for (const event of merged.filter((e) => e.check)) {
      const check = region(builtPage(`/faits/${event.sameAs}/`), 'Vérification de l’article');
      expect(check, event.id).toBeDefined();
      expect(normaliseTypography(innerText(check!))).toContain(normaliseTypography(event.check!.summary));
    }
  });

  it('la chronologie, le sitemap et la recherche ne connaissent que la fiche unique', () => {
    expect(merged.length).toBeGreaterThan(0);
    const hrefs = $$(builtPage('/chronologie/'), 'main a[href^="/faits/"]').map((a) => attr(a, 'href'));
    const sitemap = builtFile('/sitemap-0.xml').toString('utf8');
    for (const event of merged) {
      expect(hrefs, event.id).not.toContain(`/faits/${event.id}/`);
      expect(hrefs, event.id).toContain(`/faits/${event.sameAs}/`);
      expect(sitemap, event.id).not.toContain(`/faits/${event.id}/`);
    }
  });
});

describe('les noms des événements', () => {
  it('un nom français par série, sans nom anglais en titre ; le nom anglais reste sur la fiche', () => {
    const titles = listedItems(builtPage('/chronologie/'));
    // English words the record's names use (« Joint Sea », « Exercise », « Peace Mission »…).
    const english = /\b(Joint|Sea|Exercise|Peace|Mission de Paix|Security|Northern|Beibu)\b/;
    expect(titles.filter((row) => english.test(row.title))).toEqual([]);
    // Every edition of the naval series « Mer conjointe » is titled so, whatever name a source used.
    const jointSea = exercises.filter((e) => e.series === 'mer-conjointe');
    expect(jointSea.length).toBeGreaterThan(5);
    for (const exercise of jointSea) {
      const row = titles.find((t) => t.id === exercise.id)!;
      expect(row.title, exercise.id).toMatch(/^Mer conjointe \d{4}/);
    }
    const sample = jointSea.find((e) => e.name.fr && !e.name.fr.startsWith('Mer conjointe'))!;
    const text = normaliseTypography(innerText($(builtPage(`/faits/${sample.id}/`), 'main')));
    expect(text).toContain(sample.nameEn);
    expect(text).toContain(`« ${normaliseTypography(sample.name.fr!)} »`);
  });

  it('un événement que l’article ne date pas prend la date de sa source, dite comme telle', () => {
    const undated = articleEvents.filter((event) => !event.when && !event.sameAs);
    expect(undated.length).toBeGreaterThan(0);
    for (const event of undated) {
      const page = builtPage(`/faits/${event.id}/`);
      // The card's headline: its title, then the date, never « non précisée ».
      const date = normaliseTypography(innerText($(page, 'main .figure-value')));
      expect(date, event.id).toMatch(/^\d{1,2}(er)? \S+ \d{4}$/);
      const text = normaliseTypography(innerText($(page, 'main')));
      expect(text, event.id).toContain(`Non daté dans l’article ; ${date} selon `);
      const title = attr($(page, 'meta[property="og:title"]'), 'content');
      expect(title, event.id).not.toMatch(/non précisée/);
    }
  });
});

describe('pages des pays et des lieux : leurs événements du relevé', () => {
  /** The section « Dans la chronologie » of an entity page: its card links, and its link to a view. */
  function recordSection(path: string) {
    const page = builtPage(path);
    const section = region(page, 'Dans la chronologie');
    const rows = (section ? $$(section, 'li') : []).map((li) => {
      const link = $$(li, 'a')[0];
      return {
        href: link ? (attr(link, 'href') ?? '') : '',
        name: link ? textContent(link) : '',
        text: textContent(li),
      };
    });
    const view = section
      ? $$(section, 'a').find((a) => normaliseTypography(textContent(a)) === 'Voir la chronologie de ce pays')
      : undefined;
    const description = attr($(page, 'meta[name="description"]'), 'content') ?? '';
    return {
      present: section !== undefined,
      rows,
      cards: rows.map((row) => row.href),
      view: view ? attr(view, 'href') : null,
      description: normaliseTypography(description),
    };
  }
  const cardsOf = (matching: Exercise[]) => matching.map((e) => `/faits/${e.id}/`).sort();

  // A country's events are those it takes part in, with its view of the timeline; a place's, those
  // held there (no view). Expected lists from content/exercises.
  it.each([
    ['acteurs', 'inde', 'countries'],
    ['acteurs', 'afrique-du-sud', 'countries'],
    ['acteurs', 'russie', 'countries'],
    ['lieux', 'afrique-du-sud', 'areas'],
    ['lieux', 'mer-du-japon', 'areas'],
  ] as const)('/%s/%s/ : les événements du relevé qui le concernent', (folder, id, by) => {
    const expected = cardsOf(exercises.filter((e) => e[by].includes(id)));
    expect(expected.length).toBeGreaterThan(0);
    const found = recordSection(`/${folder}/${id}/`);
    expect([...found.cards].sort()).toEqual(expected);
    expect(found.view).toBe(by === 'countries' ? `/chronologie/pays/${id}/` : null);
    expect(found.description).toContain(` ; dans le relevé : ${expected.length} exercices et patrouilles.`);
    // A name the newsroom translated says so, as on the event's card; a name read in a French
    // source, or a rank (which we write in French), does not.
    for (const row of found.rows) {
      const exercise = exercises.find((e) => `/faits/${e.id}/` === row.href)!;
      const marked = row.text.includes('nom traduit par la rédaction');
      const name = normaliseTypography(row.name);
      const readInFrench =
        exercise.name.fr !== undefined && normaliseTypography(exercise.name.fr).startsWith(name);
      const rank = /^\d+(?:re|er|e) /.test(name);
      expect(marked, row.href).toBe(!readInFrench && !rank);
    }
  });

  it('la fiche d’un événement mène à chacun de ses pays et de ses lieux, dont la page la cite en retour', () => {
    const vostok = exercises.find((e) => e.id === 'vostok-2022-09')!;
    const hrefs = $$(builtPage(`/faits/${vostok.id}/`), 'main a[href]').map((a) => attr(a, 'href') ?? '');
    const expected = [
      ...vostok.countries.map((id) => `/acteurs/${id}/`),
      ...vostok.areas.map((id) => `/lieux/${id}/`),
    ];
    expect(expected.filter((href) => !hrefs.includes(href))).toEqual([]);
    for (const href of expected) {
      expect(recordSection(href).cards, href).toContain(`/faits/${vostok.id}/`);
    }
  });

  it('ni un acteur qui n’est pas un pays, ni un lieu sans événement du relevé n’ont la section', () => {
    expect(exercises.some((e) => e.areas.includes('ukraine'))).toBe(false);
    for (const path of ['/acteurs/kremlin/', '/lieux/ukraine/']) {
      const found = recordSection(path);
      expect(found.present, path).toBe(false);
      expect(found.description, path).not.toContain('chronologie');
    }
  });
});
