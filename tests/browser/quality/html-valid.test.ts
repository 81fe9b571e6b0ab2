import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Validité HTML de TOUT le site construit : le validateur Nu (vnu.jar, celui du W3C) sur chaque page
// de SITE_DIR, en une seule exécution de Java (démarrer la JVM coûte plus que valider une page).
// Un test par page : un échec donne la ligne, le message et l’extrait du HTML fautif.

const SITE_DIR = resolve(process.env['SITE_DIR'] ?? 'dist');
const JAVA = process.env['JAVA_BIN'] || 'java';
const VNU = fileURLToPath(new URL('../../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** Un message du format JSON de vnu (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface VnuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url?: string;
  readonly message: string;
  readonly extract?: string;
  readonly firstLine?: number;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly lastColumn?: number;
}

const files = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.split('\\').join('/'))
  .sort();

/** Messages de vnu par fichier (chemin relatif à SITE_DIR) ; `''` : ceux qui ne visent aucune page. */
const byFile = new Map<string, VnuMessage[]>();

function runVnu(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      JAVA,
      ['-jar', VNU, '--errors-only', '--skip-non-html', '--stdout', '--format', 'json', SITE_DIR],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) =>
      fail(new Error(`Impossible de lancer ${JAVA} (JAVA_BIN) : ${error.message}`)),
    );
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  const { code, stdout, stderr } = await runVnu();
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(
      `vnu (code ${code}) n’a pas rendu de JSON :\n${stdout.slice(0, 2000)}\n${stderr.slice(0, 2000)}`,
    );
  }
  for (const message of messages) {
    const file = message.url?.startsWith('file:')
      ? relative(SITE_DIR, fileURLToPath(message.url)).split('\\').join('/')
      : '';
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
});

/** « l.12 c.5-40 : message » puis l’extrait, sur une ligne, tel que vnu le cite. */
function describeMessage(message: VnuMessage): string {
  const line = message.lastLine ?? message.firstLine;
  const where = line === undefined ? '' : `l.${line}${message.lastColumn ? ` c.${message.lastColumn}` : ''} `;
  const kind = message.subType ? `${message.type}/${message.subType}` : message.type;
  const extract = message.extract ? `\n      extrait : ${JSON.stringify(message.extract)}` : '';
  return `  - ${where}[${kind}] ${message.message}${extract}`;
}

describe('validateur Nu (vnu)', () => {
  it(`SITE_DIR (${SITE_DIR}) contient des pages HTML`, () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('vnu a pu lire tout le site (aucune erreur hors document)', () => {
    const stray = [...byFile].filter(([file]) => !files.includes(file)).flatMap(([, messages]) => messages);
    expect(stray.map(describeMessage).join('\n')).toBe('');
  });

  it.each(files)('%s : aucune erreur', (file) => {
    const messages = byFile.get(file) ?? [];
    if (messages.length > 0) {
      throw new Error(
        `${messages.length} erreur(s) HTML dans ${file} :\n${messages.map(describeMessage).join('\n')}`,
      );
    }
  });
});
