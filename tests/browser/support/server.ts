import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';

export type { StaticServer };

export interface ServerOptions {
  /** Headers added to every response depending on the path (those of a `_headers` file, for example). */
  readonly headersFor?: (pathname: string) => Record<string, string>;
  /** Paths never served (answered with 404), like `_headers` at a host. */
  readonly hidden?: readonly string[];
}

/**
 * The site's static server (scripts/static-server.mjs, also Lighthouse's) for the browser tests:
 * nothing cached between two tests.
 */
export function startServer(dir = 'dist', options: ServerOptions = {}): Promise<StaticServer> {
  return startStaticServer(dir, { ...options, noStore: true });
}
