// The fourth layer of "content is data": each page's Content-Security-Policy, on its own. A copy
// of the project has the other three turned off (tests/helpers/defence-layers.ts), so the hostile
// paragraph is built into the clinic's pages; the site is served without its _headers, so that only
// the policy each page carries acts. In Chromium, nothing of the paragraph runs or loads: not the
// inline script, not the site's own script file (which Astro's policy, before the build narrows it,
// would allow), not the frame of another site, not the javascript: link. The same page with its
// policy bypassed shows that each piece would otherwise run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../harness/project-copy.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { CLINIC, scenario } from '../helpers/copies.ts';
import { addHostileParagraph, turnOffLayers } from '../helpers/defence-layers.ts';
import { launchBrowser } from './browser-audit.ts';

const PAGE = '/de/versionen/2025-04-01/patienten/';

interface Seen {
  /** What the paragraph's pieces wrote into the page when they ran. */
  marks: Record<string, string | undefined>;
  /** Every address the page asked for, besides itself (its stylesheet and the logo too). */
  requests: string[];
  /** Content-Security-Policy violations: the directive and what it blocked. */
  violations: string[];
}

describe('layer 4, the policy of each page, with the three layers before it turned off', () => {
  const dir = scenario({ content: CLINIC });
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    addHostileParagraph(dir);
    turnOffLayers(dir, 3);
    const build = runScript(dir, 'build');
    if (build.status !== 0) throw new Error(`The copy did not build:\n${build.output}`);
    // Only the page's own policy: the header policy of _headers is a layer of the host, not of the page.
    rmSync(join(dir, 'dist/_headers'));
    [server, browser] = await Promise.all([startStaticServer(join(dir, 'dist')), launchBrowser()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(bypassCSP: boolean): Promise<Seen> {
    const context = await browser.newContext({ bypassCSP });
    const page = await context.newPage();
    const seen: Seen = { marks: {}, requests: [], violations: [] };
    const url = `${server.origin}${PAGE}`;
    await page.route('**/*', (route) => {
      const request = route.request().url();
      if (request !== url) seen.requests.push(request.replace(server.origin, ''));
      return new URL(request).origin === server.origin
        ? route.continue()
        : route.abort('blockedbyclient');
    });
    await page.exposeFunction('__violation', (text: string) => seen.violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violation: (text: string) => void }).__violation(
          `${event.effectiveDirective} ${event.blockedURI}`,
        ),
      ),
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('a[href^="javascript:"]').click();
    await page.waitForTimeout(100);
    seen.marks = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    await context.close();
    return seen;
  }

  it('lets nothing of the paragraph run or load, and reports each piece as blocked', async () => {
    const seen = await open(false);
    expect(seen.marks).toEqual({});
    expect(seen.requests).not.toContain('/pagefind/pagefind.js');
    expect(seen.requests.filter((request) => !request.startsWith('/'))).toEqual([]);
    expect(seen.violations).toEqual(
      expect.arrayContaining([
        'script-src-elem inline',
        `script-src-elem ${server.origin}/pagefind/pagefind.js`,
        'frame-src https://trace-of-frame.example',
      ]),
    );
    expect(
      seen.violations.filter((violation) => violation === 'script-src-elem inline'),
    ).toHaveLength(2);
  });

  it('is what stops it: with the policy bypassed, the same page runs and loads each piece', async () => {
    const seen = await open(true);
    expect(seen.marks).toEqual({ inline: '1', link: '1' });
    expect(seen.requests).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', 'https://trace-of-frame.example/']),
    );
    expect(seen.violations).toEqual([]);
  });
});
