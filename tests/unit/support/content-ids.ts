import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { publisherSchema, type Publisher } from '../../../src/schema/publisher';
import { aircraftSchema, type Aircraft } from '../../../src/schema/aircraft';
import { basename, resolve } from 'node:path';
import type { KnownIds } from '../../../src/lib/article-model';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The ids of a shared collection, from its files in `content/<folder>/`. */
export const idsIn = (folder: string): Set<string> =>
  new Set(readdirSync(resolve(ROOT, 'content', folder)).map((name) => basename(name, '.yaml')));

/** Every id an article may reference, as the content holds them. */
export const knownIds = (): KnownIds => ({
  actors: idsIn('actors'),
  aircraft: readAircraft(),
  places: idsIn('places'),
  exercises: idsIn('exercises'),
  publishers: idsIn('publishers'),
});

/** The publishers of `content/publishers/`, as their schema reads them. */
export const readPublishers = (): Map<string, Publisher> =>
  new Map(
    [...idsIn('publishers')].map((id) => [
      id,
      publisherSchema.parse(parse(readFileSync(resolve(ROOT, 'content/publishers', `${id}.yaml`), 'utf8'))),
    ]),
  );

/** The aircraft of `content/aircraft/`, as their schema reads them (mentions show designation and role). */
export const readAircraft = (): Map<string, Aircraft> =>
  new Map(
    [...idsIn('aircraft')].map((id) => [
      id,
      aircraftSchema.parse(parse(readFileSync(resolve(ROOT, 'content/aircraft', `${id}.yaml`), 'utf8'))),
    ]),
  );
