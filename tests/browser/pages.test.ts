// Every page of the built site, as a reader's browser gets it from a static host: accessible in
// light and dark mode, usable with the keyboard, private (no other origin, no cookie) and within
// its Content Security Policy. Pages are found by crawling from /, so new pages are covered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtOn, builtSite } from '../helpers/sites.ts';
import { readContent } from '../../src/model/read-content.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';
import { readerPages } from '../harness/reader-pages.ts';

const TEST_SITE = builtSite();
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { launchBrowser, type PageReport } from './browser-audit.ts';
import { auditPages, browserPages } from './site-pages.ts';
import { crawlSite } from '../helpers/crawl.ts';

const site = { dir: TEST_SITE, remove: () => undefined };
const content = readContent(PROJECT_ROOT).content!;
// One page of each kind in every language is checked in the dark colour scheme as well.
const darkPaths = new Set(
  content.site.languages.flatMap(({ code }) =>
    readerPages(content, builtOn(), code).map((page) => page.path.split('?')[0]!),
  ),
);
const pages = browserPages(site.dir, darkPaths);

describe('every page in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let reports: Map<string, PageReport>;

  beforeAll(async () => {
    server = await startStaticServer(site.dir);
    browser = await launchBrowser();
    reports = await auditPages(browser, server.origin, pages);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site.remove();
  });

  const report = (path: string) => {
    const found = reports.get(path);
    if (!found) throw new Error(`${path} was not audited`);
    return found;
  };

  it('are found by crawling the site from /, and one of each kind in every language is checked in dark mode too', () => {
    expect(pages.filter((page) => page.dark).length).toBeGreaterThanOrEqual(
      content.site.languages.length * 7,
    );
    expect(pages.length, pages.map((page) => page.path).join(', ')).toBeGreaterThanOrEqual(8);
    // Every page is reached by following links from /, except the pages for addresses that do
    // not exist: the site's, and one under each language but the binding one.
    expect(
      crawlSite(TEST_SITE)
        .filter((page) => !page.linked)
        .map((page) => page.path)
        .sort(),
    ).toEqual(
      [
        '/404.html',
        ...content.site.languages
          .filter(({ code }) => code !== content.binding.code)
          .map(({ path }) => `/${path}/404.html`),
      ].sort(),
    );
    expect(pages.map((page) => page.path)).toContain('/');
  });

  describe.each(pages)('$path', ({ path }) => {
    it('has no axe violation (WCAG 2.2 A and AA) in light mode, nor of the colour rules in dark mode where checked', () => {
      expect(report(path).axe).toEqual([]);
    });

    it('can be used with the keyboard: skip link, every control reached, focus visible', () => {
      expect(report(path).keyboard).toEqual([]);
    });

    it('requests nothing from another origin', () => {
      expect(report(path).requests).toEqual([]);
    });

    it('sets no cookie and stores nothing', () => {
      expect(report(path).storage).toEqual([]);
    });

    it('violates no Content Security Policy', () => {
      expect(report(path).csp).toEqual([]);
    });

    it('logs no console error and is served with the right status', () => {
      expect(report(path).console).toEqual([]);
    });

    it('keeps telephone numbers on one line', () => {
      expect(report(path).layout).toEqual([]);
    });
  });
});
