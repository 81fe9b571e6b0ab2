import { getCollection } from 'astro:content';
import { ContentError } from './content-issues';
import { buildSite, type Site } from './site-model';

export type { Site } from './site-model';

let site: Promise<Site> | undefined;

/**
 * Loads and checks all content once per build. Any content issue throws a ContentError, which
 * fails `astro build` with every issue listed (file, field, what was expected).
 */
export function loadSite(): Promise<Site> {
  site ??= load();
  return site;
}

async function load(): Promise<Site> {
  const [articles, actors, aircraft, places, exercises, publishers, httpHosts] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('aircraft'),
    getCollection('places'),
    getCollection('exercises'),
    getCollection('publishers'),
    getCollection('httpHosts'),
  ]);
  const entries = <T extends { id: string; filePath?: string | undefined; data: unknown }>(
    list: T[],
    folder: string,
  ) =>
    list.map((e) => ({
      id: e.id,
      file: e.filePath ?? `content/${folder}/${e.id}.yaml`,
      data: e.data as T['data'],
    }));
  const { site, issues } = buildSite(
    {
      articles: articles.map((entry) => ({
        id: entry.id,
        filePath: entry.filePath ?? `content/articles/${entry.id}.md`,
        body: entry.body ?? '',
        data: entry.data,
      })),
      actors: entries(actors, 'actors'),
      aircraft: entries(aircraft, 'aircraft'),
      places: entries(places, 'places'),
      exercises: entries(exercises, 'exercises'),
      publishers: entries(publishers, 'publishers'),
      httpHosts: httpHosts.map((host) => host.id),
    },
    // A draft is previewed in `astro dev`, never published (src/integrations/drafts.ts).
    { drafts: import.meta.env.PREVIEW_DRAFTS, root: process.cwd() },
  );
  if (!site) throw new ContentError(issues);
  return site;
}
