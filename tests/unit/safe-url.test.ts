import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { externalHref, httpLinkIssues } from '../../src/lib/safe-url';
import { externalUrlProblem, externalUrlSchema } from '../../src/schema/external-url';
import { partialDateSchema } from '../../src/schema/partial-date';

describe('adresses extérieures sûres', () => {
  it.each([
    'https://www.reuters.com/world/asia-pacific/',
    'http://en.people.cn/n3/2022/1201/c90000-10180000.html',
    'https://[2001:db8::1]/page',
  ])('accepte %s', (url) => {
    expect(externalUrlProblem(url)).toBeUndefined();
    expect(externalHref(url)).toBe(url);
  });

  it.each([
    ['javascript:alert(1)', 'schéma « javascript: » refusé'],
    ['JAVASCRIPT:alert(1)', 'schéma « javascript: » refusé'],
    ['data:text/html,<script>alert(1)</script>', 'schéma « data: » refusé'],
    ['ftp://example.org/fichier', 'schéma « ftp: » refusé'],
    ['https://user:secret@example.org/', 'identifiants'],
    ['http://localhost:4321/', 'hôte « localhost » refusé'],
    ['http://127.0.0.1/admin', 'hôte « 127.0.0.1 » refusé'],
    ['https://10.0.0.8/', 'réseau privé'],
    ['https://172.20.1.1/', 'réseau privé'],
    ['https://192.168.1.1/', 'réseau privé'],
    ['http://169.254.169.254/latest/meta-data/', 'réseau privé'],
    ['http://[::1]/', 'réseau privé'],
    ['http://[fd00::1]/', 'réseau privé'],
    ['https://imprimante.local/', 'réseau privé'],
    ['pas une adresse', 'adresse web (URL) complète attendue'],
    ['/chemin/relatif', 'adresse web (URL) complète attendue'],
  ])('refuse %s', (url, reason) => {
    expect(externalUrlProblem(url)).toContain(reason);
    expect(() => externalHref(url)).toThrow(reason);
    expect(externalUrlSchema.safeParse(url).error?.issues[0]?.message).toContain(reason);
  });
});

describe('années plausibles', () => {
  const thisYear = new Date().getUTCFullYear();
  it.each(['0000-01-01', '1022-11-30', '1899', `${thisYear + 2}-01`])('refuse %s', (date) => {
    expect(partialDateSchema.safeParse(date).error?.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('année hors des bornes'),
    ]);
  });
  it.each(['1900', '2005-08', `${thisYear + 1}-12-31`])('accepte %s', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(true);
  });
});

describe('liens en http:// : seulement vers un hôte listé dans le contenu', () => {
  const links = [
    { file: 'content/exercises/a.yaml', field: 'sources[0].url', url: 'http://en.people.cn/n3/page.html' },
    { file: 'content/exercises/a.yaml', field: 'sources[1].url', url: 'http://www.example.org/page' },
    { file: 'content/exercises/a.yaml', field: 'sources[2].url', url: 'https://www.example.org/page' },
  ];

  it('un hôte non listé est signalé à son champ ; https:// et les hôtes listés passent', () => {
    expect(httpLinkIssues(links, new Set(['en.people.cn']))).toEqual([
      {
        file: 'content/exercises/a.yaml',
        field: 'sources[1].url',
        message: expect.stringContaining('« www.example.org »'),
      },
    ]);
  });

  it('chaque lien http:// du contenu vise un hôte de content/http-hosts.yaml, et chaque hôte listé sert encore', () => {
    const root = resolve(import.meta.dirname, '../..');
    const hosts = Object.keys(parse(readFileSync(join(root, 'content/http-hosts.yaml'), 'utf8')) as object);
    const used = new Set<string>();
    for (const folder of ['exercises', 'articles']) {
      for (const name of readdirSync(join(root, 'content', folder))) {
        const text = readFileSync(join(root, 'content', folder, name), 'utf8');
        for (const [, host] of text.matchAll(/http:\/\/([^/\s'"]+)/g)) used.add(host!);
      }
    }
    expect([...used].filter((host) => !hosts.includes(host))).toEqual([]);
    // A host no page links to over http any more is left over: the list says only what is true.
    expect(hosts.filter((host) => !used.has(host))).toEqual([]);
  });
});
