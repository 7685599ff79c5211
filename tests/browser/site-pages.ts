import type { Browser } from 'playwright-core';
import { crawlSite, type SitePage } from '../helpers/crawl.ts';
import { openAuditor, type PageReport } from './browser-audit.ts';

/** The address the error page is tested at: any path the site does not have, in its folder. */
export function missingPath(base = '/'): string {
  return `${base}deze-pagina-bestaat-niet/`;
}

export interface BrowserPage {
  /** What the browser opens. */
  path: string;
  file: string;
  expectedStatus: number;
  /** Whether axe checks the dark colour scheme too (see browserPages). */
  dark: boolean;
}

/**
 * A page for unknown addresses, of a language (en/404.html) or of the site (404.html): an address
 * it answers, in the site's folder.
 */
function missingPathFor(file: string, base: string): string | undefined {
  const match = /^(?:([^/]+)\/)?404\.html$/.exec(file);
  if (!match) return undefined;
  return missingPath(match[1] ? `${base}${match[1]}/` : base);
}

/**
 * Every page of a built site as a browser visits it, in the folder `base` the site is published
 * in; a page for unknown addresses (404.html, and en/404.html for those under /en/) is visited at
 * an unknown address. The dark colour scheme changes the stylesheet's colours, not the markup: its
 * colour rules are checked on one page of each kind in every language (`darkPaths`) and the error
 * pages, the light scheme (every rule) on every page.
 */
export function browserPages(
  site: string,
  darkPaths: ReadonlySet<string>,
  base = '/',
): BrowserPage[] {
  return crawlSite(site, base).map((page: SitePage) => {
    const missing = missingPathFor(page.file, base);
    return missing
      ? { path: missing, file: page.file, expectedStatus: 404, dark: true }
      : {
          path: page.path,
          file: page.file,
          expectedStatus: 200,
          dark: darkPaths.has(page.path) || page.path === base,
        };
  });
}

/** Audits pages in one browser, in `concurrency` tabs side by side. */
export async function auditPages(
  browser: Browser,
  origin: string,
  pages: readonly BrowserPage[],
  concurrency = 2,
): Promise<Map<string, PageReport>> {
  const reports = new Map<string, PageReport>();
  let next = 0;
  const worker = async () => {
    const auditor = await openAuditor(browser, origin);
    try {
      while (next < pages.length) {
        const page = pages[next++]!;
        reports.set(
          page.path,
          await auditor.audit(page.path, {
            expectedStatus: page.expectedStatus,
            colorSchemes: page.dark ? ['light', 'dark'] : ['light'],
          }),
        );
      }
    } finally {
      await auditor.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  return reports;
}
