import { externalUrlProblem } from '../schema/external-url';

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
