import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseArticleBody, renderArticleBody } from '../../src/lib/article-body';
import rehypeFrenchTypography from '../../src/plugins/rehype-french-typography';
import rehypeOrdinalsAndDesignations from '../../src/plugins/rehype-ordinals-and-designations';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids';
import { sanitizeSchema } from '../../src/plugins/sanitize-schema';
import { frenchTypographyPreset } from '../../src/lib/typeset-page';

const fixtures = fileURLToPath(new URL('./fixtures/plugins/', import.meta.url));

/** Every `<plugin>/<case>/` folder with its `input.md` and the hand-written `output.html`. */
function cases(plugin: string): [name: string, input: string, output: string][] {
  const dir = join(fixtures, plugin);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => [
      name,
      readFileSync(join(dir, name, 'input.md'), 'utf8'),
      readFileSync(join(dir, name, 'output.html'), 'utf8'),
    ]);
}

/**
 * One plugin on its own: markdown → hast with the raw HTML kept, parsed by rehype-raw, then the
 * plugin, then HTML. Here the plugin sees the pasted HTML as real elements. (Astro itself runs
 * rehype-raw after the configured rehype plugins: the site's own order is tested further down.)
 */
async function isolated(markdown: string, plugin: Pluggable): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use([plugin])
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

/** Shows U+00A0 and U+202F, which look alike in a diff. */
const visible = (html: string) => html.replace(/\u00a0/g, '⟨NBSP⟩').replace(/\u202f/g, '⟨NNBSP⟩');

const plugins: [folder: string, plugin: Pluggable][] = [
  ['rehype-paragraph-ids', rehypeParagraphIds],
  ['rehype-french-typography', rehypeFrenchTypography],
  ['rehype-sanitize', [rehypeSanitize, sanitizeSchema]],
];

describe.each(plugins)('%s (seul)', (folder, plugin) => {
  it.each(cases(folder))('%s', async (_name, input, output) => {
    expect(visible(await isolated(input, plugin))).toBe(visible(output));
  });
});

// `html-dangereux` expects what an author expects: the script goes, so do onclick and javascript:,
// but the text stays, including that of a <div> block pasted by mistake.
/** What a reader gets of a body: the site's markdown, then the page's typography (src/middleware.ts). */
async function siteBody(markdown: string): Promise<string> {
  const code = renderArticleBody(parseArticleBody(markdown), []).html;
  const typeset = await unified()
    .use(rehypeParse, { fragment: true })
    .use(frenchTypographyPreset)
    .use(rehypeStringify)
    .process(code);
  return String(typeset);
}

describe('chaîne complète du site (src/lib/article-body.ts et typographie de la page)', () => {
  it.each(cases('astro-markdown'))('%s', async (_name, input, output) => {
    expect(visible(await siteBody(input))).toBe(visible(output));
  });

  // Card links point to `/articles/<slug>/#<id>` from the paragraphs quotes are found in: the
  // rendered body must carry exactly these anchors, none lost or added on the way to HTML.
  it.each([
    [
      'texte simple',
      'En septembre, Pékin a envoyé plus de 2 000 soldats.\n\nLa Chine a refusé.\n\nLa Chine a refusé.',
    ],
    ['emphase et liens', '_Des bombardiers_ **russes** ont survolé [la mer du Japon](https://exemple.fr).'],
    ['titres intercalés', '# Titre\n\nPremier paragraphe.\n\n## Intertitre\n\nSecond paragraphe.'],
    ['balise HTML en tête de paragraphe', 'Un <em>mot</em> clé pour commencer.\n\nLa suite.'],
  ])(
    'les ancres de la page sont celles des paragraphes où les citations sont cherchées (%s)',
    (_name, markdown) => {
      const body = parseArticleBody(markdown);
      const { html } = renderArticleBody(body, []);
      const pageIds: unknown[] = [];
      visit(fromHtml(html, { fragment: true }), 'element', (node) => {
        if (node.tagName === 'p') pageIds.push(node.properties.id);
      });
      expect(pageIds).toEqual(body.paragraphs.map((p) => p.id));
    },
  );
});

describe('hast : les plugins ne touchent qu’aux nœuds attendus', () => {
  it('rehype-french-typography ne modifie ni le code ni les attributs', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { title: 'Note : « x »' },
          children: [
            { type: 'text', value: 'Note : ' },
            {
              type: 'element',
              tagName: 'code',
              properties: {},
              children: [{ type: 'text', value: 'a ? b : c' }],
            },
          ],
        },
      ],
    };
    const result = await unified().use(rehypeFrenchTypography).run(tree);
    expect(result).toEqual({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { title: 'Note : « x »' },
          children: [
            { type: 'text', value: 'Note\u202f: ' },
            {
              type: 'element',
              tagName: 'code',
              properties: {},
              children: [{ type: 'text', value: 'a ? b : c' }],
            },
          ],
        },
      ],
    });
  });
});

describe('rehype-ordinals-and-designations', () => {
  /** A page through the plugin alone (the site runs it on every page: src/middleware.ts). */
  const typeset = async (html: string) =>
    String(
      await unified().use(rehypeParse).use(rehypeOrdinalsAndDesignations).use(rehypeStringify).process(html),
    );

  it('élève les suffixes des ordinaux et garde les désignations entières, sans changer le texte', async () => {
    const page = await typeset(
      '<p class="tl-series">5e patrouille aérienne</p><time datetime="2022-09-01">du 1er au 7 septembre 2022</time>' +
        '<dd>bombardiers <a href="/appareils/tu-95/">Tu-95MS</a> escortés de Su-30SM</dd>',
    );
    expect(page).toContain('<p class="tl-series">5<sup>e</sup> patrouille aérienne</p>');
    expect(page).toContain('<time datetime="2022-09-01">du 1<sup>er</sup> au 7 septembre 2022</time>');
    expect(page).toContain(
      '<dd>bombardiers <a href="/appareils/tu-95/"><span class="designation">Tu-95MS</span></a> escortés de ' +
        '<span class="designation">Su-30SM</span></dd>',
    );
  });

  it('laisse le texte qui ne peut porter de balise, le code, et les ordinaux des citations en langue étrangère', async () => {
    const html =
      '<html><head><title>La 5e patrouille de Tu-95</title></head><body>' +
      '<svg><text>5e Tu-95</text></svg><code>1er Il-20</code><select><option>2e H-6K</option></select>' +
      '<blockquote lang="en"><p>the 5e Tu-95 note</p></blockquote>' +
      '<p>1<sup>re</sup> fois, <span class="designation">Il-20</span></p></body></html>';
    const page = await typeset(html);
    expect(page).toContain('<title>La 5e patrouille de Tu-95</title>');
    expect(page).toContain('<text>5e Tu-95</text>');
    expect(page).toContain('<code>1er Il-20</code>');
    expect(page).toContain('<option>2e H-6K</option>');
    // A quote in English: no French ordinal, but its designations stay whole too.
    expect(page).toContain('<p>the 5e <span class="designation">Tu-95</span> note</p>');
    // Idempotent: what is already set is not set twice.
    expect(page).toContain('<p>1<sup>re</sup> fois, <span class="designation">Il-20</span></p>');
    expect(await typeset(page)).toBe(page);
  });
});
