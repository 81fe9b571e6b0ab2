import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from '../schema/article';
import { actorSchema } from '../schema/actor';
import { aircraftSchema } from '../schema/aircraft';
import { placeSchema } from '../schema/place';
import { contextEventSchema } from '../schema/context-event';
import { publisherSchema } from '../schema/publisher';
import { httpHostSchema } from '../schema/http-host';
import type { ContentIssue } from './content-issues';
import type { SiteContent, SiteEntry } from './site-model';
import type { Actor } from '../schema/actor';
import type { Aircraft } from '../schema/aircraft';
import type { Place } from '../schema/place';
import type { ContextEvent } from '../schema/context-event';
import type { Publisher } from '../schema/publisher';

/** The collections of one YAML file per entry (`content/<name>/<id>.yaml`), and their schemas. */
export const yamlCollections = {
  actors: actorSchema,
  aircraft: aircraftSchema,
  places: placeSchema,
  exercises: contextEventSchema,
  publishers: publisherSchema,
} as const;

/**
 * What is wrong in the content files themselves: an author's slip (a YAML typo, a missing field,
 * an unknown key) in the project's one format, `fichier → champ : message en français`, as the
 * content layer's loader reports it (src/lib/content-loader.ts). Cross-file rules (quotes,
 * references, ledgers) are the model's (`buildSite`).
 */
export function contentFileIssues(root: string): ContentIssue[] {
  return readContent(root).issues;
}

/**
 * All content read from the files and validated by the collections' schemas, as `buildSite`
 * takes it: what the content layer stores (src/lib/content-loader.ts), and what
 * `npm run check:content` checks without building a page. Paths are relative to `root`.
 */
export function readContent(
  root: string,
  cache?: ParsedEntries,
): { content: SiteContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const folder = (name: string) => join(root, 'content', name);
  const filesIn = (name: string, extension: string) =>
    readdirSync(folder(name))
      .filter((file) => file.endsWith(extension))
      .sort()
      .map((file) => relative(root, join(folder(name), file)));
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const entries = <T>(name: keyof typeof yamlCollections): SiteEntry<T>[] =>
    filesIn(name, '.yaml').flatMap((file) => {
      const parsed = cachedParse(cache, file, read(file), yamlCollections[name], 0);
      issues.push(...parsed.issues);
      return parsed.issues.length > 0 ? [] : [{ id: basename(file, '.yaml'), file, data: parsed.data as T }];
    });
  const articles = filesIn('articles', '.md').flatMap((filePath) => {
    const text = read(filePath);
    const frontmatter = FRONTMATTER.exec(text);
    if (!frontmatter) {
      issues.push(missingFrontmatter(filePath));
      return [];
    }
    const parsed = cachedParse(cache, filePath, frontmatter[1]!, articleSchema, 1);
    issues.push(...parsed.issues);
    if (parsed.issues.length > 0) return [];
    return [
      {
        id: basename(filePath, '.md'),
        filePath,
        body: text.slice(frontmatter[0].length),
        data: parsed.data as ArticleData,
      },
    ];
  });
  const content: SiteContent = {
    articles,
    actors: entries<Actor>('actors'),
    aircraft: entries<Aircraft>('aircraft'),
    places: entries<Place>('places'),
    exercises: entries<ContextEvent>('exercises'),
    publishers: entries<Publisher>('publishers'),
    httpHosts: [],
  };
  const hostsFile = 'content/http-hosts.yaml';
  const hosts = yamlMapIssues(hostsFile, read(hostsFile), httpHostSchema);
  issues.push(...hosts);
  const hostIds = hosts.length > 0 ? [] : Object.keys(parseYaml(hostsFile, read(hostsFile), 0).data ?? {});
  return { content: { ...content, httpHosts: hostIds }, issues };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const missingFrontmatter = (file: string): ContentIssue => ({
  file,
  field: 'frontmatter',
  message: 'en-tête YAML attendu en tête du fichier, entre deux lignes « --- »',
});

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
  const match = FRONTMATTER.exec(text);
  if (!match) return [missingFrontmatter(file)];
  return parseEntry(file, match[1]!, articleSchema, 1).issues;
}

/** A YAML file holding one entry. */
export function yamlEntryIssues(file: string, text: string, schema: z.ZodType): ContentIssue[] {
  return parseEntry(file, text, schema, 0).issues;
}

/** A YAML file holding one entry per key (`content/http-hosts.yaml`). */
export function yamlMapIssues(file: string, text: string, schema: z.ZodType): ContentIssue[] {
  const parsed = parseYaml(file, text, 0);
  if (parsed.issues) return parsed.issues;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
    return [{ file, field: '(fichier)', message: 'une table « clé: entrée » était attendue' }];
  return Object.entries(parsed.data).flatMap(([key, value]) => schemaIssues(file, value, schema, [key]));
}

/** Entries already parsed and validated, by file and text (see src/lib/content-cache.ts). */
export interface ParsedEntries {
  get(file: string, text: string): unknown;
  set(file: string, text: string, data: unknown): void;
}

/** `parseEntry`, skipped for a file whose text was validated before by the same code. */
function cachedParse(
  cache: ParsedEntries | undefined,
  file: string,
  yaml: string,
  schema: z.ZodType,
  offset: number,
): { data: unknown; issues: ContentIssue[] } {
  const known = cache?.get(file, yaml);
  if (known !== undefined) return { data: known, issues: [] };
  const parsed = parseEntry(file, yaml, schema, offset);
  if (parsed.issues.length === 0) cache?.set(file, yaml, parsed.data);
  return parsed;
}

/** One entry parsed and validated: its data as the schema gives it (defaults filled), or its issues. */
function parseEntry(
  file: string,
  yaml: string,
  schema: z.ZodType,
  offset: number,
): { data: unknown; issues: ContentIssue[] } {
  const parsed = parseYaml(file, yaml, offset);
  if (parsed.issues) return { data: undefined, issues: parsed.issues };
  const result = schema.safeParse(parsed.data ?? {});
  return result.success
    ? { data: result.data, issues: [] }
    : { data: undefined, issues: zodIssues(file, result.error.issues, []) };
}

function schemaIssues(file: string, data: unknown, schema: z.ZodType, prefix: PropertyKey[]): ContentIssue[] {
  const result = schema.safeParse(data);
  return result.success ? [] : zodIssues(file, result.error.issues, prefix);
}

function zodIssues(file: string, issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): ContentIssue[] {
  return issues.map((issue) => ({
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
): { data: unknown; issues?: undefined } | { data?: undefined; issues: ContentIssue[] } {
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
