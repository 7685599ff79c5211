// The site search in Chromium, on the shared test build (indexed by tests/helpers/global-setup.ts)
// served with the site's own response headers (public/_headers), so that the search page works
// under both its meta and its header Content-Security-Policy.
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexSite } from '../../scripts/search-index.ts';
import { htmlFiles } from '../helpers/html.ts';
import { TEST_SITE } from '../helpers/project.ts';
import { siteInBrowser } from './site-in-browser.ts';

const site = siteInBrowser();

interface Result {
  href: string;
  title: string;
  role: string;
  excerpt: string;
}

interface Watched {
  page: Page;
  context: BrowserContext;
  /** CSP violations, console errors and uncaught exceptions, as they happen. */
  problems: string[];
}

const problemsOf = new WeakMap<Page, string[]>();

/** A fresh page that records every CSP violation (securitypolicyviolation), console error and exception. */
async function watchedPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await site.browser().newContext({ baseURL: site.server().origin, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(`CSP violation on ${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /content.security.policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  problemsOf.set(page, problems);
  return { page, context, problems };
}

/** The results on the search page once the live region has announced them. */
async function results(page: Page): Promise<{ status: string; results: Result[] }> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-search-status]')?.textContent?.trim() ||
      document.querySelector<HTMLElement>('[data-search-error]')?.hidden === false,
  );
  if (await page.locator('[data-search-error]').isVisible()) {
    throw new Error(`${page.url()} shows that search failed:\n${(problemsOf.get(page) ?? []).join('\n')}`);
  }
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')!.textContent!.trim(),
    results: [...document.querySelectorAll('[data-search-results] li')].map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      title: item.querySelector('a')!.textContent!.trim(),
      role: item.querySelector('.search-result__role')!.textContent!.trim(),
      excerpt: item.querySelector('.search-result__excerpt')!.textContent!.trim(),
    })),
  }));
}

async function search(page: Page, path: string, query: string): Promise<{ status: string; results: Result[] }> {
  await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  return results(page);
}

/**
 * Follows a result's link (a click on the first, the address for the rest, which is the same); the
 * passage's heading must exist and carry the fragment. Returns the passage's text: the heading and
 * what follows it up to the next heading of any level.
 */
async function followResult(page: Page, result: Result, click: boolean): Promise<string> {
  const url = new URL(result.href, site.server().origin);
  if (click) {
    await page.click(`[data-search-results] a[href="${result.href}"]`);
    await page.waitForURL(url.href);
  } else {
    await page.goto(url.href);
  }
  const id = decodeURIComponent(url.hash.slice(1));
  const passage = await page.evaluate((id) => {
    const heading = document.getElementById(id);
    if (!heading || !/^H[1-6]$/.test(heading.tagName) || !heading.matches(':target')) return undefined;
    const range = document.createRange();
    range.setStartBefore(heading);
    const all = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')];
    const next = all[all.indexOf(heading) + 1];
    if (next) range.setEndBefore(next);
    else range.setEndAfter(document.querySelector('main')!.lastChild!);
    return range.toString().replace(/\s+/g, ' ');
  }, id);
  expect(passage, `${result.href}: no heading with id="${id}" on ${url.pathname}`).toBeDefined();
  return passage!;
}

const EXPECTED: Array<{ path: string; query: string; word: RegExp; passages: string[] }> = [
  { path: '/nl/zoeken/', query: 'salaris', word: /salaris/i, passages: ['/nl/medewerker/#employee-arbeidsovereenkomst-en-salaris'] },
  {
    path: '/nl/zoeken/',
    query: 'bewaartermijn',
    word: /bewaartermijn/i,
    passages: ['/nl/medewerker/#employee-arbeidsovereenkomst-en-salaris', '/nl/medewerker/#employee-dienstverlening'],
  },
  {
    path: '/nl/zoeken/',
    query: 'UWV',
    word: /UWV/,
    passages: [
      '/nl/volledig/#wat-mag-je-van-ons-verwachten',
      '/nl/volledig/#wanneer-verwerken-we-jouw-persoonsgegevens',
      '/nl/relatie/#client-contact-rapportages-en-audits',
    ],
  },
  { path: '/en/search/', query: 'salary', word: /salary/i, passages: ['/en/employee/#employee-employment-contract-and-salary'] },
  {
    path: '/en/search/',
    query: 'retention',
    word: /retention/i,
    passages: ['/en/employee/#employee-employment-contract-and-salary', '/en/employee/#employee-services'],
  },
];

describe('search', () => {
  test.each(EXPECTED)('$path?q=$query finds the right passages, each once, and every link leads to its heading', async ({ path, query, word, passages }) => {
    const { page, context, problems } = await watchedPage();
    try {
      const found = await search(page, path, query);
      const hrefs = found.results.map((result) => result.href);
      expect(hrefs).toEqual(expect.arrayContaining(passages));
      expect(new Set(hrefs).size, `a passage is listed twice: ${hrefs.join(', ')}`).toBe(hrefs.length);
      expect(new Set(found.results.map((result) => result.excerpt)).size).toBe(found.results.length);
      // Only current pages of the reader's language: no versions, comparisons, archive or home page.
      const lang = path.slice(1, 3);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/[a-z-]+/#[\\w-]+$`));
      expect(hrefs.filter((href) => /\/(versies|versions|wijzigingen|changes)\//.test(href))).toEqual([]);
      // Every result says which role it belongs to.
      for (const result of found.results) expect(result.role).toMatch(lang === 'nl' ? /^Geldt voor: \S/ : /^Applies to: \S/);

      for (const [index, result] of found.results.entries()) {
        const passage = await followResult(page, result, index === 0);
        if (passages.includes(result.href)) expect(passage, result.href).toMatch(word);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('"salaris" finds the employee passage once, with its role; the job-seeker filter removes it', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      const all = await search(page, '/nl/zoeken/', 'salaris');
      const employee = all.results.filter((result) => result.href === '/nl/medewerker/#employee-arbeidsovereenkomst-en-salaris');
      expect(employee).toHaveLength(1);
      expect(employee[0]!.title).toBe('Arbeidsovereenkomst en salaris');
      expect(employee[0]!.role).toBe('Geldt voor: Medewerker of flexkracht');
      expect(all.results.filter((result) => result.excerpt === employee[0]!.excerpt)).toHaveLength(1);

      // The role filter, by its localized name, as a reader chooses it.
      expect(await page.locator('#search-role option').allTextContents()).toEqual([
        'Iedereen (alle onderdelen)',
        'Websitebezoeker',
        'Contactpersoon van een relatie',
        'Werkzoekende',
        'Medewerker of flexkracht',
        'Algemeen (voor iedereen)',
      ]);
      await page.getByLabel('Toon resultaten voor').selectOption({ label: 'Werkzoekende' });
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Geen'));
      const narrowed = await results(page);
      expect(narrowed.status).toBe('Geen resultaten voor “salaris”.');
      expect(narrowed.results).toEqual([]);
      expect(new URL(page.url()).searchParams.get('role')).toBe('job-seeker');

      // The filter is in the address too: the employee filter keeps the passage; general has its own.
      await page.goto('/nl/zoeken/?q=salaris&role=employee');
      const onlyEmployee = await results(page);
      expect(onlyEmployee.results.map((result) => result.href)).toContain('/nl/medewerker/#employee-arbeidsovereenkomst-en-salaris');
      await page.goto('/nl/zoeken/?q=UWV&role=general');
      const general = await results(page);
      expect(general.results.map((result) => result.href)).toEqual([
        '/nl/volledig/#wat-mag-je-van-ons-verwachten',
        '/nl/volledig/#wanneer-verwerken-we-jouw-persoonsgegevens',
      ]);
      expect(await page.locator('#search-role').inputValue()).toBe('general');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the search page is used with the keyboard alone, and announces the count in a live region', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      await page.goto('/nl/zoeken/');
      // The live region is in the page before anything is announced, and empty.
      const live = page.locator('[data-search-status]');
      expect(await live.getAttribute('aria-live')).toBe('polite');
      expect(await live.getAttribute('role')).toBe('status');
      expect((await live.textContent())?.trim()).toBe('');

      // Tab to the field from the top of the page.
      for (let press = 0; press < 30 && !(await page.evaluate(() => document.activeElement?.id === 'search-query')); press++) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
      await page.keyboard.type('salaris');
      const { status, results: found } = await results(page);
      expect(status).toBe(`${found.length === 1 ? '1 resultaat' : `${found.length} resultaten`} voor “salaris”`);
      expect(found.length).toBeGreaterThan(0);

      // On from the field (past the button and the role choice) to the first result, and Enter follows it.
      let presses = 0;
      while (presses < 5 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-results]'))))) {
        await page.keyboard.press('Tab');
        presses++;
      }
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(focused).toBe(found[0]!.href);
      expect(presses).toBeLessThanOrEqual(3);
      await page.keyboard.press('Enter');
      await page.waitForURL(new URL(found[0]!.href, site.server().origin).href);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), target)).toBe(true);

      // Enter in the field searches too (the form is not sent away).
      await page.goto('/en/search/');
      await page.getByLabel('Search the privacy statement').fill('retention');
      await page.keyboard.press('Enter');
      expect((await results(page)).status).toMatch(/^\d+ results for “retention”$/);
      expect(new URL(page.url()).pathname).toBe('/en/search/');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the search box in the header of a reading page is a plain form that leads to the results', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      await page.goto('/nl/medewerker/');
      await page.locator('.site-search input[name="q"]').fill('salaris');
      await page.locator('.site-search button').click();
      await page.waitForURL('**/nl/zoeken/?q=salaris');
      expect((await results(page)).results.map((result) => result.href)).toContain('/nl/medewerker/#employee-arbeidsovereenkomst-en-salaris');
      expect(await page.locator('#search-query').inputValue()).toBe('salaris');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('reading pages load no JavaScript; only the search pages have a script', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      for (const path of ['/nl/', '/nl/medewerker/', '/nl/volledig/', '/en/employee/', '/nl/versies/2023-09-27/']) {
        const scripts: string[] = [];
        const listener = (request: { resourceType(): string; url(): string }) => {
          if (['script', 'fetch', 'xhr'].includes(request.resourceType()) || /\.(m?js|wasm|pagefind)$/.test(request.url())) {
            scripts.push(request.url());
          }
        };
        page.on('request', listener);
        await page.goto(path, { waitUntil: 'load' });
        page.off('request', listener);
        expect(scripts, path).toEqual([]);
        expect(
          await page.evaluate(() =>
            [...document.scripts].filter((script) => script.type !== 'application/ld+json').map((script) => script.outerHTML),
          ),
          path,
        ).toEqual([]);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    // Every built page, not only those visited: a script element other than JSON-LD is on the search pages alone.
    const withScript = htmlFiles(TEST_SITE).filter((file) =>
      [...readFileSync(join(TEST_SITE, file), 'utf8').matchAll(/<script\b([^>]*)>/g)].some(
        (match) => !/type="application\/ld\+json"/.test(match[1]!),
      ),
    );
    expect(withScript).toEqual(['en/search/index.html', 'nl/zoeken/index.html']);
  });

  test('the search page runs under its header and meta Content-Security-Policy, which allow exactly what Pagefind needs', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      const response = await page.goto('/nl/zoeken/?q=bewaartermijn');
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(meta).toContain("connect-src 'self'");
      expect((await results(page)).results.length).toBeGreaterThan(0);
      // A reading page's meta policy keeps WebAssembly out.
      await page.goto('/nl/medewerker/');
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain('wasm-unsafe-eval');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the search page says so and links to the full statement', async () => {
    const { page, context } = await watchedPage({ javaScriptEnabled: false });
    try {
      await page.goto('/en/search/?q=salary');
      const notice = page.locator('main p.notice', { hasText: 'Search needs JavaScript' });
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.locator('a').getAttribute('href')).toBe('/en/full/');
    } finally {
      await context.close();
    }
  });
});

describe('the search index', () => {
  test('holds the current full statement and role views only, one index per language', () => {
    const entry = JSON.parse(readFileSync(join(TEST_SITE, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([code, { page_count }]) => [code, page_count]))).toEqual({
      nl: 5,
      en: 5,
    });
  });

  test('is refused, and so stops the build, when no page is marked for it', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-index-'));
    try {
      writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="nl"><body><main><h1>Privacy</h1><p>salaris</p></main></body></html>');
      await expect(indexSite(site, ['nl'])).rejects.toThrow(/no page in nl carries data-pagefind-body/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
