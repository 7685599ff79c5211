// The file of a version, as a reader gets it: downloaded from the version's page, then opened from
// the disk; and served by the site with its _headers. Either way it looks as its own stylesheet
// says, in light and dark, with no request but itself and no Content Security Policy violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/sites.ts';
import { siteInBrowser } from './site-in-browser.ts';

const site = siteInBrowser('secondOrganization');
const FILE = 'de/versionen/2025-04-01/datei/index.html';

interface Visit {
  requests: string[];
  violations: string[];
  errors: string[];
  style: { width: string; background: string; text: string; skipLinkTop: string };
}

/** Opens an address in a fresh tab of a colour scheme, and reports what the page asked for and how it looks. */
async function visit(url: string, colorScheme: 'light' | 'dark'): Promise<Visit> {
  const context = await site
    .browser()
    .newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  const seen: Omit<Visit, 'style'> = { requests: [], violations: [], errors: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
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
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const style = await page.evaluate(() => {
    const main = getComputedStyle(document.querySelector('main')!);
    return {
      width: main.maxWidth,
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      skipLinkTop: getComputedStyle(document.querySelector('.skip-link')!).top,
    };
  });
  await context.close();
  return { ...seen, style };
}

/** What the file's stylesheet gives in each colour scheme (src/styles/version-file.css). */
const LOOKS = {
  light: {
    width: '608px',
    background: 'rgb(255, 255, 255)',
    text: 'rgb(27, 31, 36)',
    skipLinkTop: '-160px',
  },
  dark: {
    width: '608px',
    background: 'rgb(20, 23, 27)',
    text: 'rgb(232, 235, 239)',
    skipLinkTop: '-160px',
  },
};

describe('the file of a version', () => {
  it('downloads from the version page under its name, byte for byte the file of the site', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().origin}/de/versionen/2025-04-01/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.record a[download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('datenschutzerklaerung-2025-04-01-de.html');
    const saved = await download.path();
    expect(readFileSync(saved)).toEqual(readFileSync(join(builtSite('secondOrganization'), FILE)));
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'opened from the disk, looks as its own stylesheet says (%s) and requests nothing',
    async (scheme) => {
      const url = pathToFileURL(join(builtSite('secondOrganization'), FILE)).href;
      const seen = await visit(url, scheme);
      expect(seen.style).toEqual(LOOKS[scheme]);
      expect(seen.requests).toEqual([url]);
      expect(seen.violations).toEqual([]);
      expect(seen.errors).toEqual([]);
    },
  );

  it('served by the site with its headers, looks the same and requests nothing else', async () => {
    const url = `${site.server().origin}/${FILE.replace('index.html', '')}`;
    const headers = (await fetch(url)).headers.get('content-security-policy');
    expect(headers).toMatch(/style-src 'self' 'sha256-/);
    const seen = await visit(url, 'light');
    expect(seen.style).toEqual(LOOKS.light);
    expect(seen.requests).toEqual([url]);
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
