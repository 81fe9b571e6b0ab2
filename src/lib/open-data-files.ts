import { oncePer } from './once-per';
import { z } from 'astro/zod';
import { factRowSchema, timelineRowSchema } from '../schema/open-data';
import type { FactCard } from './cards';
import { factRows, timelineRows, toCsv } from './open-data';
import type { TimelineItem } from './timeline';
import { urls } from './urls';

/** The files under /donnees/, all derived from content at build time. */
export const DATA_FILES = [
  'faits.json',
  'faits.csv',
  'faits.schema.json',
  'chronologie.json',
  'chronologie.csv',
  'chronologie.schema.json',
] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export interface DataFile {
  readonly body: string;
  readonly contentType: string;
}

const json = (data: unknown): DataFile => ({
  body: `${JSON.stringify(data, null, 2)}\n`,
  contentType: 'application/json; charset=utf-8',
});
const csv = (body: string): DataFile => ({ body, contentType: 'text/csv; charset=utf-8' });

/** JSON Schema of a download: an array of rows, each described by the zod schema's JSDoc-backed fields. */
const schemaOf = (row: z.ZodType, title: string, site: URL, file: DataFileName) =>
  json({
    $id: urls.absolute(urls.dataFile(file), site),
    title,
    ...z.toJSONSchema(z.array(row)),
  });

/**
 * One download, exactly as it is served: the endpoint sends it, and the /donnees/ page measures it
 * to state its size.
 */
export function dataFile(name: DataFileName, content: DataContent, site: URL): DataFile {
  const files = made(content);
  const key = `${site.href} ${name}`;
  let file = files.get(key);
  if (!file) files.set(key, (file = makeDataFile(name, content, site)));
  return file;
}

type DataContent = { readonly cards: readonly FactCard[]; readonly timeline: readonly TimelineItem[] };

/** Each file made once per content: the page that states their sizes and the endpoints share them. */
const made = oncePer<DataContent, Map<string, DataFile>>(() => new Map());

function makeDataFile(name: DataFileName, content: DataContent, site: URL): DataFile {
  switch (name) {
    case 'faits.json':
      return json(factRows(content.cards, site));
    case 'faits.csv':
      return csv(toCsv(factRows(content.cards, site)));
    case 'chronologie.json':
      return json(timelineRows(content.timeline, site));
    case 'chronologie.csv':
      return csv(toCsv(timelineRows(content.timeline, site)));
    case 'faits.schema.json':
      return schemaOf(factRowSchema, 'Faits des articles (chiffres et événements)', site, name);
    case 'chronologie.schema.json':
      return schemaOf(timelineRowSchema, 'Chronologie des exercices et patrouilles sino-russes', site, name);
  }
}

/** Bytes a download weighs on the wire before compression (UTF-8, the CSV's BOM included). */
export const byteLength = (file: DataFile): number => new TextEncoder().encode(file.body).length;
