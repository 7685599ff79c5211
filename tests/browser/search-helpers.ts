import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Result {
  href: string;
  /** The heading of the group the passage is listed under: where it is. */
  title: string;
  /** The passage's words as shown. */
  excerpt: string;
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** CSP violations, console errors and uncaught exceptions, as they happen. */
  problems: string[];
}

/** A fresh page that records every CSP violation, console error and exception. */
export async function watchedPage(
  browser: Browser,
  origin: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Watched> {
  const context = await browser.newContext({ baseURL: origin, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void })
        .__cspViolation;
      report(
        `CSP violation on ${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /content.security.policy/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  return { page, context, problems };
}

/** The results on the search page once the live region has announced them for `query` (or the failure shown). */
async function results(
  page: Page,
  query = '',
): Promise<{ status: string; failed: boolean; results: Result[] }> {
  await page.waitForFunction(
    (query) =>
      (document.querySelector('[data-search-status]')?.textContent?.includes(query) &&
        document.querySelector('[data-search-status]')?.textContent?.trim()) ||
      document.querySelector<HTMLElement>('[data-search-error]')?.hidden === false,
    query,
  );
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')!.textContent!.trim(),
    failed: document.querySelector<HTMLElement>('[data-search-error]')!.hidden === false,
    // Each passage found, in the order of the page, with the heading of its group.
    results: [...document.querySelectorAll('[data-search-results] .search-result')].map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      title: item.closest('.search-group')!.querySelector('h2')!.textContent!.trim(),
      excerpt: item.querySelector('.search-result__excerpt')!.textContent!.trim(),
    })),
  }));
}

/** Asks the search page at `path` a question, the way a reader does: type it, press Enter. */
export async function ask(
  page: Page,
  path: string,
  query: string,
  audience = '',
): Promise<{ status: string; failed: boolean; results: Result[] }> {
  const address = `${path}${audience ? `?role=${audience}` : ''}`;
  const here = new URL(page.url(), 'http://x');
  if (here.pathname !== path || (here.searchParams.get('role') ?? '') !== audience)
    await page.goto(address);
  await page.evaluate(() => {
    document.querySelector('[data-search-status]')!.textContent = '';
  });
  await page.locator('#search-query').fill(query);
  await page.locator('#search-query').press('Enter');
  return results(page, query);
}
