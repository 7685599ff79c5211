import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readAddress, SITE } from '../guard/hyperlinks.ts';
import { withBase, withoutBase } from '../routes/base-path.ts';
import { acceptsEveryTag } from './page-tags.ts';

/** What the built site may contain, beyond its own pages. */
export interface OutputRules {
  /** The site's published origin (https://privacy.example.org). */
  siteOrigin: string;
  /**
   * The folder of the host the site is published in, "/" or "/privacy/": every address of the site
   * must stay inside it, since the host serves something else outside it.
   */
  base: string;
  /** Other origins the configuration names: the supervisory authority, the organisation's own site. */
  allowedOrigins: ReadonlySet<string>;
  /** Exact addresses the statement text links to. */
  allowedUrls: ReadonlySet<string>;
  /** Paths within the site of the pages that may run a script (the search pages), e.g. /nl/zoeken/. */
  scriptPages: ReadonlySet<string>;
  /** The one image a page may show: the logo of site.yaml, checked by the content check, at its address (/brand/logo.svg). */
  logo?: string | undefined;
}

/** Attributes that hold an address a browser follows or loads. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
  'manifest',
  'codeBase',
  'longDesc',
  'useMap',
  'xLinkHref',
  'itemType',
  'profile',
  'archive',
  'icon',
];
/** Elements that load or run something from elsewhere; the site has no use for them. */
const REFUSED_ELEMENTS = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'img',
  'video',
  'audio',
  'source',
  'track',
]);
const SCHEMES_OK = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The last line of defence, run on the built site before it replaces dist/: no page runs a script
 * other than the search page's, no page holds a javascript: (or other code-running) address, no
 * page loads or links to another site than those the configuration and the statement text name,
 * and embedded JSON cannot end its <script> element. Returns one line per problem, naming the
 * page; an empty list means the site may be published. `scanned` holds what the scan found in
 * pages scanned as they were built (scanPage), by file; those are not read again.
 */
export function scanOutput(
  site: string,
  rules: OutputRules,
  scanned: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const problems: string[] = [];
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    if (file.startsWith('pagefind/')) continue;
    if (file.endsWith('.html'))
      problems.push(
        ...(scanned.get(file.split(sep).join('/')) ??
          scanPage(readFileSync(join(site, file), 'utf8'), file, rules)),
      );
    else if (file.endsWith('.css'))
      problems.push(
        ...scanCss(readFileSync(join(site, file), 'utf8'), rules, `/${file}`).map(
          (problem) => `/${file}: ${problem}`,
        ),
      );
  }
  return problems;
}

/** The address within the site of a built file: nl/volledig/index.html is /nl/volledig/. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The problems of one built page, `html` being the file `file` of the site (nl/index.html): one
 * line each, naming the page and the line; an empty list when it may be published.
 */
export function scanPage(html: string, file: string, rules: OutputRules): string[] {
  const path = pagePath(file);
  // Nearly every page holds nothing to refuse and has the elements of its tags: those are judged
  // as the tags are read. A page where something is refused, or whose tree its tags do not tell,
  // is parsed in full, which says what is wrong and where.
  if (acceptsEveryTag(html, (node) => elementProblems(node, path, rules).length === 0)) return [];
  return scanPageTree(html, file, rules);
}

/** scanPage on the page's full parse (hast-util-from-html), which also gives each problem's line. */
export function scanPageTree(html: string, file: string, rules: OutputRules): string[] {
  const path = pagePath(file);
  const problems: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    for (const problem of elementProblems(node, path, rules))
      problems.push(`${path} (${file}:${node.position?.start.line ?? 0}): ${problem}`);
  });
  return problems;
}

/** What is wrong with one element of the page at `path`, in document order; nothing when it may stay. */
function elementProblems(node: Element, path: string, rules: OutputRules): string[] {
  const judge = (url: string, followed: boolean) => judgeUrl(url, rules, followed, path);
  const problems: string[] = [];
  const say = (message: string) => problems.push(message);
  const isLogo =
    node.tagName === 'img' &&
    rules.logo !== undefined &&
    node.properties.src === rules.logo &&
    node.properties.srcSet === undefined;
  if (REFUSED_ELEMENTS.has(node.tagName) && !isLogo)
    say(`a <${node.tagName}> element, which loads content from elsewhere`);
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on[a-z]/i.test(name))
      say(`an event handler attribute (${name}) on <${node.tagName}>: code in the page`);
    if (name === 'style' && typeof value === 'string')
      scanCss(value, rules, path).forEach((problem) => say(`${problem} (style attribute)`));
  }
  for (const attribute of URL_ATTRIBUTES) {
    const value = node.properties[attribute];
    if (value === undefined) continue;
    const values =
      attribute === 'srcSet' && typeof value === 'string'
        ? value.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '')
        : Array.isArray(value)
          ? value.map(String)
          : value === null || typeof value === 'boolean'
            ? []
            : [String(value)];
    for (const url of values) {
      const problem = judge(url, node.tagName === 'a');
      if (problem) say(`<${node.tagName} ${attribute.toLowerCase()}="${url}">: ${problem}`);
    }
  }
  const equiv = node.properties.httpEquiv;
  if (
    node.tagName === 'meta' &&
    Array.isArray(equiv) &&
    equiv.join(' ').toLowerCase() === 'refresh'
  ) {
    const target = /url\s*=\s*['"]?([^'"]+)/i.exec(String(node.properties.content ?? ''))?.[1];
    const problem = target ? judge(target, true) : undefined;
    if (problem) say(`a refresh to "${target}": ${problem}`);
  }
  if (node.tagName === 'script') {
    const type = String(node.properties.type ?? '');
    const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
    if (type === 'application/ld+json') {
      if (/[<>]/.test(text))
        say(
          'embedded JSON (JSON-LD) holds "<" or ">" unescaped; write them as \\u003c and \\u003e',
        );
      else if (!isJson(text))
        say(
          'embedded JSON (JSON-LD) is not valid JSON: an unescaped "</script>" may have ended it early',
        );
    } else if (!rules.scriptPages.has(path)) {
      say('a script; only the search page may run one');
    } else if (node.properties.src === undefined || text.trim() !== '') {
      say('an inline script; the search page loads its script from a file of the site');
    }
  }
  if (node.tagName === 'style') {
    scanCss(
      node.children.map((child) => ('value' in child ? child.value : '')).join(''),
      rules,
      path,
    ).forEach((problem) => say(problem));
  }
  return problems;
}

/**
 * Addresses inside CSS (url(), @import) must stay in the site, even on its own origin: CSS only
 * loads, never links. `from` is the address within the site of the file or page the CSS is in.
 */
function scanCss(css: string, rules: OutputRules, from: string): string[] {
  const own: OutputRules = { ...rules, siteOrigin: '', allowedOrigins: new Set() };
  const problems: string[] = [];
  for (const match of css.matchAll(
    /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi,
  )) {
    const url = match[2] ?? match[4] ?? '';
    const problem = judgeUrl(url, own, false, from);
    if (problem) problems.push(`CSS loads "${url}": ${problem}`);
  }
  return problems;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why an address may not be in the site, or undefined when it may. Links (`followed`) may go to
 * the origins and addresses the rules allow; anything loaded must stay in the site. An address on
 * the site's own host must stay in the site's folder: outside it the host serves something else
 * (a link there is allowed only where the configuration or the text names it, as any other site).
 * `from` is the address within the site of the page that holds it, for relative addresses.
 */
function judgeUrl(
  raw: string,
  rules: OutputRules,
  followed: boolean,
  from: string,
): string | undefined {
  const written = raw.replace(/[\t\n\r]/g, '').trim();
  if (written === '' || written.startsWith('#')) return undefined;
  const url = readAddress(written, withBase(from, rules.base));
  if (!url) return 'not a valid address';
  if (!SCHEMES_OK.has(url.protocol))
    return `the scheme ${url.protocol} may run code or reach outside the web`;
  if (url.origin === SITE || url.origin === rules.siteOrigin) {
    if (withoutBase(url.pathname, rules.base) !== undefined) return undefined;
    const named = rules.allowedOrigins.has(url.origin) || rules.allowedUrls.has(url.href);
    if (followed && url.origin !== SITE && named) return undefined;
    return `it leads out of the site's folder ${rules.base}, to ${url.pathname}, which the host serves for something else; write it with the folder (${withBase(url.pathname, rules.base)})`;
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:')
    return followed ? undefined : 'a mailto: or tel: address where something is loaded';
  if (!followed) return `it loads from another site (${url.origin})`;
  if (rules.allowedOrigins.has(url.origin) || rules.allowedUrls.has(url.href)) return undefined;
  return `a link to another site (${url.origin}) that neither the configuration nor the statement text names`;
}
