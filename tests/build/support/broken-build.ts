import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT, type Mutation } from '../../support/content-mutations';

export { PROJECT };

/** What a build needs from the project; everything else (dist, .astro, tests) stays behind. */
const COPIED = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'published-urls.txt',
  'published-facts.json',
];

/**
 * Caches Astro and Vite write inside `node_modules` (`.astro/data-store.json`, `.vite/`): they stay
 * private to each copy, so concurrent builds neither share nor clobber the project's own caches.
 */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface BuildResult {
  /** Exit code of `astro build` (null if it was killed). */
  readonly code: number | null;
  /** stdout and stderr interleaved as they came, without ANSI colours. */
  readonly output: string;
  /** The copy's `dist/` directory (only filled when the build succeeded). */
  readonly dist: string;
  /** The copy's root, removed by `cleanup()`. */
  readonly root: string;
  /** Wall-clock time of the copy, mutation and build. */
  readonly ms: number;
}

/** Copies the project into a new temp dir, with a private `node_modules` made of symlinks. */
async function copyProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'broken-build-'));
  await Promise.all(COPIED.map((name) => cp(join(PROJECT, name), join(root, name), { recursive: true })));
  const modules = join(PROJECT, 'node_modules');
  await mkdir(join(root, 'node_modules'));
  const entries = await readdir(modules);
  await Promise.all(
    entries
      .filter((name) => !PRIVATE_CACHES.has(name))
      .map((name) => symlink(join(modules, name), join(root, 'node_modules', name))),
  );
  return root;
}

/** The environment of a plain `astro build`: no Vitest variables, Node 22 first on PATH. */
export function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') continue;
    env[key] = value;
  }
  return {
    ...env,
    PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
}

/** Runs `astro build` in `root`; never rejects on a failed build, only reports it. */
function astroBuild(root: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: buildEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[broken-build] astro build killed after ${timeoutMs} ms\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output: stripVTControlCharacters(output) });
    });
  });
}

/** Copies the project, applies `mutate` to the copy, builds it. */
export async function buildWith(mutate: Mutation = () => {}, timeoutMs = 400_000): Promise<BuildResult> {
  const start = performance.now();
  const root = await copyProject();
  await mutate(root);
  const { code, output } = await astroBuild(root, timeoutMs);
  return { code, output, dist: join(root, 'dist'), root, ms: performance.now() - start };
}

/**
 * Applies `mutate` to a copy already built by `buildWith` and builds it again in place, with the
 * caches the first build left (incremental build, share images), as an author's next build would.
 */
export async function rebuildWith(
  previous: BuildResult,
  mutate: Mutation,
  timeoutMs = 400_000,
): Promise<BuildResult> {
  const start = performance.now();
  await mutate(previous.root);
  const { code, output } = await astroBuild(previous.root, timeoutMs);
  return { ...previous, code, output, ms: performance.now() - start };
}

/** Removes a copy made by `buildWith` (the symlinked packages themselves are left alone). */
export async function cleanup(result: BuildResult): Promise<void> {
  await rm(result.root, { recursive: true, force: true });
}

/** Runs at most `limit` tasks at a time, in the order they were queued. */
export function pool(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= limit) await new Promise<void>((wake) => waiting.push(wake));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
