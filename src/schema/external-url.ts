import { isIP } from 'node:net';
import { z } from 'astro/zod';

/**
 * What makes an outside address unfit for a link a reader follows: a scheme that runs code or
 * embeds data (`javascript:`, `data:`), credentials in the address, or a host on the reader's own
 * machine or network (loopback, private, link-local ranges, `localhost`, `.local`). Returns the
 * reason in French, or undefined when the address is fit. `http:` is allowed here; which hosts may
 * be linked without TLS is said in content (`content/http-hosts.yaml`) and checked with it.
 */
export function externalUrlProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'adresse web (URL) complète attendue, commençant par https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `schéma « ${url.protocol} » refusé : une adresse https:// était attendue`;
  if (url.username || url.password)
    return 'adresse avec identifiants refusée : une adresse publique était attendue';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isPrivateHost(host))
    return `hôte « ${host} » refusé : une adresse publique était attendue, pas une machine locale ou un réseau privé`;
  return undefined;
}

function isPrivateHost(host: string): boolean {
  if (host === 'localhost' || /\.(?:localhost|local|internal|lan|home\.arpa)$/.test(host)) return true;
  const version = isIP(host);
  if (version === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  if (version === 6) {
    return (
      host === '::' ||
      host === '::1' ||
      /^f[cd][0-9a-f]{2}:/.test(host) ||
      /^fe[89ab][0-9a-f]:/.test(host) ||
      // An IPv4 address written as IPv6 (::ffff:127.0.0.1, which URL writes ::ffff:7f00:1).
      host.startsWith('::ffff:')
    );
  }
  return false;
}

/**
 * An outside address a reader may follow: `https:` (or `http:` for a host listed in
 * `content/http-hosts.yaml`), never `javascript:`, `data:`, credentials or a private host.
 */
export const externalUrlSchema = z
  .string({ error: 'adresse web (URL) attendue' })
  .superRefine((value, ctx) => {
    const problem = externalUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
