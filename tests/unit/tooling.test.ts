import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../browser/support/server.ts';

describe('serveur statique des tests navigateur', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'static-server-'));
    await mkdir(join(dir, 'articles', 'un'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<p>accueil</p>');
    await writeFile(join(dir, '404.html'), '<p>introuvable</p>');
    await writeFile(join(dir, 'articles', 'un', 'index.html'), '<p>article</p>');
    await writeFile(join(dir, 'style.css'), 'p{}');
    await writeFile(join(dir, 'données.csv'), 'a,b\n');
    await writeFile(join(dir, 'police.woff2'), '');
    server = await startServer(dir);
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('écoute sur 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('sert index.html pour un répertoire, avec ou sans barre finale', async () => {
    for (const path of ['/', '/articles/un/', '/articles/un']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
    expect(await (await fetch(`${server.url}/articles/un/`)).text()).toBe('<p>article</p>');
  });

  it('renvoie 404.html avec le statut 404 pour un chemin absent', async () => {
    const response = await fetch(`${server.url}/nulle-part/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<p>introuvable</p>');
  });

  it('ne sert rien hors du répertoire', async () => {
    const response = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    expect(response.status).toBe(404);
  });

  it('donne le bon type de contenu', async () => {
    const types = {
      '/style.css': 'text/css; charset=utf-8',
      '/donn%C3%A9es.csv': 'text/csv; charset=utf-8',
      '/police.woff2': 'font/woff2',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });

  it('enregistre le chemin de chaque requête', async () => {
    await fetch(`${server.url}/style.css?v=1`);
    expect(server.requests).toContain('/style.css?v=1');
    expect(server.requests).toContain('/nulle-part/');
  });
});
