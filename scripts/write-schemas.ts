/**
 * `npm run schemas`: writes the JSON Schema of every content file's format into `schemas/`, from
 * the zod schemas the build validates with and the ids the content has, so that an editor with a
 * YAML language server checks and completes fields as one types (see the README). A test fails
 * when they are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readContent } from '../src/lib/content-files';
import { contentJsonSchemas, referenceIds, schemaFileText } from '../src/lib/content-json-schemas';

const { content } = readContent(process.cwd());
mkdirSync('schemas', { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas(referenceIds(content)))) {
  writeFileSync(`schemas/${name}.schema.json`, schemaFileText(schema));
  console.log(`schemas/${name}.schema.json`);
}
