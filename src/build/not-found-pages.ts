import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../model/content-model.ts';

/**
 * The page for unknown addresses in each language but the binding one, where static hosts look for
 * it. Astro writes src/pages/[locale]/404.astro as <language>/404/index.html; this moves it to
 * <language>/404.html (Cloudflare Pages serves the nearest 404.html up the path by itself).
 * /404.html, in the binding language, answers every other address. Returns the language folders
 * that have a page of their own ("en"), for the rules of the other hosts (host-files.ts).
 */
export function placeNotFoundPages(site: string, content: Content): string[] {
  return content.site.languages
    .filter((language) => language.code !== content.binding.code)
    .map(({ path }) => {
      const folder = join(site, path, '404');
      renameSync(join(folder, 'index.html'), join(site, path, '404.html'));
      rmSync(folder, { recursive: true });
      return path;
    });
}
