import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schema/article';
import { httpHostSchema } from './schema/http-host';
import { yamlCollections } from './lib/content-files';

// Content lives outside src/ (the owners' layout). A body is rendered by the site's model
// (`buildSite`, src/lib/article-body.ts), from the validated entries, never by Astro's markdown.
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.md' }),
  schema: articleSchema,
});

const yamlEntries = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/*.yaml' });

export const collections = {
  articles,
  actors: defineCollection({ loader: yamlEntries('actors'), schema: yamlCollections.actors }),
  aircraft: defineCollection({ loader: yamlEntries('aircraft'), schema: yamlCollections.aircraft }),
  places: defineCollection({ loader: yamlEntries('places'), schema: yamlCollections.places }),
  exercises: defineCollection({ loader: yamlEntries('exercises'), schema: yamlCollections.exercises }),
  publishers: defineCollection({ loader: yamlEntries('publishers'), schema: yamlCollections.publishers }),
  httpHosts: defineCollection({ loader: file('content/http-hosts.yaml'), schema: httpHostSchema }),
};
