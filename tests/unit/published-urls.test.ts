import { describe, expect, it } from 'vitest';
import { lostUrls, parsePublishedUrls } from '../../src/lib/published-urls';

describe('URL publiées : une promesse que le build tient', () => {
  const built = new Set(['/faits/nouvel-id/', '/acteurs/russie/']);
  const isBuilt = (path: string) => built.has(path);

  it('lit la liste sans ses commentaires', () => {
    expect(parsePublishedUrls('# en-tête\n/acteurs/russie/\n\n/faits/ancien-id/\n')).toEqual([
      '/acteurs/russie/',
      '/faits/ancien-id/',
    ]);
  });

  it('une URL construite, ou redirigée vers une page construite, est tenue', () => {
    expect(
      lostUrls(['/acteurs/russie/', '/faits/ancien-id/'], isBuilt, {
        '/faits/ancien-id/': '/faits/nouvel-id/',
      }),
    ).toEqual([]);
  });

  it('une fiche supprimée sans redirection est perdue, et le message dit quoi faire', () => {
    expect(lostUrls(['/faits/supprime/'], isBuilt, {})).toEqual([
      { path: '/faits/supprime/', message: expect.stringContaining('ajoutez dans content/redirects.yaml') },
    ]);
  });

  it('une redirection vers une page qui n’existe pas ne tient pas la promesse', () => {
    expect(lostUrls(['/faits/ancien-id/'], isBuilt, { '/faits/ancien-id/': '/faits/inexistant/' })).toEqual([
      {
        path: '/faits/ancien-id/',
        message: expect.stringContaining('/faits/inexistant/, qui n’est pas construite'),
      },
    ]);
  });
});
