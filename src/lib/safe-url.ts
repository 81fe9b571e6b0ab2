import { isIP } from 'node:net';

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
 * The one door for an outside address into an `href`: the address as it is when it is fit,
 * otherwise an error that stops the build (content validation reports it first, with its file).
 */
export function externalHref(address: string): string {
  const problem = externalUrlProblem(address);
  if (problem) throw new Error(`lien externe refusé (${address}) : ${problem}`);
  return address;
}

/** An outside address written in content, located for the author. */
export interface ContentLink {
  readonly file: string;
  readonly field: string;
  readonly url: string;
}

/**
 * Links without TLS (`http:`) to hosts that content does not list as serving no https: the
 * reader's connection could be read or altered on the way, so each such host is said once.
 */
export function httpLinkIssues(
  links: readonly ContentLink[],
  httpHosts: ReadonlySet<string>,
): { file: string; field: string; message: string }[] {
  return links.flatMap(({ file, field, url }) => {
    if (!url.startsWith('http:')) return [];
    const host = new URL(url).hostname;
    return httpHosts.has(host)
      ? []
      : [
          {
            file,
            field,
            message: `adresse en http:// (non chiffrée) : passez-la en https:// si l’hôte « ${host} » le sert, sinon listez-le dans content/http-hosts.yaml avec la raison`,
          },
        ];
  });
}
