import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema } from '../schema/article';
import { actorSchema } from '../schema/actor';
import { aircraftSchema } from '../schema/aircraft';
import { placeSchema } from '../schema/place';
import { contextEventSchema } from '../schema/context-event';
import { publisherSchema } from '../schema/publisher';
import { httpHostSchema } from '../schema/http-host';
import type { ContentIssue } from './content-issues';

/** The collections of one YAML file per entry (`content/<name>/<id>.yaml`), and their schemas. */
export const yamlCollections = {
  actors: actorSchema,
  aircraft: aircraftSchema,
  places: placeSchema,
  exercises: contextEventSchema,
  publishers: publisherSchema,
} as const;

/**
 * Every content file read and validated by its collection's schema, before Astro's content layer
 * sees it: an author's slip (a YAML typo, a missing field, an unknown key) is reported in the
 * project's one format, `fichier → champ : message en français`, instead of Astro's English
 * header and dotted paths. The same schemas as `src/content.config.ts`; cross-file rules (quotes,
 * references, ledgers) are the model's (`loadSite`).
 */
export function contentFileIssues(root: string): ContentIssue[] {
  const folder = (name: string) => join(root, 'content', name);
  const filesIn = (name: string, extension: string) =>
    readdirSync(folder(name))
      .filter((file) => file.endsWith(extension))
      .sort()
      .map((file) => join(folder(name), file));
  const at = (path: string) => relative(root, path);
  return [
    ...filesIn('articles', '.md').flatMap((path) => markdownIssues(at(path), readFileSync(path, 'utf8'))),
    ...Object.entries(yamlCollections).flatMap(([name, schema]) =>
      filesIn(name, '.yaml').flatMap((path) => yamlEntryIssues(at(path), readFileSync(path, 'utf8'), schema)),
    ),
    ...yamlMapIssues(
      'content/http-hosts.yaml',
      readFileSync(join(root, 'content/http-hosts.yaml'), 'utf8'),
      httpHostSchema,
    ),
  ];
}

/** `events[0].quote`: a zod path as the project's messages write it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}

/** A markdown entry: its frontmatter, whose lines are counted from the top of the file. */
export function markdownIssues(file: string, text: string): ContentIssue[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match)
    return [
      {
        file,
        field: 'frontmatter',
        message: 'en-tête YAML attendu en tête du fichier, entre deux lignes « --- »',
      },
    ];
  return entryIssues(file, match[1]!, articleSchema, 1);
}

/** A YAML file holding one entry. */
export function yamlEntryIssues(file: string, text: string, schema: z.ZodType): ContentIssue[] {
  return entryIssues(file, text, schema, 0);
}

/** A YAML file holding one entry per key (`content/http-hosts.yaml`). */
export function yamlMapIssues(file: string, text: string, schema: z.ZodType): ContentIssue[] {
  const parsed = parseYaml(file, text, 0);
  if ('issues' in parsed) return parsed.issues;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
    return [{ file, field: '(fichier)', message: 'une table « clé: entrée » était attendue' }];
  return Object.entries(parsed.data).flatMap(([key, value]) => schemaIssues(file, value, schema, [key]));
}

function entryIssues(file: string, yaml: string, schema: z.ZodType, offset: number): ContentIssue[] {
  const parsed = parseYaml(file, yaml, offset);
  if ('issues' in parsed) return parsed.issues;
  return schemaIssues(file, parsed.data ?? {}, schema, []);
}

function schemaIssues(file: string, data: unknown, schema: z.ZodType, prefix: PropertyKey[]): ContentIssue[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    // An unknown key is named as the field: it is the line the author has to fix.
    field:
      fieldPath([
        ...prefix,
        ...issue.path,
        ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []),
      ]) || '(entrée)',
    message: issue.message,
  }));
}

/** What the YAML parser's error codes mean, in French. */
const yamlMessages: Partial<Record<YAMLError['code'], string>> = {
  MISSING_CHAR: 'guillemet, crochet ou accolade non refermé',
  BAD_INDENT: 'indentation incohérente : chaque niveau décale de deux espaces',
  TAB_AS_INDENT: 'tabulation en guise d’indentation : des espaces sont attendues',
  DUPLICATE_KEY: 'clé en double dans la même entrée',
  MULTILINE_IMPLICIT_KEY:
    'ligne mal indentée, ou valeur contenant « : » sans guillemets (chaque niveau décale de deux espaces)',
  BLOCK_AS_IMPLICIT_KEY:
    'ligne mal indentée, ou valeur contenant « : » sans guillemets (chaque niveau décale de deux espaces)',
  UNEXPECTED_TOKEN: 'caractère inattendu : une valeur qui commence par un signe doit être entre guillemets',
  BAD_SCALAR_START: 'valeur mal commencée : entourez-la de guillemets',
};

function parseYaml(
  file: string,
  text: string,
  offset: number,
): { data: unknown } | { issues: ContentIssue[] } {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length === 0) return { data: document.toJS() };
  // One slip often trips several of the parser's rules on the same line: one line, one message.
  const lines = new Map<string, ContentIssue>();
  for (const error of document.errors) {
    const line = error.linePos?.[0].line;
    const field = line === undefined ? 'YAML' : `YAML (ligne ${line + offset})`;
    if (!lines.has(field))
      lines.set(field, {
        file,
        field,
        message: `syntaxe YAML invalide : ${yamlMessages[error.code] ?? 'écriture non reconnue'}`,
      });
  }
  return { issues: [...lines.values()] };
}
