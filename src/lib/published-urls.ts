import { existsSync, readFileSync } from 'node:fs';

/** The committed ledger of URLs readers may have linked to: one path per line, `#` for comments. */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

/** The paths of the ledger's text. */
export function parsePublishedUrls(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('/'));
}

/** The ledger of the project being built. */
export function readPublishedUrls(file = PUBLISHED_URLS_FILE): string[] {
  if (!existsSync(file))
    throw new Error(
      `${file} introuvable : la liste des URL publiées est attendue (un fichier sans URL pour un site neuf)`,
    );
  return parsePublishedUrls(readFileSync(file, 'utf8'));
}

/**
 * Published URLs that would stop resolving: neither built as a page nor redirected to one (a
 * redirect to a page that is not built is lost too). URLs are promises: losing one is a decision,
 * said by a redirect in `content/redirects.yaml`, never the side effect of deleting a fact.
 */
export function lostUrls(
  published: readonly string[],
  isBuilt: (path: string) => boolean,
  redirects: Readonly<Record<string, string>>,
): { path: string; message: string }[] {
  return published.flatMap((path) => {
    const target = redirects[path];
    if (target === undefined) {
      return isBuilt(path)
        ? []
        : [
            {
              path,
              message: `${path} est publiée mais n’est plus construite : ajoutez dans content/redirects.yaml la page où elle mène désormais (« ${path}: /faits/nouvel-id/ »)`,
            },
          ];
    }
    return isBuilt(target)
      ? []
      : [
          {
            path,
            message: `${path} redirige vers ${target}, qui n’est pas construite : corrigez content/redirects.yaml`,
          },
        ];
  });
}
