/**
 * `npm run new-article -- <texte.txt> [--date AAAA-MM-JJ] [--slug …] [--compare content/articles/….md]`
 * Writes `content/articles/<slug>.md`: the received text verbatim and a draft frontmatter of the
 * figures, dated events and named entries it finds (see src/authoring/). With --compare, prints
 * how the proposals match an existing entry instead of writing anything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { readContent } from '../src/lib/content-files';
import { formatIssues } from '../src/lib/content-issues';
import { parseReceivedText } from '../src/authoring/received-text';
import { publicationDate } from '../src/authoring/publication-date';
import { proposeFacts } from '../src/authoring/proposals';
import { draftFile } from '../src/authoring/draft-file';
import { compareDraft, formatComparison } from '../src/authoring/draft-comparison';
import { parseCliArgs } from './cli-args.mjs';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseCliArgs({
  allowPositionals: true,
  options: { date: { type: 'string' }, slug: { type: 'string' }, compare: { type: 'string' } },
});
const [textFile] = positionals;
if (!textFile || positionals.length > 1)
  fail(
    'Usage : npm run new-article -- <texte.txt> [--date AAAA-MM-JJ] [--slug …] [--compare content/articles/….md]',
  );

const root = process.cwd();
const received = parseReceivedText(readFileSync(textFile!, 'utf8'));
const date = publicationDate(received.sourceDate, values.date);
if ('error' in date) fail(date.error);
const { content, issues } = readContent(root);
if (issues.length > 0)
  fail(`Le contenu existant doit être valide pour reconnaître ses fiches.\n${formatIssues(issues)}`);
const known = {
  actors: new Map(content.actors.map((e) => [e.id, e.data])),
  aircraft: new Map(content.aircraft.map((e) => [e.id, e.data])),
  places: new Map(content.places.map((e) => [e.id, e.data])),
};
const proposals = proposeFacts(received.paragraphs, date.iso, known);

if (values.compare) {
  const committed = content.articles.find((article) => article.filePath === values.compare);
  if (!committed)
    fail(`Entrée introuvable : ${values.compare} (chemin depuis la racine, ex. content/articles/….md)`);
  const comparison = compareDraft(proposals, committed!.data, received.paragraphs.join('\n\n'));
  console.log(formatComparison(comparison));
  process.exitCode = comparison.wrong.length > 0 ? 1 : 0;
} else {
  const slug = values.slug ?? slugify(basename(textFile!).replace(/\.[^.]+$/, ''), { locale: 'fr' });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    fail(`--slug « ${slug} » : minuscules ASCII et tirets attendus`);
  const target = join(root, 'content/articles', `${slug}.md`);
  if (existsSync(target)) fail(`content/articles/${slug}.md existe déjà : choisissez un autre --slug`);
  const takenIds = new Set([
    ...content.exercises.map((e) => e.id),
    ...content.articles.flatMap((a) =>
      [...a.data.figures, ...a.data.events, ...a.data.claims].map((f) => f.id),
    ),
  ]);
  writeFileSync(
    target,
    draftFile({
      paragraphs: received.paragraphs,
      sourceDate: received.sourceDate,
      date: date.iso,
      proposals,
      takenIds,
    }),
  );
  console.log(
    `Brouillon écrit : content/articles/${slug}.md (${proposals.figures.length} chiffres, ${proposals.events.length} événements, ${proposals.references.length} fiches nommées, ${proposals.unknownNames.length} noms sans fiche).\nRelisez-le avec npm run check:content, puis en aperçu avec npm run dev.`,
  );
}
