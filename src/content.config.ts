import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema } from './schema/article';
import { httpHostSchema } from './schema/http-host';
import { yamlCollections } from './lib/content-files';
import { contentLoader } from './lib/content-loader';

// Content lives outside src/ (the owners' layout) and is read once, by the project's own reading
// (src/lib/content-loader.ts): errors in French, in the project's format. The schemas type the
// entries and give editors their JSON Schemas. A body is rendered by the site's model
// (`buildSite`, src/lib/article-body.ts), from the validated entries, never by Astro's markdown.
export const collections = {
  articles: defineCollection({ loader: contentLoader('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: contentLoader('actors'), schema: yamlCollections.actors }),
  aircraft: defineCollection({ loader: contentLoader('aircraft'), schema: yamlCollections.aircraft }),
  places: defineCollection({ loader: contentLoader('places'), schema: yamlCollections.places }),
  exercises: defineCollection({ loader: contentLoader('exercises'), schema: yamlCollections.exercises }),
  publishers: defineCollection({ loader: contentLoader('publishers'), schema: yamlCollections.publishers }),
  // One file of settings, not entries: read by Astro's own loader once the content has passed.
  httpHosts: defineCollection({ loader: file('content/http-hosts.yaml'), schema: httpHostSchema }),
};
