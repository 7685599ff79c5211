// What an audience view may weigh: a reader on a phone with a slow connection gets the page from
// the first round trip of the connection, with no script. Measured on the built files, gzipped at
// level 9 as a host would, so that a site test holds the budget without a browser or a clock;
// npm run bench reports the same figures (scripts/bench/page-weight.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export const AUDIENCE_VIEW_BUDGET = {
  /** The page, its stylesheet and the icon. */
  requests: 3,
  scriptBytes: 0,
  /** The HTML at most this many times the page's visible text, both gzipped. */
  htmlOverText: 1.8,
  /** The stylesheet every page shares, gzipped. */
  sharedCssGzip: 4096,
  /** HTML and CSS together, gzipped: the first round trip (10 TCP segments of 1,460 bytes). */
  firstRoundTripGzip: 14_600,
};

export const gzipSize = (bytes: string | Buffer): number =>
  bytes.length === 0 ? 0 : gzipSync(bytes, { level: 9 }).length;

/**
 * The text of a page as a reader sees it: the innerText algorithm on its body (hast-util-to-text),
 * without the stylesheet. The floor any page showing that text could weigh.
 */
export function visibleText(html: string): string {
  const body = select('body', fromHtml(html));
  return body ? toText(body) : '';
}

export interface BuiltPageWeight {
  path: string;
  /** What a browser fetches to show the page: the page, then its stylesheets, scripts, images and icon. */
  requests: string[];
  /** Script bytes: files and inline scripts, JSON-LD (data, not code) left out. */
  scriptBytes: number;
  htmlGzip: number;
  /** Every stylesheet of the page, gzipped, summed. */
  cssGzip: number;
  textGzip: number;
}

/** The weight of the page at `path` (e.g. /nl/medewerker/) of the site built in `site`. */
export function builtPageWeight(site: string, path: string): BuiltPageWeight {
  const file = (url: string) => join(site, url.endsWith('/') ? `${url}index.html` : url);
  const html = readFileSync(file(path), 'utf8');
  const tree = fromHtml(html);
  const attribute = (element: Element, name: string) => String(element.properties[name] ?? '');
  const stylesheets = selectAll('link[rel~=stylesheet][href]', tree).map((link) =>
    attribute(link, 'href'),
  );
  const scripts = selectAll('script[src]', tree).map((script) => attribute(script, 'src'));
  const others = [
    ...selectAll('link[rel~=icon][href]', tree).map((link) => attribute(link, 'href')),
    ...selectAll('img[src]', tree).map((image) => attribute(image, 'src')),
  ];
  const read = (url: string) => {
    const found = file(new URL(url, `http://site.invalid${path}`).pathname);
    if (!existsSync(found)) throw new Error(`${path} links ${url}, which the built site lacks`);
    return readFileSync(found);
  };
  const inlineScripts = selectAll('script:not([src])', tree)
    .filter((script) => !/json/.test(attribute(script, 'type')))
    .map((script) => toText(script));
  return {
    path,
    requests: [path, ...new Set([...stylesheets, ...scripts, ...others])],
    scriptBytes:
      scripts.reduce((sum, url) => sum + read(url).length, 0) +
      inlineScripts.reduce((sum, code) => sum + Buffer.byteLength(code), 0),
    htmlGzip: gzipSize(html),
    cssGzip: stylesheets.reduce((sum, url) => sum + gzipSize(read(url)), 0),
    textGzip: gzipSize(visibleText(html)),
  };
}

/** Each limit of AUDIENCE_VIEW_BUDGET the page breaks, in words with the figures; none when it keeps them. */
export function budgetGaps(weight: BuiltPageWeight): string[] {
  const budget = AUDIENCE_VIEW_BUDGET;
  const ratio = weight.htmlGzip / weight.textGzip;
  return [
    weight.requests.length > budget.requests &&
      `${weight.requests.length} requests (${weight.requests.join(', ')}), over ${budget.requests}`,
    weight.scriptBytes > budget.scriptBytes &&
      `${weight.scriptBytes} bytes of script, over ${budget.scriptBytes}`,
    ratio > budget.htmlOverText &&
      `HTML ${weight.htmlGzip} bytes gzip, ${ratio.toFixed(2)} times the text's ${weight.textGzip}, over ${budget.htmlOverText}`,
    weight.cssGzip > budget.sharedCssGzip &&
      `stylesheet ${weight.cssGzip} bytes gzip, over ${budget.sharedCssGzip}`,
    weight.htmlGzip + weight.cssGzip > budget.firstRoundTripGzip &&
      `HTML and CSS ${weight.htmlGzip + weight.cssGzip} bytes gzip, over ${budget.firstRoundTripGzip}`,
  ].filter((gap): gap is string => typeof gap === 'string');
}
