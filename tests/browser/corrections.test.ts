import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { newPage } from './support/chromium';
import { frenchDate, normaliseTypography, readArticle } from './support/content';
import { siteInChromium } from './support/site';

// Corrections a reader can see: each one logged in content appears on its card and on
// /rectificatifs/, newest first, in a feed, and dates the card's last modification.
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

const site = siteInChromium();
let page: Page;
beforeAll(async () => {
  page = await newPage(site.browser);
});
afterAll(async () => {
  await page?.close();
});

const visit = async (path: string) => {
  const response = await page.goto(site.server.url + path);
  expect(response?.status(), path).toBe(200);
};

describe('rectificatifs', () => {
  it('le contenu en consigne : sans eux, ce test ne prouverait rien', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(uncorrected).toBeDefined();
  });

  it('/rectificatifs/ les liste tous, le plus récent d’abord, chacun daté et lié à sa fiche', async () => {
    await visit('/rectificatifs/');
    const items = page.locator('ol.corrections article.correction');
    expect(await items.count()).toBe(logged.length);
    const shown = await items.evaluateAll((nodes) =>
      nodes.map((node) => ({
        date: node.querySelector('time')?.getAttribute('datetime') ?? '',
        href: node.querySelector('.correction-title a')?.getAttribute('href') ?? '',
        name: node.getAttribute('aria-label') ?? '',
      })),
    );
    const dates = shown.map((s) => s.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const correction of logged) {
      const match = shown.find((s) => s.href === `/faits/${correction.id}/` && s.date === correction.date);
      expect(match, `${correction.id} (${correction.date})`).toBeDefined();
      expect(normaliseTypography(match!.name)).toContain(`Rectificatif du ${frenchDate(correction.date)}`);
    }
  });

  it.each(corrected)(
    '/faits/%s/ : la fiche dit qu’elle a été rectifiée, quand, quoi et pourquoi',
    async (id) => {
      await visit(`/faits/${id}/`);
      const own = logged.filter((c) => c.id === id);
      const latest = own
        .map((c) => c.date)
        .sort()
        .at(-1)!;
      expect(normaliseTypography(await page.locator('.correction-notice').innerText())).toBe(
        `Fiche rectifiée le ${frenchDate(latest)}.`,
      );
      const section = normaliseTypography(
        await page.locator('section[aria-labelledby="rectificatifs"]').innerText(),
      );
      for (const correction of own) {
        for (const words of [correction.before, correction.after, correction.why])
          expect(section).toContain(normaliseTypography(words));
      }
      // The page's structured data carries the modification date, and only a corrected page does:
      // the Event's page, or the reviewed claim of a fact's card.
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.flatMap((b) => [JSON.parse(b) as Record<string, unknown>].flat());
      const main = data.find((d) => ['Event', 'ClaimReview', 'Claim'].includes(String(d['@type'])));
      const modified =
        (main?.['dateModified'] as string | undefined) ??
        (main?.['mainEntityOfPage'] as { dateModified?: string } | undefined)?.dateModified;
      expect(modified).toBe(latest);
    },
  );

  it('une fiche jamais rectifiée ne dit rien de tel et n’a pas de date de modification', async () => {
    await visit(`/faits/${uncorrected!}/`);
    expect(await page.locator('.correction-notice').count()).toBe(0);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.join('')).not.toContain('dateModified');
  });

  it('le flux des rectificatifs est un RSS 2.0 bien formé : un item par rectificatif, daté, lié, identifié', async () => {
    const response = await fetch(`${site.server.url}/rectificatifs/rss.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    await visit('/rectificatifs/');
    // Chromium's own XML parser: a malformed feed yields a <parsererror> document.
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const channel = doc.querySelector('rss > channel');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        title: channel?.querySelector(':scope > title')?.textContent,
        link: channel?.querySelector(':scope > link')?.textContent,
        description: channel?.querySelector(':scope > description')?.textContent,
        self: [...(channel?.children ?? [])]
          .find((el) => el.localName === 'link' && el.getAttribute('rel') === 'self')
          ?.getAttribute('href'),
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
          guid: item.querySelector('guid')?.textContent ?? '',
          pubDate: item.querySelector('pubDate')?.textContent ?? '',
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.title && feed.link && feed.description).toBeTruthy();
    expect(feed.self).toBe(`${SITE}/rectificatifs/rss.xml`);
    expect(feed.items).toHaveLength(logged.length);
    expect(new Set(feed.items.map((item) => item.guid)).size).toBe(logged.length);
    for (const correction of logged) {
      const item = feed.items.find(
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
