import { existsSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PATH,
  frenchDate,
  normaliseTypography,
  readArticle,
  readEntry,
  seedParagraphs,
} from '../browser/support/content';
import { verdictLabels, type Verdict } from '../../src/vocabulary/verdicts';
import { $, $$, attr, builtFile, builtPage, fileOf, innerText, region, textContent } from './support/built';

// Issue « la page article », what /articles/<slug>/ and the home page say, read from the built
// HTML: header, body, fact boxes, verification, structured data, the links that share it without
// JavaScript. Layout, keyboard, previews, time zones, print and requests are in
// tests/browser/article.test.ts. Every expectation comes from the content or French usage.

const article = readArticle();
const seed = seedParagraphs();
const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** A space that prevents a line break. */
const NO_BREAK = `[${NBSP}${NNBSP}]`;

const page = builtPage(ARTICLE_PATH);
const main = $(page, 'main');

/** Index of `element` among all the elements of <main>, in document order. */
const orderIn = (scope: Element, element: Element) => $$(scope, '*').indexOf(element);

describe('en-tête de l’article', () => {
  it('est en français, avec un seul h1 : le titre de la rédaction', () => {
    expect(attr($(page, 'html'), 'lang')).toBe('fr');
    const h1 = $$(page, 'h1');
    expect(h1).toHaveLength(1);
    expect(normaliseTypography(innerText(h1[0]!))).toBe(normaliseTypography(article.editorial.title));
    expect(textContent($(page, 'title'))).toContain(normaliseTypography(article.editorial.title));
  });

  it('donne la date du frontmatter, lisible en français et lisible par machine', () => {
    // Guard on the content itself: the published date falls within the month given by the source.
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (article.sourceDate) expect(article.date.startsWith(article.sourceDate)).toBe(true);
    const expectedText = frenchDate(article.date);
    expect(expectedText).toBe('30 novembre 2022');

    const time = $(page, 'main time');
    expect(attr(time, 'datetime')).toBe(article.date);
    expect(normaliseTypography(innerText(time))).toBe(expectedText);
  });

  it('dit que le jour de publication est déduit, et de quoi, quand la source ne donne que le mois', () => {
    // The text as received is dated « 2022-11 »: the day shown is the newsroom's deduction.
    expect(article.sourceDate).toBe('2022-11');
    expect(article.dateBasis).toBeDefined();
    const notes = $$(page, 'main p.note').filter((p) =>
      textContent(p).includes('Jour de publication déduit par la rédaction.'),
    );
    expect(notes).toHaveLength(1);
    expect(normaliseTypography(innerText(notes[0]!))).toBe(
      normaliseTypography(`Jour de publication déduit par la rédaction. ${article.dateBasis ?? ''}`),
    );
  });

  it('le texte suit le chapeau et la date : ce qu’est le texte est dit après lui', () => {
    const firstParagraph = orderIn(main, $(main, '.article-body p'));
    const dateLine = orderIn(main, $(main, 'p.meta'));
    // Between the date line and the first paragraph, nothing but the correction notice.
    const between = $$(main, 'p').filter((p) => {
      const index = orderIn(main, p);
      return index > dateLine && index < firstParagraph && !$$(main, 'p.correction-notice').includes(p);
    });
    expect(between.map(textContent)).toEqual([]);
    expect(orderIn(main, $(main, '#a-propos-du-texte'))).toBeGreaterThan(firstParagraph);
    const note = normaliseTypography(innerText($(page, 'section.text-note')));
    expect(note).toContain('tel qu’il a été reçu');
    expect(note).toContain('typographie française');
  });

  it('la ligne de date ne colle pas la date au mot ou au signe suivant', () => {
    const meta = $$(page, 'main p').find((p) => $$(p, `time[datetime="${article.date}"]`).length > 0)!;
    const text = innerText(meta).replace(/[\u00a0\u202f]/g, ' ');
    const dateText = frenchDate(article.date);
    const after = text.slice(text.indexOf(dateText) + dateText.length);
    // « 30 novembre 2022· Titre… »: a reader sees the date stuck to the middle dot.
    expect(after, `ligne de date lue : « ${text} »`).toMatch(/^($|[\s.,)])/);
  });
});

describe('corps de l’article', () => {
  const paragraphs = $$(page, '.article-body p');

  it('se lit en entier : chaque paragraphe du texte reçu, mots et ponctuation inchangés', () => {
    // The received text read into paragraphs: none, or one block, would leave little to compare.
    expect(seed.length).toBeGreaterThan(1);
    expect(paragraphs).toHaveLength(seed.length);
    const rendered = paragraphs.map((node) => ({ id: attr(node, 'id') ?? '', text: textContent(node) }));
    const ids = rendered.map((p) => p.id);
    expect(ids.every((id) => id.trim().length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    rendered.forEach((paragraph, index) => {
      expect(normaliseTypography(paragraph.text), `paragraphe ${index + 1} (#${paragraph.id})`).toBe(
        normaliseTypography(seed[index] ?? ''),
      );
    });
    // The metadata header of the received text is not article text.
    expect(rendered[0]?.text).not.toMatch(/^\s*date\s+\d{4}/);
  });

  it('suit la typographie française : guillemets « » et espaces fines insécables', () => {
    const texts = paragraphs.map((p) => innerText(p));
    const body = texts.join('\n');
    expect(body).not.toMatch(/[“”]/);

    // Where the received text has quotes, the reader sees « + a narrow no-break space (just one) + the word.
    const quotedInSeed = seed.filter((p) => /[“”«»]/.test(p)).length;
    expect(quotedInSeed).toBeGreaterThan(0);
    texts.forEach((text, index) => {
      if (!/[“”«»]/.test(seed[index] ?? '')) return;
      const opening = [...text.matchAll(/«(.{0,3})/g)].map((m) => m[1]);
      const closing = [...text.matchAll(/(.{0,3})»/g)].map((m) => m[1]);
      expect(opening.length, `paragraphe ${index + 1} : guillemets ouvrants`).toBeGreaterThan(0);
      for (const next of opening) {
        expect(next, `après « dans le paragraphe ${index + 1} : ${JSON.stringify(next)}`).toMatch(
          /^\u202f[^\s\u00a0\u202f]/,
        );
      }
      for (const previous of closing) {
        expect(previous, `avant » dans le paragraphe ${index + 1} : ${JSON.stringify(previous)}`).toMatch(
          /[^\s\u00a0\u202f]\u202f$/,
        );
      }
    });
    // Before ; ! ? and : (except in times and URLs), never a plain space or nothing: a narrow no-break space.
    for (const match of body.matchAll(/(.)([;!?]|:(?![\d/]))/g)) {
      expect(match[1], `avant « ${match[2]} » : ${JSON.stringify(match[0])}`).toBe(NNBSP);
    }
    // Thousands (« plus de 2 000 soldats »): a narrow no-break space, as in the fact boxes.
    const groups = [...body.matchAll(/(?<![\d,])\d{1,3}(\s)\d{3}(?!\d)/g)];
    expect(groups.length, 'le texte écrit au moins un nombre en milliers').toBeGreaterThan(0);
    for (const [number, space] of groups) expect(space, JSON.stringify(number)).toBe(NNBSP);
    // A number and the word it counts or dates (« 21 avions », « 30 novembre »): a no-break space,
    // so no line ends on the number. Designations (« Tu-95 russes ») are not numbers.
    const counted = [...body.matchAll(/(?<=^|[\s(«,])\d+(?:er|e)?(\s)(?=\p{L})/gu)];
    expect(counted.length, 'le texte écrit au moins un nombre suivi d’un mot').toBeGreaterThan(3);
    for (const [words, space] of counted) expect(space, JSON.stringify(words)).toBe(NBSP);
  });

  it('aucune ligne de la page ne peut commencer par ; : ! ? » (espace insécable avant, aperçus compris)', () => {
    const visible = innerText(main);
    const previews = $$(page, '.article-body a.mention').map((n) => attr(n, 'data-apercu') ?? '');
    const offending = [visible, ...previews].flatMap((text) =>
      [...text.matchAll(/.{0,25}[ \t\n](?:[;!?»]|:(?![\d/]))/g)].map((m) => m[0]),
    );
    expect(offending, 'espace ordinaire (sécable) avant un signe double').toEqual([]);
  });
});

describe('encadrés de faits', () => {
  it('chaque chiffre du frontmatter a son encadré, avec un id, écrit à la française, lié à sa fiche', () => {
    const asides = $$(page, 'aside');
    expect(asides).toHaveLength(1);
    for (const figure of article.figures) {
      const items = $$(asides[0]!, `li[id="${figure.id}"]`);
      expect(items, `encadré #${figure.id}`).toHaveLength(1);
      const text = normaliseTypography(innerText(items[0]!));
      expect(text).toContain(normaliseTypography(figure.label));
      const links = $$(items[0]!, 'a').map((n) => [attr(n, 'href'), textContent(n)] as const);
      expect(
        links.map(([href]) => href),
        `lien de #${figure.id}`,
      ).toContain(`/faits/${figure.id}/`);
      const value = links.find(([href]) => href === `/faits/${figure.id}/`)?.[1] ?? '';
      // When the quote writes the number in digits, the box says the same thing (same words).
      if (/\d/.test(figure.quote)) expect(normaliseTypography(value)).toBe(normaliseTypography(figure.quote));
      // Never a breaking space inside a number or between the number and what it counts.
      expect(value, `#${figure.id} : ${JSON.stringify(value)}`).not.toMatch(/\d \d|\d (?=\p{L})/u);
    }
  });

  it('écrit « plus de 2 000 soldats » et « 10,2 milliards de dollars » selon l’usage français', () => {
    const soldiers = article.figures.find((f) => f.unit === 'soldat' && f.value === 2000);
    const dollars = article.figures.find((f) => f.unit === 'dollar' && f.value === 10_200_000_000);
    expect(soldiers?.qualifier).toBe('plus-de');
    expect(dollars).toBeDefined();

    const valueOf = (id: string) => innerText($(page, `aside li[id="${id}"] a[href="/faits/${id}/"]`)).trim();
    const soldiersText = valueOf(soldiers?.id ?? '');
    // Thousands separator: narrow no-break space (U+202F); then a no-break space before the unit.
    expect(soldiersText, JSON.stringify(soldiersText)).toMatch(
      new RegExp(`^plus de 2${NNBSP}000${NO_BREAK}soldats$`),
    );
    const dollarsText = valueOf(dollars?.id ?? '');
    expect(dollarsText, JSON.stringify(dollarsText)).toMatch(
      new RegExp(`^10,2${NO_BREAK}milliards[ ${NBSP}${NNBSP}]de[ ${NBSP}${NNBSP}]dollars$`),
    );
  });

  it('chaque élément des encadrés « Chiffres clés », « Appareils », « Acteurs » a un id unique et un lien vers sa fiche, qui existe', () => {
    const boxes = ['Chiffres clés', 'Appareils', 'Acteurs'];
    const items = $$(page, 'aside section')
      .filter((section) => boxes.includes(textContent($(section, 'h2')).trim()))
      .flatMap((section) => $$(section, 'li'))
      .map((n) => ({ id: attr(n, 'id') ?? '', hrefs: $$(n, 'a').map((a) => attr(a, 'href')) }));
    const expectedCount = article.figures.length + article.aircraft.length + article.actors.length;
    expect(items).toHaveLength(expectedCount);
    expect(items.every((item) => item.id.length > 0)).toBe(true);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const hrefs = items.map((item) => item.hrefs[0]);
    const expected = [
      ...article.figures.map((f) => `/faits/${f.id}/`),
      ...article.aircraft.map((a) => `/appareils/${a.ref}/`),
      ...article.actors.map((a) => `/acteurs/${a.ref}/`),
    ];
    expect([...hrefs].sort()).toEqual([...expected].sort());
    for (const href of expected) expect(existsSync(fileOf(href)), href).toBe(true);
  });

  it('liste le Tu-95 et le H-6K avec leur rôle et leur opérateur (entrées partagées)', () => {
    expect(article.aircraft.map((a) => a.ref).sort()).toEqual(['h-6k', 'tu-95']);
    for (const { ref } of article.aircraft) {
      const entry = readEntry<{ designation: string; operator: string; role: string }>('aircraft', ref);
      const operator = readEntry<{ name: string }>('actors', entry.operator);
      const items = $$(page, 'aside li').filter((li) => $$(li, `a[href="/appareils/${ref}/"]`).length > 0);
      expect(items, `encadré de ${ref}`).toHaveLength(1);
      const text = normaliseTypography(innerText(items[0]!));
      expect(normaliseTypography(innerText($(items[0]!, `a[href="/appareils/${ref}/"]`)))).toBe(
        entry.designation,
      );
      expect(text).toContain(entry.role);
      expect(text).toContain(operator.name);
    }
  });
});

describe('ce que disent les sources', () => {
  /** Every checked fact of the frontmatter: figures, events and the other statements. */
  const checked = [...article.figures, ...article.events, ...article.claims].filter((fact) => fact.check);

  it('après le texte, chaque affirmation vérifiée : verdict, mots de l’article, lien vers sa fiche ; ce que les sources contestent d’abord, avec son résumé', () => {
    const section = region(page, 'Ce que disent les sources');
    expect(section).toBeDefined();
    const items = $$(section!, 'ol > li').map((li) => ({
      verdict: textContent($(li, '.verdict-label')).trim(),
      quote: textContent($(li, 'q')),
      card: attr($(li, 'a[href^="/faits/"]'), 'href') ?? '',
      text: innerText(li),
    }));
    expect(items).toHaveLength(checked.length);
    for (const fact of checked) {
      const item = items.find((i) => normaliseTypography(i.quote) === normaliseTypography(fact.quote));
      expect(item, fact.id).toBeDefined();
      expect(item!.verdict).toBe(verdictLabels[fact.check!.verdict as Verdict]);
      // What the sources contradict or qualify is summed up here; what they confirm, on its card.
      if (fact.check!.verdict !== 'confirme')
        expect(normaliseTypography(item!.text)).toContain(normaliseTypography(fact.check!.summary));
      const sameAs = (fact as { sameAs?: string }).sameAs;
      expect(item!.card).toBe(`/faits/${sameAs ?? fact.id}/`);
    }
    // The disputed ones come first: no confirmed item before the last contradicted or qualified one.
    const verdicts = items.map((i) => i.verdict);
    const lastDisputed = verdicts.findLastIndex((v) => v !== verdictLabels.confirme);
    if (verdicts.includes(verdictLabels.confirme))
      expect(verdicts.indexOf(verdictLabels.confirme)).toBeGreaterThan(lastDisputed);
    // The tally counts them by verdict, in French agreement with « affirmations ».
    const tally = normaliseTypography(innerText($(section!, 'p')));
    expect(tally).toContain(`${checked.length} affirmations`);
    const contradicted = checked.filter((fact) => fact.check!.verdict === 'contredit').length;
    if (contradicted > 1) expect(tally).toContain(`${contradicted} contredites`);
  });

  it('ses données structurées : un NewsArticle, modifié le jour du dernier rectificatif de ses faits, et son image de partage', () => {
    const news = $$(page, 'script[type="application/ld+json"]')
      .flatMap((b) => [JSON.parse(textContent(b)) as Record<string, unknown>].flat())
      .find((d) => d['@type'] === 'NewsArticle');
    expect(news?.['headline']).toBe(article.editorial.title);
    expect(news?.['datePublished']).toBe(article.date);
    const corrected = [...article.figures, ...article.events, ...article.claims].flatMap((fact) =>
      ((fact as { corrections?: { date: string }[] }).corrections ?? []).map((c) => String(c.date)),
    );
    expect(news?.['dateModified']).toBe(corrected.length > 0 ? [...corrected].sort().at(-1) : undefined);
    // Shared, the article shows its own image: the one its og:image and its JSON-LD name, a
    // 1200 × 630 PNG of the site.
    const ogImage = attr($(page, 'meta[property="og:image"]'), 'content');
    expect(ogImage).toBeTruthy();
    expect(news?.['image']).toBe(ogImage);
    const imagePath = new URL(ogImage!).pathname;
    expect(imagePath).toMatch(/\.png$/);
    const bytes = builtFile(imagePath);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
  });
});

describe('sans JavaScript', () => {
  it('l’article se partage : son lien permanent, et « Envoyer par courriel » avec son titre et son adresse', () => {
    // The article's script only adds buttons: its HTML is what a reader without JavaScript gets.
    const canonical = attr($(page, 'link[rel="canonical"]'), 'href') ?? '';
    expect(new URL(canonical).pathname).toBe(ARTICLE_PATH);
    const permalink = $$(page, 'main a').filter((a) => textContent(a).includes(canonical));
    expect(permalink).toHaveLength(1);
    expect(attr(permalink[0]!, 'href')).toBe(ARTICLE_PATH);
    const email = $$(page, 'a[href]').filter((a) => textContent(a).includes('Envoyer par courriel'));
    expect(email).toHaveLength(1);
    const mail = new URL(attr(email[0]!, 'href') ?? '');
    expect(mail.protocol).toBe('mailto:');
    expect(normaliseTypography(mail.searchParams.get('subject') ?? '')).toBe(
      normaliseTypography(article.editorial.title),
    );
    expect(mail.searchParams.get('body')).toContain(canonical);
  });
});

describe('accueil', () => {
  const home = builtPage('/');

  it('son titre dit ce qu’elle contient, sans répéter le nom du site de l’en-tête', () => {
    const siteName = normaliseTypography(innerText($(home, 'header .site-name')));
    expect(normaliseTypography(innerText($(home, 'h1')))).not.toBe(siteName);
  });

  it('liste l’article : titre lié, date, résumé, et le lien mène à l’article', () => {
    const links = $$(home, `main a[href="${ARTICLE_PATH}"]`);
    expect(links.length).toBeGreaterThan(0);
    expect(normaliseTypography(innerText(links[0]!))).toBe(normaliseTypography(article.editorial.title));
    const item = $$(home, 'main li').find((li) => $$(li, `a[href="${ARTICLE_PATH}"]`).length > 0)!;
    const times = $$(item, `time[datetime="${article.date}"]`);
    expect(times).toHaveLength(1);
    expect(normaliseTypography(innerText(times[0]!))).toBe(frenchDate(article.date));
    expect(normaliseTypography(innerText(item))).toContain(normaliseTypography(article.editorial.summary));
    // The page it leads to is the article.
    expect(normaliseTypography(innerText($(builtPage(ARTICLE_PATH), 'h1')))).toBe(
      normaliseTypography(article.editorial.title),
    );
  });
});
