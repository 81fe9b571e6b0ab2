// Finds (or installs) a Chromium for the browser tests.
// Order: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, Playwright's Chromium.
// Otherwise: apt-get (Linux, root) or `npx playwright-core install chromium`.
// Messages go to stderr; the last line of stdout is the chosen path:
//   export CHROME_PATH="$(node scripts/ensure-chromium.mjs | tail -1)"
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    playwrightChromium(),
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** Runs a command, printing what it does; its output goes to stderr (stdout stays clean). */
function run(command, args, env = {}) {
  console.error(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0)
    throw new Error(`Échec de « ${command} ${args.join(' ')} » (code ${result.status})`);
}

const canApt =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

let path = findChromium();
if (!path) {
  console.error('Chromium introuvable : installation…');
  if (canApt) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], env);
    run('apt-get', ['install', '-y', 'chromium'], env);
  } else {
    // The `playwright` package is not installed; its CLI is provided by playwright-core.
    run('npx', ['playwright-core', 'install', 'chromium']);
  }
  path = findChromium();
  if (!path) throw new Error('Chromium toujours introuvable après installation.');
}
console.error(`Chromium : ${path}`);
console.log(path);
