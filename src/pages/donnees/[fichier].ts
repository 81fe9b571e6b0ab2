import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/site';
import { DATA_FILES, dataFile, type DataFileName } from '../../lib/open-data-files';

export const getStaticPaths: GetStaticPaths = () => DATA_FILES.map((fichier) => ({ params: { fichier } }));

export const GET: APIRoute = async ({ params, site }) => {
  const file = dataFile(params['fichier'] as DataFileName, await loadSite(), site!);
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
