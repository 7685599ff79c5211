// One round of the browser suite on a built site, as a reader's browser gets it from a static host:
// every page (or one of each kind) accessible in light and dark mode, usable with the keyboard,
// private (no other origin, no cookie) and within its Content Security Policy; every address the
// site refers to answering 200. Pages are found by crawling from the site's first page, so new
// pages are covered. A site published in a folder of its host is served there only: every other
// path of the host answers 404, as another site's would. One server and one browser per round.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBase, builtCopy, builtOn, builtSite } from '../helpers/sites.ts';
import { readContent } from '../../src/model/read-content.ts';
import { readerPages } from '../harness/reader-pages.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import type { SiteName } from '../setup/build-sites.ts';
import { launchBrowser, type PageReport } from './browser-audit.ts';
import { auditPages, browserPages } from './site-pages.ts';
import { crawlSite } from '../helpers/crawl.ts';
import { siteReferences } from '../helpers/references.ts';
import { ask, watchedPage } from './search-helpers.ts';

/** What a site's round checks besides its pages: where it is published, and a question to search. */
export interface Round {
  name: SiteName;
  /**
   * Which pages axe and the keyboard check: every page, or one of each kind in the binding
   * language or in every language (and the first page and the 404 pages), for a site whose other
   * pages are made by the same templates the project's every page is checked from.
   */
  pages: 'every' | 'each kind' | 'each kind in every language';
  /** A word of the statement the search page must find: every result's address, and one to open. */
  search?: { page: string; query: string; result: RegExp; opens: RegExp };
  /** Paths of the host outside the site's folder, which must not answer with the site. */
  outside?: string[];
}

export function describeRound(round: Round): void {
  describe(`the ${round.name} site in a browser, ${round.pages} page`, () => {
    const dir = builtSite(round.name);
    const base = builtBase(round.name);
    const content = readContent(builtCopy(round.name)).content!;
    // One page of each kind in every language is checked in the dark colour scheme as well.
    const darkPaths = new Set(
      content.site.languages.flatMap(({ code }) =>
        readerPages(content, builtOn(round.name), code).map((page) => page.path.split('?')[0]!),
      ),
    );
    // For 'each kind': the binding language's, the first page and the 404 page.
    const eachKind = new Set(
      readerPages(content, builtOn(round.name)).map((page) => page.path.split('?')[0]!),
    );
    const pages = browserPages(dir, darkPaths, base).filter(
      (page) =>
        round.pages === 'every' ||
        (round.pages === 'each kind in every language' ? darkPaths : eachKind).has(page.path) ||
        page.path === base ||
        page.expectedStatus === 404,
    );
    let server: StaticServer;
    let browser: Browser;
    let reports: Map<string, PageReport>;

    beforeAll(async () => {
      server = await startStaticServer(dir, { base });
      browser = await launchBrowser();
      reports = await auditPages(browser, server.origin, pages);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const report = (path: string) => {
      const found = reports.get(path);
      if (!found) throw new Error(`${path} was not audited`);
      return found;
    };

    it('has its pages found by crawling from its first page, one of each kind in every language checked in dark mode too', () => {
      expect(pages.filter((page) => page.dark).length).toBeGreaterThanOrEqual(
        round.pages === 'each kind' ? 7 : content.site.languages.length * 7,
      );
      expect(pages.length, pages.map((page) => page.path).join(', ')).toBeGreaterThanOrEqual(8);
      // Every page is reached by following links from the first, except the pages for addresses
      // that do not exist: the site's, and one under each language but the binding one.
      expect(
        crawlSite(dir, base)
          .filter((page) => !page.linked)
          .map((page) => page.path)
          .sort(),
      ).toEqual(
        [
          `${base}404.html`,
          ...content.site.languages
            .filter(({ code }) => code !== content.binding.code)
            .map(({ path }) => `${base}${path}/404.html`),
        ].sort(),
      );
      expect(pages.map((page) => page.path)).toContain(base);
    });

    it('refers to nothing of its own that does not answer 200: pages, stylesheets, scripts, icon, feeds, data, calendar, vCard, search', async () => {
      const references = siteReferences(dir, base);
      expect(references.length).toBeGreaterThan(pages.length);
      const failing: string[] = [];
      for (const { path, from } of references) {
        const response = await fetch(new URL(path, server.origin), { redirect: 'manual' });
        if (response.status !== 200) failing.push(`${path} (${from}): ${response.status}`);
      }
      expect(failing).toEqual([]);
    });

    it.runIf(round.outside)(
      "is served in its folder only: the host's other paths answer 404, without the site",
      async () => {
        for (const path of round.outside!) {
          const response = await fetch(new URL(path, server.origin));
          expect(response.status, path).toBe(404);
          expect(await response.text(), path).not.toContain('<html');
        }
      },
    );

    it.runIf(round.search)('finds the statement with its search, in its folder', async () => {
      const { page, context, problems } = await watchedPage(browser, server.origin);
      try {
        const found = await ask(page, round.search!.page, round.search!.query);
        expect(found.results.length).toBeGreaterThan(0);
        for (const result of found.results) expect(result.href).toMatch(round.search!.result);
        const result = found.results.find(({ href }) => round.search!.opens.test(href));
        expect(result, JSON.stringify(found.results)).toBeDefined();
        await page.click(`[data-search-results] a[href="${result!.href}"]`);
        await page.waitForURL(`**${result!.href}`);
        expect(
          await page.evaluate(() => document.querySelector(':target')?.textContent?.toLowerCase()),
        ).toContain(round.search!.query);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
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
}
