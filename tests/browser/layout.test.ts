// The reading experience in Chromium, for an organisation the code knows nothing of (the clinic of
// tests/fixtures/second-organization, in German, English and French): every page fits a phone,
// the header leaves the screen to the text and folds its navigation behind one button, the h1 and
// the contents are on the first screens, the type scale holds at every width, a wide screen is
// used, the contents list stands beside the text on a wide screen and is one tap away on a phone,
// links into the text land with room above the target, and comparisons and print read well. Pages
// are found by crawling the site, not listed by hand.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { crawlSite } from '../helpers/crawl.ts';
import { isVersionFile } from '../helpers/html.ts';
import { builtSite } from '../helpers/sites.ts';
import { emptyShare, firstScreen, headingOrder, pageKinds } from './layout-checks.ts';
import { siteInBrowser } from './site-in-browser.ts';

const clinic = siteInBrowser('secondOrganization');
const pages = crawlSite(builtSite('secondOrganization')).filter(
  (page) => page.linked && page.path !== '/',
);
const statementPages = pages.filter((page) => page.ids.has('toc-title'));
const comparisons = pages.filter((page) => page.ids.has('changes-list-title'));
const PHONE = { width: 360, height: 780 };
const WIDE = { width: 1280, height: 800 };

const open = clinic.open;

/**
 * Elements that stick out sideways, of the screen or of the element that holds them (a table wider
 * than its column, a boxed word past the end of its line): the hidden ones that screen readers
 * read, and those inside a box that scrolls or clips sideways, excepted.
 */
function stickingOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(parent).overflowX)) return true;
      return false;
    };
    const hidden = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (
          style.display === 'none' ||
          style.clipPath === 'inset(50%)' ||
          node.matches('.visually-hidden, .skip-link')
        )
          return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .map((element) => {
        // Where it is first (cheap); what it is only for those that stick out.
        const box = element.getBoundingClientRect();
        // A parent with display: contents has no box: its children are laid out in its parent's.
        let parent = element.parentElement!;
        while (getComputedStyle(parent).display === 'contents') parent = parent.parentElement!;
        const holder = parent.getBoundingClientRect();
        const over = Math.max(
          box.right - width,
          -box.left,
          box.right - holder.right,
          holder.left - box.left,
        );
        return { element, over: box.width === 0 ? 0 : over };
      })
      .filter(({ element, over }) => over > 0.5 && !hidden(element) && !clipped(element))
      .map(
        ({ element, over }) =>
          `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}> ${Math.round(over)} px out`,
      );
  });
}

/** Tables that scroll inside their box: the layout should give them room enough that none does. */
function scrollingTables(page: Page): Promise<string[]> {
  return page
    .locator('.table-region')
    .evaluateAll((regions) =>
      regions
        .filter((region) => region.scrollWidth > region.clientWidth + 0.5)
        .map((region) => `table scrolls ${region.scrollWidth - region.clientWidth} px`),
    );
}

describe('on a phone (360 px)', () => {
  it('every page fits the screen: no element sticks out of the screen or of its container', async () => {
    expect(pages.length).toBeGreaterThan(40);
    await open(PHONE, async (page) => {
      const problems: string[] = [];
      for (const { path } of pages) {
        await page.goto(path);
        problems.push(
          ...[...(await stickingOut(page)), ...(await scrollingTables(page))].map(
            (problem) => `${path}: ${problem}`,
          ),
        );
      }
      expect(problems).toEqual([]);
    });
  });

  it("the header's parts do not overlap, nothing in it is cut off, and the languages stay on one line", async () => {
    await open(PHONE, async (page) => {
      for (const { path } of pages.filter((candidate) => /^\/(de|en|fr)\/$/.test(candidate.path))) {
        await page.goto(path);
        const boxes = await Promise.all(
          ['.brand__org', '.brand__title', '.language-switch', '.site-menu > summary'].map(
            async (selector) => [selector, (await page.locator(selector).boundingBox())!] as const,
          ),
        );
        for (const [first, a] of boxes)
          for (const [second, b] of boxes)
            if (first < second) {
              const apart =
                a.x + a.width <= b.x ||
                b.x + b.width <= a.x ||
                a.y + a.height <= b.y ||
                b.y + b.height <= a.y;
              expect(apart, `${path}: ${first} and ${second} overlap`).toBe(true);
            }
        expect(
          await page
            .locator('.site-header :is(a, summary)')
            .evaluateAll(
              (items) =>
                items.filter(
                  (item) => item.checkVisibility() && item.scrollWidth > item.clientWidth + 1,
                ).length,
            ),
          path,
        ).toBe(0);
        expect((await page.locator('.language-switch').boundingBox())!.height, path).toBeLessThan(
          2 * 44,
        );
      }
    });
  });

  it('the header takes at most a sixth of the screen, and its links and button are at least 44 px tall', async () => {
    await open(PHONE, async (page) => {
      for (const { path } of pages
        .filter((candidate) => /^\/(de|fr)\/[^/]+\/$/.test(candidate.path))
        .slice(0, 6)) {
        await page.goto(path);
        const header = await page.locator('.site-header').boundingBox();
        expect(header!.height, path).toBeLessThanOrEqual(PHONE.height / 6);
        const heights = await page
          .locator('.site-header :is(a, summary)')
          .evaluateAll((links) =>
            links
              .filter((link) => link.checkVisibility())
              .map((link) => link.getBoundingClientRect().height),
          );
        expect(Math.min(...heights), path).toBeGreaterThanOrEqual(44);
      }
    });
  });

  it('the menu button unfolds every destination of the header, search among them, all on the screen', async () => {
    const context = await clinic
      .browser()
      .newContext({ viewport: PHONE, baseURL: clinic.server().origin, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const { path } of pages.filter((candidate) => /^\/(de|en|fr)\/$/.test(candidate.path))) {
        await page.goto(path);
        const links = page.locator('.site-nav a');
        expect(await links.first().isVisible(), path).toBe(false);
        await page.locator('.site-menu > summary').click();
        const shown = await page.locator('.site-nav :is(a, input, button)').evaluateAll((items) =>
          items
            .filter((item) => item.checkVisibility())
            .map((item) => {
              const box = item.getBoundingClientRect();
              return {
                what: item.getAttribute('href') ?? item.getAttribute('type'),
                on: box.left >= 0 && box.right <= document.documentElement.clientWidth,
              };
            }),
        );
        // The full text, the retention periods, the versions, and a search form.
        expect(shown.filter(({ what }) => what?.startsWith('/')).length, path).toBe(3);
        expect(
          shown.map(({ what }) => what),
          path,
        ).toContain('search');
        expect(
          shown.filter(({ on }) => !on),
          path,
        ).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it('a long page keeps a way back to the contents in view while the reader scrolls', async () => {
    await open(PHONE, async (page) => {
      for (const { path } of statementPages.slice(0, 3)) {
        await page.goto(path);
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.evaluate((y) => window.scrollTo(0, y), Math.round(total / 2));
        const back = page.locator('.back-to-contents');
        const box = await back.boundingBox();
        expect(box, path).not.toBeNull();
        expect(box!.y + box!.height, path).toBeLessThanOrEqual(PHONE.height);
        expect(box!.y, path).toBeGreaterThanOrEqual(0);
        await back.click();
        expect(
          await page
            .locator('#toc-title')
            .evaluate((heading) => heading.getBoundingClientRect().top),
          path,
        ).toBeLessThan(PHONE.height / 2);
      }
    });
  });
});

describe('phone first, on every page in every language', () => {
  const kinds = pageKinds('secondOrganization');
  // Every page a reader can reach, and the page for an unknown address under each language.
  const everyPage = [
    ...pages.filter(({ path }) => !isVersionFile(builtSite('secondOrganization'), path)),
    ...kinds.filter(({ name }) => name.startsWith('not found')),
  ];

  // Each page is loaded once, and seen on a phone and on a laptop.
  it('at 360 px the h1 starts in the top third of the screen, every header control is on it, the contents start within two screens, a translation says so in a few lines under the h1; at 1280 px no page leaves more than a third of the width empty', async () => {
    expect(everyPage.length).toBeGreaterThan(40);
    await open(PHONE, async (page) => {
      const problems: string[] = [];
      let statementPagesSeen = 0;
      for (const { path } of everyPage) {
        await page.goto(path);
        const seen = await firstScreen(page);
        const say = (problem: string) => problems.push(`${path}: ${problem}`);
        if (seen.offScreen.length > 0) say(`off the screen: ${seen.offScreen.join(', ')}`);
        if (seen.h1Top > PHONE.height / 3) say(`the h1 starts at ${Math.round(seen.h1Top)} px`);
        if (seen.tocTop !== undefined) {
          statementPagesSeen++;
          if (seen.tocTop > 2 * PHONE.height)
            say(`the contents start at ${Math.round(seen.tocTop)} px`);
        }
        if (seen.languagesHeight > 44 + 8)
          say(`the languages take ${Math.round(seen.languagesHeight)} px: more than one line`);
        if (seen.notice && (seen.notice.top < seen.notice.h1Bottom || seen.notice.height > 100))
          say(
            `the translation notice is at ${Math.round(seen.notice.top)} px (h1 ends at ${Math.round(seen.notice.h1Bottom)}), ${Math.round(seen.notice.height)} px tall`,
          );
        await page.setViewportSize(WIDE);
        const empty = await emptyShare(page);
        if (empty > 1 / 3) say(`at 1280 px ${Math.round(empty * 100)} % of the width is empty`);
        await page.setViewportSize(PHONE);
      }
      expect(problems).toEqual([]);
      expect(statementPagesSeen).toBeGreaterThan(10);
    });
  });

  it('the type scale holds at 320, 360, 768 and 1280 px on every kind of page: each h1 larger than each h2, h2 than h3, h3 than h4, and all larger than the text', async () => {
    expect(kinds.length).toBeGreaterThanOrEqual(3 * 8);
    await open({ width: 320, height: 800 }, async (page) => {
      const problems: string[] = [];
      for (const { name, path } of kinds) {
        await page.goto(path);
        // The search page asked a question (?q=): its results' headings count too, once shown.
        if (new URL(path, 'http://site').searchParams.has('q'))
          await page.waitForFunction(
            () =>
              document.querySelector('[data-search-status]')?.textContent?.trim() &&
              document.querySelector('[data-search-results] > li') &&
              document.querySelector('[data-search-results]')?.getAttribute('aria-busy') !== 'true',
          );
        for (const width of [320, 360, 768, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          problems.push(
            ...(await headingOrder(page)).map((problem) => `${name} at ${width} px: ${problem}`),
          );
        }
        await page.setViewportSize({ width: 320, height: 800 });
      }
      expect(problems).toEqual([]);
    });
  });
});

describe('from a tablet to a wide screen', () => {
  // The widths where the tables of facts change: cards or rows, with a root font of 16 or 18 px,
  // beside the contents list or not. Each page is loaded once and seen at every width.
  const WIDTHS = [641, 800, 1024, 1280];
  it(`at ${WIDTHS.join(', ')} px no element of a page with a table of facts sticks out, and no table scrolls`, async () => {
    const withTables = pages.filter((candidate) =>
      [...candidate.ids].some((id) => id === 'in-short-title' || id.startsWith('retention-')),
    );
    expect(withTables.length).toBeGreaterThan(10);
    await open({ width: WIDTHS[0]!, height: 800 }, async (page) => {
      const problems: string[] = [];
      for (const { path } of withTables) {
        await page.goto(path);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          problems.push(
            ...[...(await stickingOut(page)), ...(await scrollingTables(page))].map(
              (problem) => `${path} at ${width} px: ${problem}`,
            ),
          );
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('show "in short" as rows where its box has room (42em), as labelled cards where it has not, and wider than the text on a wide screen', async () => {
    const audienceView = pages.find(
      (candidate) => candidate.ids.has('in-short-title') && candidate.ids.has('toc-title'),
    )!;
    await open({ width: 1280, height: 800 }, async (page) => {
      await page.goto(audienceView.path);
      const layout = () =>
        page.evaluate(() => ({
          box:
            document.querySelector('.table-region')!.getBoundingClientRect().width /
            parseFloat(getComputedStyle(document.querySelector('.table-region')!).fontSize),
          labels:
            getComputedStyle(document.querySelector('.facts-table__label')!).display !== 'none',
          table: document.querySelector('.facts-table')!.getBoundingClientRect().width,
          text: document.querySelector('.statement p')!.getBoundingClientRect().width,
        }));
      const wide = await layout();
      expect(wide.box).toBeGreaterThanOrEqual(42);
      expect(wide.labels).toBe(false);
      expect(wide.table).toBeGreaterThan(wide.text);
      // At 1024 px the contents list takes its share: the box is under 42em, and the rows are cards.
      await page.setViewportSize({ width: 1024, height: 800 });
      const narrow = await layout();
      expect(narrow.box).toBeLessThan(42);
      expect(narrow.labels).toBe(true);
    });
  });
});

describe('on a wide screen (1280 px)', () => {
  it('the contents list stands beside the text, and stays in view while the reader scrolls', async () => {
    expect(statementPages.length).toBeGreaterThan(10);
    await open(WIDE, async (page) => {
      for (const { path } of statementPages) {
        await page.goto(path);
        const [toc, text] = await Promise.all([
          page.locator('.toc').boundingBox(),
          page.locator('.with-toc__body').boundingBox(),
        ]);
        expect(toc!.x + toc!.width, path).toBeLessThanOrEqual(text!.x);
        expect(toc!.y, path).toBeLessThan(text!.y + text!.height);
      }
      await page.goto(statementPages[0]!.path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const toc = await page.locator('.toc').boundingBox();
      expect(toc!.y).toBeGreaterThanOrEqual(0);
      expect(toc!.y).toBeLessThan(WIDE.height);
    });
  });

  it('the reading column holds at most about 75 characters a line', async () => {
    await open(WIDE, async (page) => {
      await page.goto(statementPages[0]!.path);
      // Characters of the longest paragraph over the lines it takes (its height over the line height).
      const perLine = await page.locator('.statement p').evaluateAll((paragraphs) => {
        const longest = paragraphs.reduce((a, b) =>
          (b.textContent ?? '').length > (a.textContent ?? '').length ? b : a,
        );
        const lines = Math.round(
          longest.getBoundingClientRect().height / parseFloat(getComputedStyle(longest).lineHeight),
        );
        return (longest.textContent ?? '').length / Math.max(1, lines - 0.5);
      });
      expect(perLine).toBeGreaterThan(50);
      console.info(`characters per line: ${perLine.toFixed(0)}`);
      expect(perLine).toBeLessThanOrEqual(80);
    });
  });
});

describe('links into the text', () => {
  it('land with room above the target, and mark it', async () => {
    await open(PHONE, async (page) => {
      const { path } = statementPages.find(
        (candidate) => candidate.path.split('/').length === 4 && !candidate.path.includes('vollst'),
      )!;
      await page.goto(path);
      const anchor = await page
        .locator('.statement li[id], .statement p[id]')
        .nth(4)
        .getAttribute('id');
      await page.goto(`${path}#${anchor}`);
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target')!;
        const style = getComputedStyle(element);
        return {
          top: element.getBoundingClientRect().top,
          marked: style.outlineStyle !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      });
      expect(target.top).toBeGreaterThanOrEqual(16);
      expect(target.marked).toBe(true);
    });
  });
});

describe('changing language', () => {
  it('keeps the section a reader was led to: under its heading, the same section in the other languages', async () => {
    await open(PHONE, async (page) => {
      const { path } = statementPages.find(
        (candidate) => /^\/de\/[^/]+\/$/.test(candidate.path) && candidate.ids.has('ihre-rechte'),
      )!;
      await page.goto(path);
      expect(await page.locator('.section-languages:visible').count()).toBe(0);
      await page.goto(`${path}#ihre-rechte`);
      const offered = page.locator('.section-languages:visible a');
      expect(
        await offered.evaluateAll((links) =>
          links.map((link) => [link.textContent, link.getAttribute('hreflang')]),
        ),
      ).toEqual([
        ['Dieser Abschnitt auf Englisch', 'en'],
        ['Dieser Abschnitt auf Französisch', 'fr'],
      ]);
      await offered.first().click();
      await page.waitForURL(/\/en\/[^/]+\/#ihre-rechte$/);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('ihre-rechte');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });
});

describe('comparisons', () => {
  it('list every change as a link to it, and link each change to the one before and after', async () => {
    expect(comparisons.length).toBeGreaterThan(0);
    await open(WIDE, async (page) => {
      for (const { path } of comparisons) {
        await page.goto(path);
        const listed = await page
          .locator('.changes-list li a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        const changes = await page
          .locator('.diff-change[id]')
          .evaluateAll((blocks) => blocks.map((block) => `#${block.id}`));
        expect(listed, path).toEqual(changes);
        for (const [index, id] of changes.entries()) {
          const nav = await page
            .locator(`${id} .diff-change__nav a`)
            .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
          expect(nav, `${path}${id}`).toEqual([
            ...(index > 0 ? [changes[index - 1]] : []),
            ...(index < changes.length - 1 ? [changes[index + 1]] : []),
            '#changes-list-title',
          ]);
        }
      }
    });
  });

  it('keep a deletion and the insertion after it apart, and never underline an insertion like a link', async () => {
    await open(WIDE, async (page) => {
      await page.goto(comparisons[0]!.path);
      const pairs = await page.locator('del + ins').evaluateAll((insertions) =>
        insertions.map((ins) => ({
          gap:
            ins.getBoundingClientRect().left -
            ins.previousElementSibling!.getBoundingClientRect().right,
          line: getComputedStyle(ins).textDecorationLine,
        })),
      );
      expect(pairs.length).toBeGreaterThan(0);
      for (const pair of pairs) {
        expect(pair.gap).toBeGreaterThanOrEqual(3);
        expect(pair.line).toBe('none');
      }
    });
  });

  it('print without navigation and without empty boxes where unchanged text is folded', async () => {
    await open(
      WIDE,
      async (page) => {
        await page.goto(comparisons[0]!.path);
        const empty = await page.evaluate(() =>
          [...document.body.querySelectorAll('*')]
            .filter((element) => {
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              const bordered =
                ['Top', 'Right', 'Bottom', 'Left'].filter(
                  (side) =>
                    style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
                    parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
                ).length >= 3;
              return bordered && box.height > 0 && (element as HTMLElement).innerText.trim() === '';
            })
            .map((element) => element.outerHTML.slice(0, 80)),
        );
        expect(empty).toEqual([]);
        expect(await page.locator('details.diff-folded').first().isVisible()).toBe(false);
        expect(await page.locator('.site-nav').isVisible()).toBe(false);
        expect(await page.locator('.diff-change__nav').first().isVisible()).toBe(false);
      },
      { media: 'print' },
    );
  });
});

describe('print', () => {
  it('keeps what a link leads to: the address of a prefilled email and of another site', async () => {
    await open(
      WIDE,
      async (page) => {
        const { path } = statementPages.find((candidate) => /^\/de\/vollst/.test(candidate.path))!;
        await page.goto(path);
        const after = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((link) => getComputedStyle(link, '::after').content);
        expect(await after('a[data-print]')).toMatch(/^" \(" attr\(data-print\) "\)"$|@/);
        const email = await page.locator('a[data-print]').first().getAttribute('data-print');
        expect(email).toMatch(/^[^@\s]+@[^@\s]+$/);
        expect(await after('.statement a[href^="https:"]')).not.toBe('none');
        expect(await page.locator('.language-switch').isVisible()).toBe(false);
      },
      { media: 'print' },
    );
  });
});
