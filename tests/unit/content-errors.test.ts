import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFileIssues } from '../../src/lib/content-files';
import { formatIssues } from '../../src/lib/content-issues';
import { reviewContent } from '../../src/lib/content-review';
import { brokenCases, expectReported } from '../support/broken-content-cases';
import { contentCopy } from '../support/content-mutations';

// Every mistake of the catalogue, made in a copy of the content and found by the checks the build
// runs (`reviewContent`: the schemas, then the model's cross-file checks and the facts' ledger),
// without building: the message an author reads, and the road that finds it.
const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('un contenu cassé est signalé : fichier, champ, message en français', () => {
  it('le contenu intact ne signale rien', () => {
    const root = contentCopy();
    copies.push(root);
    expect(reviewContent(root).issues).toEqual([]);
  });

  it.each(brokenCases.filter((c) => c.road !== 'published-urls').map((c) => [c.name, c] as const))(
    '%s',
    async (_name, broken) => {
      const root = contentCopy();
      copies.push(root);
      await broken.mutate(root);
      const output = formatIssues(reviewContent(root).issues);
      expectReported(output, broken);
      // The road: found by the schemas before Astro loads anything, or only by the model.
      expect(contentFileIssues(root).length > 0 ? 'schemas' : 'model').toBe(broken.road);
    },
  );
});
