import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schema/article';
import { httpHostSchema } from './schema/http-host';
import { yamlCollections } from './lib/content-files';

// Content lives outside src/ (the owners' layout). deferRender makes an error thrown by a
// remark/rehype plugin fail the build instead of logging and shipping an empty page
// (withastro/astro#18054).
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.md', deferRender: true }),
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
