// What a reader downloads: each kind of page loaded once in Chromium from a built site served on
// 127.0.0.1, every response of the first load counted and gzipped (level 9) per kind, against the
// gzipped visible text of the page (the least any page showing that text could weigh); and the
// budget of an audience view measured on the built files, as the site test measures it
// (tests/harness/page-budget.ts).
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { launchChromium } from '../../tests/harness/chromium.ts';
import {
  builtPageWeight,
  gzipSize,
  visibleText,
  type BuiltPageWeight,
} from '../../tests/harness/page-budget.ts';
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
  /** gzip size of the page's visible text (visibleText of tests/harness/page-budget.ts). */
  textGzip: number;
  /** gzip size of the page's HTML with every attribute removed: its elements and text alone. */
  bareHtmlGzip: number;
  /** The figures of the budget, measured on the built files (tests/harness/page-budget.ts). */
  built: BuiltPageWeight;
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
      const loaded = await Promise.all(bodies);
      await context.close();

      const raw = zeroes();
      const gzip = zeroes();
      for (const { kind, body } of loaded) {
        raw[kind] += body.length;
        gzip[kind] += gzipSize(body);
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
        textGzip: gzipSize(visibleText(htmlOf(loaded))),
        bareHtmlGzip: gzipSize(withoutAttributes(htmlOf(loaded))),
        built: builtPageWeight(siteDir, path),
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

/** A page's HTML with every attribute removed, as the floor of what its markup can weigh. */
function withoutAttributes(html: string): string {
  const tree = fromHtml(html);
  visit(tree, 'element', (element) => {
    element.properties = {};
  });
  return toHtml(tree);
}
