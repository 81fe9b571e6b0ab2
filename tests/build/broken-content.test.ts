import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, cleanup, pool, type BuildResult } from './support/broken-build';
import { brokenCase, expectReported, type BrokenCase } from '../support/broken-content-cases';

// The real `astro build` of a copy of the project, where the build itself is the subject: one
// broken case per road an error takes to the build's exit code (every case's message is tested
// through the content checks in tests/unit/content-errors.test.ts).

const ROADS: readonly BrokenCase[] = [
  brokenCase('clé inconnue (auteur: X)'),
  brokenCase('chiffre contredit par sa citation (value: 3000 pour « plus de 2 000 soldats »)'),
  brokenCase('fiche supprimée sans redirection (figure vehicules-chinois-exercice-2022-09)'),
];

const run = pool(2);
const builds = new Map<string, Promise<BuildResult>>();

beforeAll(() => {
  for (const { name, mutate } of ROADS) {
    const result = run(() => buildWith(mutate));
    result.catch(() => {}); // awaited by its test; avoids an unhandled rejection meanwhile
    builds.set(name, result);
  }
});

afterAll(async () => {
  const results = await Promise.allSettled(builds.values());
  if (process.env['KEEP_BROKEN_BUILDS']) return;
  await Promise.all(results.map((r) => (r.status === 'fulfilled' ? cleanup(r.value) : undefined)));
}, 600_000);

/** Result of one build started in beforeAll. */
function build(name: string): Promise<BuildResult> {
  const result = builds.get(name);
  if (!result) throw new Error(`aucun build lancé pour ${name}`);
  return result;
}

// Tests await builds queued two at a time: generous, as a busy machine can triple build times.
const WAIT = 600_000;

describe('astro build échoue sur un contenu cassé, par chacune de ses routes', () => {
  for (const broken of ROADS) {
    it(
      `${broken.road} : ${broken.name}`,
      async () => {
        const { code, output } = await build(broken.name);
        expect(code, output).not.toBe(0);
        expectReported(output, broken);
      },
      WAIT,
    );
  }
});
