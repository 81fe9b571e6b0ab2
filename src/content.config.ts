import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schema/article';
import { actorSchema } from './schema/actor';
import { aircraftSchema } from './schema/aircraft';
import { placeSchema } from './schema/place';
import { contextEventSchema } from './schema/context-event';
import { httpHostSchema } from './schema/http-host';
import { publisherSchema } from './schema/publisher';

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
  actors: defineCollection({ loader: yamlEntries('actors'), schema: actorSchema }),
  aircraft: defineCollection({ loader: yamlEntries('aircraft'), schema: aircraftSchema }),
  places: defineCollection({ loader: yamlEntries('places'), schema: placeSchema }),
  exercises: defineCollection({ loader: yamlEntries('exercises'), schema: contextEventSchema }),
  publishers: defineCollection({ loader: yamlEntries('publishers'), schema: publisherSchema }),
  httpHosts: defineCollection({ loader: file('content/http-hosts.yaml'), schema: httpHostSchema }),
};
