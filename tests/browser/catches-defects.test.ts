// The browser suite can fail: a throw-away copy of the project gets a page with typical defects
// (an image without alt text, text unreadable in the dark colour scheme only, a script from another
// site, a broken #anchor, no skip link) and an
// inline <style> in a component that is only used inside MDX, which Astro does not hash. Every
// check must name the page and the problem. The copy is built with astro build directly: npm run
// build would refuse the page (its output scan: the last test shows that it does), and the rest
// of this file is about the browser checks.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, crawlSite } from '../helpers/crawl.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { CLINIC, scenario, STACK_TRACE, treeHash } from '../helpers/copies.ts';
import { FIXED_EPOCH, runScript } from '../harness/project-copy.ts';
import { auditPage, launchBrowser, type PageReport } from './browser-audit.ts';
import { validateHtml } from './html-checks.ts';

const BROKEN_PAGE = `---
import '../styles/site.css';
---
<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kapot</title>
  </head>
  <body>
    <main id="main" tabindex="-1">
      <h1>Kapot</h1>
      <img src="/favicon.svg" width="32" height="32" />
      <p><a href="#bestaat-niet">Naar een anker dat niet bestaat</a></p>
      <p><a href="/de/vollstaendig/#ook-niet">Naar een anker op een andere pagina dat niet bestaat</a></p>
      <p class="faint">Onleesbaar in het donker</p>
      <script is:inline src="https://example.com/x.js"></script>
    </main>
  </body>
</html>
<style>
  @media (prefers-color-scheme: dark) {
    .faint { color: #333; }
  }
</style>
`;

/** The line of the built page on which a string first occurs. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

describe('the browser suite on a site with defects', () => {
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  let broken: PageReport;
  let withoutCsp: PageReport;
  let mdxPage: PageReport;

  const fixture = scenario({ content: CLINIC });

  beforeAll(async () => {
    mkdirSync(join(fixture, 'src/pages'), { recursive: true });
    writeFileSync(join(fixture, 'src/pages/kapot.astro'), BROKEN_PAGE);
    // <Right> is only used inside the statement's MDX.
    appendFileSync(
      join(fixture, 'src/components/Right.astro'),
      '\n<style is:inline>p { letter-spacing: 0; }</style>\n',
    );
    site = join(fixture, 'dist');
    const result = spawnSync(
      process.execPath,
      [join(fixture, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site],
      {
        cwd: fixture,
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);

    server = await startStaticServer(site);
    browser = await launchBrowser();
    broken = await auditPage(browser, server.origin, '/kapot/');
    withoutCsp = await auditPage(browser, server.origin, '/kapot/', { bypassCSP: true });
    mdxPage = await auditPage(browser, server.origin, '/de/vollstaendig/');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('crawls the page although nothing links to it', () => {
    expect(crawlSite(site).find((page) => page.path === '/kapot/')).toMatchObject({
      linked: false,
    });
  });

  it('axe names the page, the rule and the image without alt text', () => {
    expect(broken.axe).toContainEqual(
      expect.stringMatching(
        /^\/kapot\/ \[light\] image-alt \(critical\): .*<img src="\/favicon\.svg"/,
      ),
    );
  });

  it('axe names the text that only the dark colour scheme makes unreadable', () => {
    expect(broken.axe).toContainEqual(
      expect.stringMatching(/^\/kapot\/ \[dark\] color-contrast \(serious\): .*<p class="faint/),
    );
    expect(broken.axe.filter((line) => line.includes('[light] color-contrast'))).toEqual([]);
  });

  it('the CSP check names the page, the directive and the blocked script', () => {
    expect(broken.csp).toContainEqual(
      expect.stringMatching(
        /^\/kapot\/: CSP violation of script-src-elem: blocked https:\/\/example\.com\/x\.js/,
      ),
    );
  });

  it('the request check names the page and the URL when the policy does not stop the script', () => {
    expect(withoutCsp.requests).toContainEqual(
      '/kapot/: request to another origin: GET https://example.com/x.js (script)',
    );
  });

  it('the CSP check catches the unhashed inline <style> of a component used only in MDX', () => {
    expect(mdxPage.csp).toContainEqual(
      expect.stringMatching(
        /^\/de\/vollstaendig\/: CSP violation of style-src-elem: blocked inline/,
      ),
    );
    expect(mdxPage.csp).toContainEqual(
      expect.stringMatching(
        /^\/de\/vollstaendig\/: console: .*violates the following Content Security Policy directive 'style-src/,
      ),
    );
  });

  it('the keyboard check names the page without a skip link', () => {
    expect(broken.keyboard).toContainEqual(
      expect.stringMatching(
        /^\/kapot\/: the first Tab focuses <a href="#bestaat-niet">.*not a skip link to <main>/,
      ),
    );
  });

  it('html-validate names the file, the line and the rule', async () => {
    const file = join(site, 'kapot/index.html');
    const problems = await validateHtml(site, ['kapot/index.html']);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^kapot/index\\.html:${lineOf(file, '<img')}:\\d+ wcag/h37: `),
      ),
    );
  });

  it('the link check names the source page, the link and the missing anchor', () => {
    const problems = brokenLinks(site, crawlSite(site));
    const file = join(site, 'kapot/index.html');
    expect(problems).toContain(
      `/kapot/ (kapot/index.html:${lineOf(file, '#bestaat-niet')}) a[href]="#bestaat-niet": /kapot/ has no element with id="bestaat-niet"`,
    );
    expect(problems).toContain(
      `/kapot/ (kapot/index.html:${lineOf(file, '#ook-niet')}) a[href]="/de/vollstaendig/#ook-niet": /de/vollstaendig/ has no element with id="ook-niet"`,
    );
  });

  it('npm run build refuses the page in its last check of the output, naming it, and leaves the site as it was', () => {
    const before = treeHash(site);
    const { status, output } = runScript(fixture, 'build');
    expect(status).toBe(1);
    expect(output).toMatch(
      /^\u2716 \/kapot\/ \(kapot\/index\.html:\d+\): a <img> element, which loads content from elsewhere$/m,
    );
    expect(output).toMatch(
      /^\u2716 \/kapot\/ \(kapot\/index\.html:\d+\): a script; only the search page may run one$/m,
    );
    expect(output).not.toMatch(STACK_TRACE);
    expect(treeHash(site)).toBe(before);
  }, 120_000);
});
