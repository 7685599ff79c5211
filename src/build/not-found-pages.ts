import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content } from '../model/content-model.ts';

/** The language folders ("en") with a page for unknown addresses of their own: all but the binding language's. */
function notFoundFolders(content: Content): string[] {
  return content.site.languages
    .filter((language) => language.code !== content.binding.code)
    .map(({ path }) => path);
}

/**
 * The page for unknown addresses in each language but the binding one, by the file Astro writes
 * (src/pages/[locale]/404.astro as en/404/index.html) and the file it is published as, where
 * static hosts look for it (en/404.html: Cloudflare Pages serves the nearest 404.html up the path
 * by itself). /404.html, in the binding language, answers every other address.
 */
export function notFoundPageFiles(content: Content): Map<string, string> {
  return new Map(
    notFoundFolders(content).map((path) => [`${path}/404/index.html`, `${path}/404.html`]),
  );
}

/**
 * Moves each language's page for unknown addresses to where it is published (notFoundPageFiles).
 * Returns the language folders that have a page of their own ("en"), for the rules of the other
 * hosts (host-files.ts).
 */
export function placeNotFoundPages(site: string, content: Content): string[] {
  for (const [written, published] of notFoundPageFiles(content)) {
    renameSync(join(site, written), join(site, published));
    rmSync(dirname(join(site, written)), { recursive: true });
  }
  return notFoundFolders(content);
}
