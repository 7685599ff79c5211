import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crawlSite, publishedOrigin } from './crawl.ts';
import { htmlFiles } from './html.ts';

/** An address of the site that something of the site refers to, and the first file that does. */
export interface SiteReference {
  /** The path a browser or reader asks the host for: /privacy/nl/feed.xml. */
  path: string;
  /** The file of the built site that refers to it. */
  from: string;
}

/** Files of the site whose text names the site's addresses in full: feeds, data, calendar, security.txt. */
const TEXT_FILES = /\.(xml|json|ics|txt|vcf)$/;

/**
 * Every address of the site that the built site refers to: the links, stylesheets, scripts, icon,
 * images, form actions and refreshes of every page (read as the crawl reads them), what the search
 * page's script is told to load and open (data-search-config), what stylesheets load (url()), and
 * every address of the site written in full in its feeds, JSON, calendar files and security.txt.
 * Each once, without its #fragment or ?query, in the order found.
 */
export function siteReferences(site: string, base: string): SiteReference[] {
  const found = new Map<string, string>();
  const add = (path: string, from: string) => {
    if (!found.has(path)) found.set(path, from);
  };
  const origin = publishedOrigin(site);
  for (const page of crawlSite(site, base))
    for (const link of page.links)
      if (link.pathname !== '(invalid URL)') add(link.pathname, page.file);
  for (const file of htmlFiles(site)) {
    const html = readFileSync(join(site, file), 'utf8');
    for (const match of html.matchAll(/data-search-config="([^"]*)"/g)) {
      const config = JSON.parse(match[1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as {
        bundle: string;
        fullPage: string;
        rolePages: Record<string, string>;
      };
      for (const path of [config.bundle, config.fullPage, ...Object.values(config.rolePages)])
        add(path, file);
    }
  }
  const files = readdirOf(site);
  for (const file of files.filter((name) => name.endsWith('.css')))
    for (const match of readFileSync(join(site, file), 'utf8').matchAll(
      /url\(\s*['"]?([^'")]*)['"]?\s*\)/g,
    ))
      if (!match[1]!.startsWith('data:'))
        add(new URL(match[1]!, `http://site.invalid${base}${file}`).pathname, file);
  if (origin)
    for (const file of files.filter((name) => TEXT_FILES.test(name)))
      for (const match of readFileSync(join(site, file), 'utf8').matchAll(
        new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^\\s"'<>#?]*)`, 'g'),
      ))
        add(match[1]!, file);
  return [...found].map(([path, from]) => ({ path, from }));
}

/** Every file of a built site but the search index (Pagefind's own), relative to it. */
function readdirOf(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !file.startsWith('pagefind/'));
}
