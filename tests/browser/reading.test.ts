// What a reader notices in a real browser: narrow screens and zoom, print, and the language switch.
import { expect, it } from 'vitest';
import { describeContent } from '../helpers/sites.ts';
import { siteInBrowser } from './site-in-browser.ts';

const site = siteInBrowser();

const READING_PAGES = [
  '/nl/',
  '/nl/medewerker/',
  '/en/full/',
  '/nl/wijzigingen/2020-01-06/2023-09-27/',
  '/nl/bewaartermijnen/',
];

describeContent('reading pages', () => {
  // 320 CSS pixels is the narrowest phone WCAG asks for; 640 is a 1280-pixel window at 200 % zoom.
  it.each([320, 640])('fit a %i px wide window without scrolling sideways', async (width) => {
    const page = await site.browser().newPage({ viewport: { width, height: 800 } });
    for (const path of READING_PAGES) {
      await page.goto(`${site.server().origin}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('print the text without navigation, table of contents or footer', async () => {
    const page = await site.browser().newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.server().origin}/nl/medewerker/`);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [
          '.site-menu',
          '.language-switch',
          '.toc',
          '.site-footer',
          '.skip-link',
          '.statement',
          'h1',
        ].map((selector) => {
          const element = document.querySelector(selector);
          return [selector, element !== null && getComputedStyle(element).display !== 'none'];
        }),
      ),
    );
    expect(shown).toEqual({
      '.site-menu': false,
      '.language-switch': false,
      '.toc': false,
      '.site-footer': false,
      '.skip-link': false,
      '.statement': true,
      h1: true,
    });
    await page.close();
  });

  it('switch language to the same view: the Dutch employee view leads to the English one', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().origin}/nl/medewerker/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${site.server().origin}/en/employee/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('send a reader of / to the Dutch home page without JavaScript', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server().origin}/`);
    await page.waitForURL(`${site.server().origin}/nl/`);
    expect(await page.locator('h1').textContent()).toBe('Wie ben jij?');
    await context.close();
  });

  it('open the folded unchanged text of a comparison without JavaScript', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server().origin}/nl/wijzigingen/2020-01-06/2023-09-27/medewerker/`);
    const folded = page.locator('details.diff-folded').first();
    expect(await folded.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await folded.locator('summary').click();
    expect(await folded.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await context.close();
  });
});
