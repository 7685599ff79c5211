import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFiles } from './html.ts';

/** A base for resolving a page's links; its origin stands for "this site". */
const LOCAL = 'http://site.invalid';

interface SiteLink {
  /** The attribute as written. */
  href: string;
  /** The element and attribute it came from, e.g. `a[href]`. */
  source: string;
  line: number;
  /** The path on this site it points to (the site's own absolute URLs count as this site). */
  pathname: string;
  /** The fragment without "#", decoded; undefined when there is none. */
  fragment?: string | undefined;
}

export interface SitePage {
  /**
   * The URL path a reader visits, e.g. /nl/volledig/ (or /404.html for the error page); for a site
   * in a folder of its host, under that folder (/privacy/nl/volledig/).
   */
  path: string;
  /** The file in the built site, e.g. nl/volledig/index.html. */
  file: string;
  /** True when it can be reached from / by following links. */
  linked: boolean;
  ids: Set<string>;
  links: SiteLink[];
}

/**
 * The file a path is served from, the way a static host resolves it (no guessing of slashes); none
 * outside the folder `base` the site is published in, where the host serves something else.
 */
function fileForPath(site: string, pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inSite = `/${pathname.slice(base.length)}`;
  const candidate = inSite.endsWith('/') ? `${inSite}index.html` : inSite;
  const file = join(site, candidate);
  return existsSync(file) && statSync(file).isFile() ? candidate.slice(1) : undefined;
}

function pathForFile(file: string, base: string): string {
  return `${base}${file.endsWith('/index.html') || file === 'index.html' ? file.slice(0, -'index.html'.length) : file}`;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** The origin of the site's published address, read from the first canonical link found. */
function canonicalOrigin(tree: Root): string | undefined {
  let origin: string | undefined;
  visit(tree, 'element', (node: Element) => {
    const rel = node.properties.rel;
    if (!origin && node.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical')) {
      origin = new URL(String(node.properties.href)).origin;
    }
  });
  return origin;
}

function readLinks(
  tree: Root,
  pagePath: string,
  siteOrigin: string | undefined,
  base: string,
): { ids: Set<string>; links: SiteLink[] } {
  const ids = new Set<string>();
  const links: SiteLink[] = [];
  const from = new URL(pagePath, LOCAL);
  const add = (href: string, source: string, line: number) => {
    let url: URL;
    try {
      url = new URL(href, from);
    } catch {
      links.push({ href, source, line, pathname: '(invalid URL)' });
      return;
    }
    if (url.origin !== LOCAL && url.origin !== siteOrigin) return;
    // Written in full to the site's host but outside its folder: the rest of the host, the
    // organisation's own website (the output scan lets no other such address through). Written
    // from the root ("/"), the same address would be a link that leaves the site by mistake.
    if (url.origin === siteOrigin && !url.pathname.startsWith(base)) return;
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    links.push({ href, source, line, pathname: decodeURIComponent(url.pathname), fragment });
  };
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line ?? 0;
    const { id, name } = node.properties;
    if (typeof id === 'string' && id) ids.add(id);
    if (node.tagName === 'a' && typeof name === 'string' && name) ids.add(name);
    for (const attribute of LINK_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute];
      if (typeof value === 'string') add(value, `${node.tagName}[${attribute}]`, line);
    }
    const equiv = node.properties.httpEquiv;
    if (
      node.tagName === 'meta' &&
      Array.isArray(equiv) &&
      equiv.join(' ').toLowerCase() === 'refresh'
    ) {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(String(node.properties.content))?.[1];
      if (target) add(target, 'meta[http-equiv=refresh]', line);
    }
  });
  return { ids, links };
}

/** The origin of a built site's published address, from the canonical links of its pages. */
export function publishedOrigin(site: string): string | undefined {
  return htmlFiles(site)
    .map((file) => canonicalOrigin(fromHtml(readFileSync(join(site, file), 'utf8'))))
    .find(Boolean);
}

/**
 * Every HTML page of a built site: first those reached from / by following the site's own links
 * (anchors, link elements, meta refresh; absolute links to the published address count), then any
 * built page no link leads to, so that a test of "every page" also covers those. `base` is the
 * folder of the host the site is published in ("/privacy/"): its pages are there, and a link out of
 * it leads to no page of the site.
 */
export function crawlSite(site: string, base = '/'): SitePage[] {
  const trees = new Map<string, Root>();
  const tree = (file: string) => {
    let parsed = trees.get(file);
    if (!parsed) {
      parsed = fromHtml(readFileSync(join(site, file), 'utf8'));
      trees.set(file, parsed);
    }
    return parsed;
  };
  const files = htmlFiles(site);
  const siteOrigin = files.map((file) => canonicalOrigin(tree(file))).find(Boolean);

  const pages = new Map<string, SitePage>();
  const visitPage = (file: string, linked: boolean) => {
    const path = pathForFile(file, base);
    const page: SitePage = { path, file, linked, ...readLinks(tree(file), path, siteOrigin, base) };
    pages.set(file, page);
    return page;
  };

  const queue = ['index.html'].filter((file) => files.includes(file));
  for (const file of queue) visitPage(file, true);
  for (let index = 0; index < queue.length; index++) {
    for (const link of pages.get(queue[index]!)!.links) {
      const target = fileForPath(site, link.pathname, base);
      if (target?.endsWith('.html') && !pages.has(target)) {
        visitPage(target, true);
        queue.push(target);
      }
    }
  }
  for (const file of files) if (!pages.has(file)) visitPage(file, false);
  return [...pages.values()];
}

/**
 * Every link of every page that leads nowhere: a path with no file behind it (outside the site's
 * folder `base` too), or a #fragment that is not an id on the target page. Each problem names the
 * page, its file and line, and the link.
 */
export function brokenLinks(site: string, pages: readonly SitePage[], base = '/'): string[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const where = `${page.path} (${page.file}:${link.line}) ${link.source}="${link.href}"`;
      const target = fileForPath(site, link.pathname, base);
      if (!target) {
        const hint = fileForPath(site, `${link.pathname}/`, base)
          ? ` (${link.pathname}/ exists: write the trailing slash)`
          : link.pathname.startsWith(base)
            ? ''
            : ` (outside ${base}, the folder the site is published in)`;
        problems.push(`${where}: no page or file at ${link.pathname}${hint}`);
        continue;
      }
      if (
        link.fragment === undefined ||
        link.fragment === '' ||
        link.fragment.toLowerCase() === 'top'
      )
        continue;
      const targetPage = byFile.get(target);
      if (!targetPage) {
        problems.push(
          `${where}: #${link.fragment} points into ${target}, which is not an HTML page`,
        );
      } else if (!targetPage.ids.has(link.fragment)) {
        problems.push(`${where}: ${targetPage.path} has no element with id="${link.fragment}"`);
      }
    }
  }
  return problems;
}
