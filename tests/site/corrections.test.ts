import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frenchDate, normaliseTypography, readArticle } from '../browser/support/content';
import { $, $$, attr, builtFile, builtPage, innerText, textContent } from './support/built';

// Corrections a reader can see: each one logged in content appears on its card and on
// /rectificatifs/, newest first, in a feed, and dates the card's last modification. All of it is
// in the built files (no script writes it), so they are read from dist/.
const SITE = 'https://patrouilles-sino-russes.example';

interface LoggedCorrection {
  readonly id: string;
  readonly date: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly why: string;
}

/** Every correction of the record, read from content (never from the built pages). */
const inRecord: LoggedCorrection[] = readdirSync('content/exercises')
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => {
    const data = parse(readFileSync(join('content/exercises', file), 'utf8')) as {
      corrections?: Omit<LoggedCorrection, 'id'>[];
    };
    return (data.corrections ?? []).map((c) => ({
      ...c,
      date: String(c.date),
      id: file.replace(/\.yaml$/, ''),
    }));
  });
/**
 * Every correction of the article's facts, under the card that shows the fact: its own, or the
 * record event's when the record holds it (`sameAs`).
 */
type Corrected = { id: string; sameAs?: string; corrections?: Omit<LoggedCorrection, 'id'>[] };
const frontmatter = readArticle() as unknown as { figures: Corrected[]; events: Corrected[] };
const inArticle: LoggedCorrection[] = [...frontmatter.figures, ...frontmatter.events].flatMap((fact) =>
  (fact.corrections ?? []).map((c) => ({ ...c, date: String(c.date), id: fact.sameAs ?? fact.id })),
);
const logged = [...inRecord, ...inArticle];
const corrected = [...new Set(logged.map((c) => c.id))];
const uncorrected = readdirSync('content/exercises')
  .map((file) => file.replace(/\.yaml$/, ''))
  .find((id) => !corrected.includes(id));

/** The main entity's modification date in a page's structured data (the Event, or the reviewed claim). */
function dateModifiedOf(path: string): string | undefined {
  const data = $$(builtPage(path), 'script[type="application/ld+json"]').flatMap((script) =>
    [JSON.parse(textContent(script)) as Record<string, unknown>].flat(),
  );
  const main = data.find((d) => ['Event', 'ClaimReview', 'Claim'].includes(String(d['@type'])));
  return (
    (main?.['dateModified'] as string | undefined) ??
    (main?.['mainEntityOfPage'] as { dateModified?: string } | undefined)?.dateModified
  );
}

describe('rectificatifs', () => {
  it('le contenu en consigne : sans eux, ce test ne prouverait rien', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(uncorrected).toBeDefined();
  });

  it('/rectificatifs/ les liste tous, le plus récent d’abord, chacun daté et lié à sa fiche', () => {
    const shown = $$(builtPage('/rectificatifs/'), 'ol.corrections article.correction').map((node) => ({
      date: attr($(node, 'time'), 'datetime') ?? '',
      href: attr($(node, '.correction-title a'), 'href') ?? '',
      name: attr(node, 'aria-label') ?? '',
    }));
    expect(shown).toHaveLength(logged.length);
    const dates = shown.map((s) => s.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const correction of logged) {
      const match = shown.find((s) => s.href === `/faits/${correction.id}/` && s.date === correction.date);
      expect(match, `${correction.id} (${correction.date})`).toBeDefined();
      expect(normaliseTypography(match!.name)).toContain(`Rectificatif du ${frenchDate(correction.date)}`);
    }
  });

  it.each(corrected)('/faits/%s/ : la fiche dit qu’elle a été rectifiée, quand, quoi et pourquoi', (id) => {
    const page = builtPage(`/faits/${id}/`);
    const own = logged.filter((c) => c.id === id);
    const latest = own
      .map((c) => c.date)
      .sort()
      .at(-1)!;
    expect(normaliseTypography(innerText($(page, '.correction-notice')))).toBe(
      `Fiche rectifiée le ${frenchDate(latest)}.`,
    );
    const section = normaliseTypography(innerText($(page, 'section[aria-labelledby="rectificatifs"]')));
    for (const correction of own) {
      for (const words of [correction.before, correction.after, correction.why])
        expect(section).toContain(normaliseTypography(words));
    }
    // The page's structured data carries the modification date, and only a corrected page does:
    // the Event's page, or the reviewed claim of a fact's card.
    expect(dateModifiedOf(`/faits/${id}/`)).toBe(latest);
  });

  it('une fiche jamais rectifiée ne dit rien de tel et n’a pas de date de modification', () => {
    const page = builtPage(`/faits/${uncorrected!}/`);
    expect($$(page, '.correction-notice')).toHaveLength(0);
    const blocks = $$(page, 'script[type="application/ld+json"]').map(textContent);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.join('')).not.toContain('dateModified');
  });

  it('le flux des rectificatifs est un RSS 2.0 bien formé : un item par rectificatif, daté, lié, identifié', () => {
    const xml = builtFile('/rectificatifs/rss.xml').toString('utf8');
    // Well-formed XML first: a feed reader rejects the whole feed otherwise (throws, naming the line).
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const { rss } = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['item', 'atom:link'].includes(name),
    }).parse(xml) as {
      rss: {
        '@version': string;
        channel: {
          title: string;
          link: string;
          description: string;
          'atom:link'?: { '@rel': string; '@href': string }[];
          item?: { title: string; link: string; guid: string | { '#text': string }; pubDate: string }[];
        };
      };
    };
    const channel = rss.channel;
    expect(rss['@version']).toBe('2.0');
    expect(channel.title && channel.link && channel.description).toBeTruthy();
    expect(channel['atom:link']?.find((link) => link['@rel'] === 'self')?.['@href']).toBe(
      `${SITE}/rectificatifs/rss.xml`,
    );
    const items = (channel.item ?? []).map((item) => ({
      ...item,
      guid: typeof item.guid === 'string' ? item.guid : item.guid['#text'],
    }));
    expect(items).toHaveLength(logged.length);
    expect(new Set(items.map((item) => item.guid)).size).toBe(logged.length);
    for (const correction of logged) {
      const item = items.find(
        (i) =>
          i.link === `${SITE}/faits/${correction.id}/` &&
          i.guid.includes(`${correction.date}-${correction.field}`),
      );
      expect(item, `${correction.id} ${correction.field}`).toBeDefined();
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(correction.date);
      expect(normaliseTypography(item!.title)).toContain(`Rectificatif du ${frenchDate(correction.date)}`);
    }
  });
});
