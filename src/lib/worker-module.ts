import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL of a worker-thread module, as a file Node loads itself (with type stripping).
 *
 * Code bundled by Vite (pages, endpoints) runs from a chunk elsewhere, so its `import.meta.url`
 * does not point at `src/`; the build always runs from the project root, so `fromRoot` (relative to
 * `process.cwd()`) is tried first and `besideCaller` (resolved against the caller's
 * `import.meta.url`, right when it is not bundled: config, integrations, tests) second.
 */
export function workerModule(fromRoot: string, besideCaller: URL): string {
  const candidates = [path.join(process.cwd(), fromRoot), fileURLToPath(besideCaller)];
  const found = candidates.find((file) => existsSync(file));
  if (found === undefined) throw new Error(`worker module not found (tried ${candidates.join(', ')})`);
  return pathToFileURL(found).href;
}
