import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FigureFact, MentionFact } from '../../src/lib/article-model';
import { linkMentions } from '../../src/lib/fact-mentions';
import { formatFigure } from '../../src/lib/figure-format';
import { mentionTargets, type AircraftLookup } from '../../src/lib/mention-targets';
import type { Qualifier } from '../../src/vocabulary/qualifiers';
import type { Unit } from '../../src/vocabulary/units';
import type { Verdict } from '../../src/vocabulary/verdicts';

// Mentions (src/lib/fact-mentions.ts, fed by mention-targets.ts): each figure quote and each
// aircraft designation of the frontmatter becomes, at its first occurrence, a link to its card,
// without changing a word of the text.
// Cases: tests/unit/fixtures/plugins/rehype-fact-mentions/<case>/{input.md,frontmatter.yaml,output.html},
// outputs written by hand.

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = fileURLToPath(new URL('./fixtures/plugins/rehype-fact-mentions/', import.meta.url));
const NBSP = '\u00a0';

/** The parts of a frontmatter the mentions come from, as an author writes them. */
interface MentionSource {
  readonly figures?: readonly {
    id: string;
    label: string;
    value: number;
    unit: Unit;
    qualifier?: Qualifier;
    quote: string;
    check?: { verdict: Verdict };
  }[];
  readonly aircraft?: readonly { ref: string; quote: string }[];
}

/**
 * The facts the model derives from that frontmatter, every quote taken as found in the body (the
 * model finds them first): here, what is judged is where the links go.
 */
function facts(source: MentionSource): { figures: FigureFact[]; aircraft: MentionFact[] } {
  const located = (text: string) => ({ text: text.normalize('NFC'), paragraphId: 'p', sentence: '' });
  return {
    figures: (source.figures ?? []).map(
      (figure) =>
        ({
          ...figure,
          display: formatFigure(figure),
          quote: located(figure.quote),
          check: figure.check,
        }) as unknown as FigureFact,
    ),
    aircraft: (source.aircraft ?? []).map((mention) => ({ ref: mention.ref, quote: located(mention.quote) })),
  };
}

/** The shared aircraft (content/aircraft/<id>.yaml), as the model passes them. */
const aircraft: AircraftLookup = (id) => {
  try {
    const entry = parse(readFileSync(join(ROOT, 'content/aircraft', `${id}.yaml`), 'utf8')) as {
      designation: string;
      role: string;
    };
    return { designation: entry.designation, role: entry.role };
  } catch {
    return undefined;
  }
};

interface Case {
  readonly name: string;
  readonly markdown: string;
  readonly frontmatter: MentionSource;
  readonly expected: string;
}

const cases: Case[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({
    name,
    markdown: readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'),
    frontmatter: parse(readFileSync(join(FIXTURES, name, 'frontmatter.yaml'), 'utf8')) as MentionSource,
    expected: readFileSync(join(FIXTURES, name, 'output.html'), 'utf8'),
  }));

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify);

/** Markdown → hast (raw HTML kept) → mentions linked → HTML; `missed`: the phrases left unlinked. */
async function render(markdown: string, frontmatter: MentionSource, withMentions = true) {
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  const missed = withMentions ? linkMentions(tree, mentionTargets(facts(frontmatter), aircraft)) : [];
  return { tree, html: processor.stringify(tree), missed: missed.map((target) => target.phrase) };
}

/** Shows U+00A0 and U+202F, which look alike in a diff. */
const visible = (html: string) => html.replace(/\u00a0/g, '⟨NBSP⟩').replace(/\u202f/g, '⟨NNBSP⟩');
/**
 * Canonical form (entities decoded, attributes normalized) to compare with the hand-written HTML.
 * The space before the colon of the preview is checked by its own test (further down): here,
 * the cases judge only where the links are placed.
 */
const canonical = (html: string) =>
  visible(toHtml(fromHtml(html.trim(), { fragment: true }))).replace(
    /(data-apercu="[^"]*?)(?: |⟨NBSP⟩|⟨NNBSP⟩):/g,
    '$1⟨espace⟩:',
  );

/** Visible text of each top-level block. */
const blockTexts = (tree: Root) =>
  tree.children.filter((node): node is Element => node.type === 'element').map((node) => toString(node));

/** The mentions (added links) of a tree. */
function mentions(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    const classes = node.properties.className;
    if (node.tagName === 'a' && Array.isArray(classes) && classes.includes('mention')) found.push(node);
  });
  return found;
}

/** Phrases that must come back as not linked, per case (none for the other cases). */
const MISSING: Record<string, string[]> = {
  // No-break space in the quote, ordinary space in the text: no approximate matching.
  'espace-insecable-dans-la-citation': [`plus de 2${NBSP}000 soldats`],
  // The visible text is « plus de 2 000¹ soldats »: the quote is not in it verbatim.
  'appel-de-note-dans-la-phrase': ['plus de 2 000 soldats'],
  'phrase-absente': ['trois navires de guerre'],
};

describe.each(cases)('$name', ({ name, markdown, frontmatter, expected }) => {
  it('donne le HTML attendu', async () => {
    const { html } = await render(markdown, frontmatter);
    expect(canonical(html)).toBe(canonical(expected));
  });

  it('ne change pas le texte visible des paragraphes', async () => {
    const before = await render(markdown, frontmatter, false);
    const after = await render(markdown, frontmatter);
    expect(blockTexts(after.tree)).toEqual(blockTexts(before.tree));
  });

  it('ne met jamais un lien dans un lien', async () => {
    const { tree } = await render(markdown, frontmatter);
    const nested: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      visit(node, 'element', (inner: Element) => {
        if (inner !== node && inner.tagName === 'a') nested.push(toString(node));
      });
    });
    expect(nested).toEqual([]);
  });

  it('signale chaque phrase introuvable, et seulement celles-là', async () => {
    const { missed } = await render(markdown, frontmatter);
    expect(missed).toEqual(MISSING[name] ?? []);
  });
});

describe('aperçu (data-apercu)', () => {
  const soldiers: MentionSource = {
    figures: [
      {
        id: 'soldats-chinois',
        label: 'Soldats envoyés par Pékin',
        value: 2000,
        unit: 'soldat',
        qualifier: 'plus-de',
        quote: 'plus de 2 000 soldats',
      },
    ],
  };
  const apercu = async () => {
    const { tree } = await render('Pékin a envoyé plus de 2 000 soldats.', soldiers);
    const [link] = mentions(tree);
    return String(link?.properties.dataApercu);
  };

  it('donne le chiffre mis en forme : « plus de 2 000 soldats », sans coupure possible dans le nombre ni avant l’unité', async () => {
    const text = await apercu();
    expect(visible(text)).toMatch(/plus de 2(⟨NBSP⟩|⟨NNBSP⟩)000(⟨NBSP⟩|⟨NNBSP⟩)soldats$/);
    expect(text).toContain('Soldats envoyés par Pékin');
  });

  it('met une espace insécable avant le deux-points, comme le reste du site', async () => {
    const text = await apercu();
    expect(visible(text)).toMatch(/Pékin(⟨NBSP⟩|⟨NNBSP⟩):/);
  });

  it('porte sur le lien vers la fiche du chiffre', async () => {
    const { tree } = await render('Pékin a envoyé plus de 2 000 soldats.', soldiers);
    const links = mentions(tree);
    expect(links).toHaveLength(1);
    expect(links[0]?.properties.href).toBe('/faits/soldats-chinois/');
    expect(toString(links[0]!)).toBe('plus de 2 000 soldats');
  });
});

describe('l’article réel (content/articles/)', () => {
  const source = readFileSync(
    join(ROOT, 'content/articles/bombardiers-russes-chinois-patrouille-conjointe.md'),
    'utf8',
  );
  const [, yamlText = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
  const frontmatter = parse(yamlText) as Required<MentionSource>;

  it('chaque chiffre et chaque appareil est lié une fois, sans message, et le texte ne change pas', async () => {
    const before = await render(body, frontmatter, false);
    const after = await render(body, frontmatter);
    expect(after.missed).toEqual([]);
    const hrefs = mentions(after.tree).map((link) => link.properties.href);
    expect([...hrefs].sort()).toEqual(
      [
        ...frontmatter.figures.map((figure) => `/faits/${figure.id}/`),
        ...frontmatter.aircraft.map((mention) => `/appareils/${mention.ref}/`),
      ].sort(),
    );
    expect(blockTexts(after.tree)).toEqual(blockTexts(before.tree));
    // Each figure link carries exactly the words of its quote.
    for (const figure of frontmatter.figures) {
      const link = mentions(after.tree).find((a) => a.properties.href === `/faits/${figure.id}/`);
      expect(link && toString(link), figure.id).toBe(figure.quote);
    }
  });
});
