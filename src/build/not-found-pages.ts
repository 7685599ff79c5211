import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../model/content-model.ts';

/**
 * The page for unknown addresses in each language but the binding one, where static hosts look for
 * it. Astro writes src/pages/[locale]/404.astro as <language>/404/index.html; this moves it to
 * <language>/404.html (Cloudflare Pages serves the nearest 404.html up the path by itself) and
 * writes `_redirects` with the rule Netlify needs for each (`/en/* /en/404.html 404`). /404.html,
 * in the binding language, answers every other address. Returns the rules, for other hosts.
 */
export function placeNotFoundPages(site: string, content: Content): string[] {
  const rules = content.site.languages
    .filter((language) => language.code !== content.binding.code)
    .map(({ path }) => {
      const folder = join(site, path, '404');
      renameSync(join(folder, 'index.html'), join(site, path, '404.html'));
      rmSync(folder, { recursive: true });
      return `/${path}/*  /${path}/404.html  404`;
    });
  writeFileSync(
    join(site, '_redirects'),
    [
      '# Written by the build: an unknown address under a language is answered by the page for unknown',
      '# addresses in that language, with status 404; any other unknown address by /404.html.',
      '# Netlify reads this file (https://docs.netlify.com/routing/redirects/); Cloudflare Pages finds',
      '# the nearest 404.html by itself. Another host needs the same rule per language (nginx:',
      '# error_page 404 /en/404.html; in location /en/).',
      ...rules,
      '',
    ].join('\n'),
  );
  return rules;
}
