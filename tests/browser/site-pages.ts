import type { Browser } from 'playwright-core';
import { crawlSite, type SitePage } from '../helpers/crawl.ts';
import { auditPage, type PageReport } from './browser-audit.ts';

/** The address the error page is tested at: any path the site does not have. */
export const MISSING_PATH = '/deze-pagina-bestaat-niet/';

export interface BrowserPage {
  /** What the browser opens. */
  path: string;
  file: string;
  expectedStatus: number;
}

/** Every page of a built site as a browser visits it; 404.html is visited at an unknown address. */
export function browserPages(site: string): BrowserPage[] {
  return crawlSite(site).map((page: SitePage) =>
    page.file === '404.html'
      ? { path: MISSING_PATH, file: page.file, expectedStatus: 404 }
      : { path: page.path, file: page.file, expectedStatus: 200 },
  );
}

/** Audits pages a few at a time in one browser (each in its own context). */
export async function auditPages(browser: Browser, origin: string, pages: readonly BrowserPage[], concurrency = 2): Promise<Map<string, PageReport>> {
  const reports = new Map<string, PageReport>();
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      reports.set(page.path, await auditPage(browser, origin, page.path, { expectedStatus: page.expectedStatus }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  return reports;
}
