// What a reader downloads: each kind of page loaded once in Chromium from a built site served on
// 127.0.0.1, every response of the first load counted and gzipped (level 9) per kind, against the
// gzipped visible text of the page (the least any page showing that text could weigh).
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { launchChromium } from '../../tests/harness/chromium.ts';
import { startStaticServer } from '../../tests/harness/static-server.ts';
import type { Content } from '../../src/model/content-model.ts';
import { readerPages, type ReaderPage } from '../../tests/harness/reader-pages.ts';

/** The pages measured: one of each kind, in the binding language (tests/harness/reader-pages.ts). */
export function weighedPages(content: Content, buildDate: string): ReaderPage[] {
  return readerPages(content, buildDate).map((page) => ({
    name: page.name.replace('-', ' '),
    path: page.path.split('?')[0]!,
  }));
}

export const KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The budget of an audience view: a reader on a slow connection fetches the page and its stylesheet
 * (and the icon), no script, and the HTML and CSS together weigh at most 1.6 times the page's own
 * visible text (all gzip).
 */
export const ROLE_VIEW_BUDGET = { requests: 3, jsBytes: 0, htmlAndCssOverText: 1.6 };

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  requests: number;
  /** Requests that never got a response (e.g. refused by the page's Content Security Policy). */
  failed: number;
  /** Uncompressed and gzip-compressed bytes per kind. */
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  gzipTotal: number;
  /** gzip size of document.body.innerText. */
  textGzip: number;
  /** gzip size of the page's HTML with every attribute removed: its elements and text alone. */
  bareHtmlGzip: number;
  /**
   * gzip size of the page's HTML made as lean as it could be while doing what the issues ask for:
   * without the section-language links, the self-links of headings and the marks of facts, and
   * with every class name one or two letters long (leanMarkup).
   */
  leanHtmlGzip: number;
  urls: string[];
}

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document' || contentType.startsWith('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'js';
  if (
    resourceType === 'font' ||
    contentType.startsWith('font/') ||
    /woff|opentype|truetype/.test(contentType)
  )
    return 'fonts';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
  return 'other';
}

const zeroes = (): Record<Kind, number> =>
  Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;

/** Loads every page of `pages` (weighedPages) from the site in `siteDir`, each in a fresh browser context (empty cache). */
export async function weighPages(
  siteDir: string,
  pages: readonly ReaderPage[],
  base = '/',
): Promise<PageWeight[]> {
  const server = await startStaticServer(siteDir, { base });
  const browser = await launchChromium();
  try {
    const weights: PageWeight[] = [];
    for (const { name, path } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<{ url: string; kind: Kind; body: Buffer }>[] = [];
      let failed = 0;
      page.on('requestfailed', () => failed++);
      page.on('response', (response) => {
        const kind = kindOf(
          response.request().resourceType(),
          response.headers()['content-type'] ?? '',
        );
        bodies.push(
          response
            .body()
            .catch(() => Buffer.alloc(0))
            .then((body) => ({ url: response.url(), kind, body })),
        );
      });
      const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
      const text = await page.evaluate(() => document.body.innerText);
      const loaded = await Promise.all(bodies);
      await context.close();

      const raw = zeroes();
      const gzip = zeroes();
      for (const { kind, body } of loaded) {
        raw[kind] += body.length;
        gzip[kind] += body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;
      }
      weights.push({
        name,
        path,
        status: response?.status() ?? 0,
        requests: loaded.length,
        failed,
        raw,
        gzip,
        gzipTotal: KINDS.reduce((sum, kind) => sum + gzip[kind], 0),
        textGzip: gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length,
        bareHtmlGzip: gzipSync(withoutAttributes(htmlOf(loaded)), { level: 9 }).length,
        leanHtmlGzip: gzipSync(leanMarkup(htmlOf(loaded)), { level: 9 }).length,
        urls: loaded.map(({ url }) => url.replace(server.origin, '')),
      });
    }
    return weights;
  } finally {
    await browser.close();
    await server.close();
  }
}

const htmlOf = (loaded: readonly { kind: Kind; body: Buffer }[]): string =>
  loaded.find(({ kind }) => kind === 'html')?.body.toString('utf8') ?? '';

/**
 * A page's HTML made as lean as it could be: the links to a section in the other languages (shown
 * under a targeted heading), the self-links of headings and the marks around facts taken out
 * (their text stays), and every class name replaced by one or two letters. What is left (ids for
 * links into the text, prefilled emails for the rights, the "in short" table with its labels, the
 * contents list, the head) is what the issues ask every audience view to have.
 */
function leanMarkup(html: string): string {
  const tree = fromHtml(html);
  const short = new Map<string, string>();
  const letters = (index: number) =>
    (index < 26 ? '' : String.fromCharCode(96 + Math.floor(index / 26))) +
    String.fromCharCode(97 + (index % 26));
  visit(tree, 'element', (element, index, parent) => {
    const classes = (element.properties.className as string[] | undefined) ?? [];
    if (parent && index !== undefined) {
      if (classes.includes('section-languages')) {
        parent.children.splice(index, 1);
        return index;
      }
      if (classes.includes('heading-link') || classes.includes('fact')) {
        parent.children.splice(index, 1, ...element.children);
        return index;
      }
    }
    if (classes.length)
      element.properties.className = classes.map(
        (name) => short.get(name) ?? short.set(name, letters(short.size)).get(name)!,
      );
    return undefined;
  });
  return toHtml(tree);
}

/** A page's HTML with every attribute removed, as the floor of what its markup can weigh. */
function withoutAttributes(html: string): string {
  const tree = fromHtml(html);
  visit(tree, 'element', (element) => {
    element.properties = {};
  });
  return toHtml(tree);
}

/** The gzip size of a page's HTML and CSS over that of its visible text. */
export function htmlAndCssOverText(weight: PageWeight): number {
  return (weight.gzip.html + weight.gzip.css) / weight.textGzip;
}

/** Whether an audience view keeps its budget, and by how much it misses each limit. */
export function audienceViewBudget(weight: PageWeight): { met: boolean; gaps: string[] } {
  const gaps: string[] = [];
  if (weight.requests > ROLE_VIEW_BUDGET.requests)
    gaps.push(
      `${weight.requests - ROLE_VIEW_BUDGET.requests} request(s) over ${ROLE_VIEW_BUDGET.requests}`,
    );
  const ratio = htmlAndCssOverText(weight);
  if (ratio > ROLE_VIEW_BUDGET.htmlAndCssOverText)
    gaps.push(
      `HTML and CSS ${ratio.toFixed(2)} times the text, over ${ROLE_VIEW_BUDGET.htmlAndCssOverText} (${Math.round((ratio - ROLE_VIEW_BUDGET.htmlAndCssOverText) * weight.textGzip)} bytes gzip too many)`,
    );
  if (weight.raw.js > ROLE_VIEW_BUDGET.jsBytes) gaps.push(`${weight.raw.js} bytes of JavaScript`);
  return { met: gaps.length === 0, gaps };
}
