import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';

// The `_headers` reader shared by the browser tests' server and `npm run lighthouse`: what it gives a
// path is what the host would send, so the CSP and security tests measure production's headers.

const FILE = `# En-têtes du site
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'

/faits/:id/
  Cache-Control: public, max-age=600

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/rss.xml
  Content-Type: application/rss+xml; charset=utf-8
  X-Content-Type-Options: nosniff
`;

describe('parseHeadersFile', () => {
  it('lit chaque bloc, ses en-têtes dans l’ordre, sans les commentaires ni les lignes vides', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'self'"],
        ],
      },
      { pattern: '/faits/:id/', headers: [['Cache-Control', 'public, max-age=600']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      {
        pattern: '/rss.xml',
        headers: [
          ['Content-Type', 'application/rss+xml; charset=utf-8'],
          ['X-Content-Type-Options', 'nosniff'],
        ],
      },
    ]);
  });

  it('accepte les fins de ligne Windows et un motif précédé de l’origine', () => {
    const rules = parseHeadersFile('https://exemple.fr/*\r\n  X-Frame-Options: DENY\r\n');
    expect(rules).toEqual([{ pattern: 'https://exemple.fr/*', headers: [['X-Frame-Options', 'DENY']] }]);
    expect(headersFor(rules, '/chronologie/')).toEqual({ 'x-frame-options': 'DENY' });
  });

  it('refuse un en-tête avant tout motif, en nommant la ligne', () => {
    expect(() => parseHeadersFile('# début\n  X-Frame-Options: DENY\n')).toThrow(
      /_headers, ligne 2 : en-tête « Nom: valeur » attendu/,
    );
  });

  it('refuse un motif qui n’est pas un chemin, en nommant la ligne', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options: DENY\nfaits/\n')).toThrow(
      /_headers, ligne 3 : motif de chemin attendu, reçu « faits\/ »/,
    );
  });

  it('refuse une ligne d’en-tête sans deux-points', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n')).toThrow(/ligne 2/);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(FILE);

  it('donne à toute page les en-têtes de /*, noms en minuscules', () => {
    expect(headersFor(rules, '/chronologie/')).toEqual({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self'",
    });
  });

  it(':id vaut un seul segment de chemin', () => {
    expect(headersFor(rules, '/faits/patrouille/')['cache-control']).toBe('public, max-age=600');
    expect(headersFor(rules, '/faits/patrouille/image.png')['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/faits/')['cache-control']).toBeUndefined();
  });

  it('* couvre les sous-dossiers', () => {
    expect(headersFor(rules, '/_astro/polices/a.woff2')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('le reste du motif est littéral : le point de « rss.xml » n’est pas un joker', () => {
    expect(headersFor(rules, '/rss.xml')['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(headersFor(rules, '/rss-xml')['content-type']).toBeUndefined();
  });

  it('un même en-tête de deux blocs est joint par « , », dans l’ordre du fichier', () => {
    expect(headersFor(rules, '/rss.xml')['x-content-type-options']).toBe('nosniff, nosniff');
  });
});
