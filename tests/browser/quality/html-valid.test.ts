import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../support/site';

// HTML validity of the WHOLE built site: the Nu validator (vnu.jar, the W3C's) on every page
// of SITE_DIR, in a single Java run (starting the JVM costs more than validating a page).
// One test per page: a failure gives the line, the message and the extract of the faulty HTML.

const JAVA = process.env['JAVA_BIN'] || 'java';
const VNU = fileURLToPath(new URL('../../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** A message in vnu's JSON format (https://github.com/validator/validator/wiki/Output-»-JSON). */
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

/** vnu messages per file (path relative to SITE_DIR); `''`: those that target no page. */
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

/** « l.12 c.5-40 : message » then the extract, on one line, as vnu quotes it. */
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
