import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { builtBase, builtSite } from '../helpers/sites.ts';
import type { SiteName } from '../setup/build-sites.ts';
import { launchBrowser } from './browser-audit.ts';

/**
 * A site built for this run (the project's own by default), served on 127.0.0.1 with its
 * _headers in the folder it is published in, and one Chromium, for the tests of one file: started
 * before them, closed after.
 */
export function siteInBrowser(name: SiteName = 'project'): {
  server: () => StaticServer;
  browser: () => Browser;
  /** Runs `run` on a page of a fresh context at `viewport` (printed with `media: 'print'`), closed after. */
  open: (
    viewport: { width: number; height: number },
    run: (page: Page) => Promise<void>,
    options?: { media?: 'print' },
  ) => Promise<void>;
} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startStaticServer(builtSite(name), { base: builtBase(name) }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The site or the browser has not started');
    return value;
  };
  const open = async (
    viewport: { width: number; height: number },
    run: (page: Page) => Promise<void>,
    options: { media?: 'print' } = {},
  ): Promise<void> => {
    const context = await started(browser).newContext({
      viewport,
      baseURL: started(server).origin,
    });
    const page = await context.newPage();
    if (options.media) await page.emulateMedia({ media: options.media });
    try {
      await run(page);
    } finally {
      await context.close();
    }
  };
  return { server: () => started(server), browser: () => started(browser), open };
}
