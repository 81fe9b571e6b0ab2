/**
 * `npm run check:content`: validates all content as the build does (schemas, quotes, references,
 * dates, the published facts' ledger), in the build's French messages, without building a page;
 * then lists, for each draft, what remains to review. Exit code 1 on any content error.
 */
import { performance } from 'node:perf_hooks';
import { formatIssues } from '../src/lib/content-issues';
import { reviewContent } from '../src/lib/content-review';
import { formatNumber } from '../src/lib/figure-format';

const started = performance.now();
const { issues, drafts } = reviewContent(process.cwd());
const seconds = (performance.now() - started) / 1000;

for (const draft of drafts) {
  console.log(`\nBrouillon ${draft.file} (non publié) : reste à revoir`);
  for (const mark of draft.marks) console.log(`  ligne ${mark.line} : ${mark.note || 'À REVOIR'}`);
  if (draft.unchecked.length > 0)
    console.log(`  faits sans vérification (check) : ${draft.unchecked.join(', ')}`);
  if (draft.marks.length === 0 && draft.unchecked.length === 0)
    console.log('  rien : retirez « draft: true » pour publier');
}
if (issues.length > 0) {
  console.error(`\n${formatIssues(issues)}`);
  process.exitCode = 1;
} else {
  console.log(`\nContenu valide (${formatNumber(Number(seconds.toFixed(1)))} s).`);
}
