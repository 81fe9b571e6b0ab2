import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { loadSite } from '../../lib/site';
import { factRows, timelineRows, toCsv } from '../../lib/open-data';
import { factRowSchema, timelineRowSchema } from '../../schema/open-data';

/** The downloads, all derived from content at build time. */
const files = [
  'faits.json',
  'faits.csv',
  'chronologie.json',
  'chronologie.csv',
  'faits.schema.json',
  'chronologie.schema.json',
];

export const getStaticPaths: GetStaticPaths = () => files.map((fichier) => ({ params: { fichier } }));

const json = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

/** JSON Schema of a download: an array of rows, each described by the zod schema's JSDoc-backed fields. */
const schemaOf = (row: z.ZodType, title: string, site: URL, file: string) => ({
  $id: new URL(`/donnees/${file}`, site).href,
  title,
  ...z.toJSONSchema(z.array(row)),
});

export const GET: APIRoute = async ({ params, site }) => {
  const { cards, timeline } = await loadSite();
  const base = site!;
  switch (params.fichier) {
    case 'faits.json':
      return json(factRows(cards, base));
    case 'faits.csv':
      return csv(toCsv(factRows(cards, base)));
    case 'chronologie.json':
      return json(timelineRows(timeline, base));
    case 'chronologie.csv':
      return csv(toCsv(timelineRows(timeline, base)));
    case 'faits.schema.json':
      return json(
        schemaOf(factRowSchema, 'Faits des articles (chiffres et événements)', base, 'faits.schema.json'),
      );
    case 'chronologie.schema.json':
      return json(
        schemaOf(
          timelineRowSchema,
          'Chronologie des exercices et patrouilles sino-russes',
          base,
          'chronologie.schema.json',
        ),
      );
    default:
      return new Response('Fichier inconnu', { status: 404 });
  }
};
