// What a reader on a phone (360 px) gets from a comparison and from the search, in Chromium, on
// both sites built for this run: a comparison whose figures count exactly the changes it lists
// and shows, with the choice of audience under its title and a note in print where it leaves
// text out; search results grouped by section, the matched words marked, ten groups before a
// "more" button. Comparisons are found by crawling each site, not listed by hand.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { crawlSite } from '../helpers/crawl.ts';
import { builtSite } from '../helpers/sites.ts';
import { ask, watchedPage } from './search-helpers.ts';
import { siteInBrowser } from './site-in-browser.ts';

const PHONE = { width: 360, height: 780 };
const sites = {
  project: siteInBrowser('project'),
  secondOrganization: siteInBrowser('secondOrganization'),
};

const onPhone = (
  name: keyof typeof sites,
  run: (page: Page) => Promise<void>,
  options: { media?: 'print' } = {},
) => sites[name].open(PHONE, run, options);

const comparisonsOf = (name: keyof typeof sites) =>
  crawlSite(builtSite(name)).filter((page) => page.ids.has('changes-list-title'));

describe.each(['project', 'secondOrganization'] as const)(
  'the comparisons of the %s site, on a phone',
  (name) => {
    it('count exactly the changes they list and show: the total, and each kind', async () => {
      const comparisons = comparisonsOf(name);
      expect(comparisons.length).toBeGreaterThan(1);
      await onPhone(name, async (page) => {
        for (const { path } of comparisons) {
          await page.goto(path);
          const seen = await page.evaluate(() => {
            const figures = document.querySelector('.changes-list__figures')!.textContent!;
            // "14 wijzigingen: 5 toegevoegd, 9 gewijzigd · 186 woorden …": the first part counts changes.
            const counted = figures.includes(':')
              ? figures.split('·')[0]!.match(/\d+/g)!.map(Number)
              : [0];
            const labels = [...document.querySelectorAll('.changes-list li .diff-badge')].map(
              (badge) => badge.textContent!.trim(),
            );
            const shown = [...document.querySelectorAll<HTMLElement>('.diff-change[id]')];
            return {
              counted,
              listed: labels.length,
              byLabel: [...new Set(labels)].map(
                (label) => labels.filter((other) => other === label).length,
              ),
              shown: shown.length,
              visible: shown.filter((change) => change.checkVisibility()).length,
            };
          });
          const [total, ...kinds] = seen.counted;
          expect(seen.listed, path).toBe(total);
          expect(seen.shown, path).toBe(total);
          expect(seen.visible, path).toBe(total);
          expect([...kinds].sort(), path).toEqual([...seen.byLabel].sort());
        }
      });
    });

    it('offer the choice of audience right under the title, on the first screen', async () => {
      await onPhone(name, async (page) => {
        for (const { path } of comparisonsOf(name)) {
          await page.goto(path);
          const placed = await page.evaluate(() => {
            const choice = document.querySelector('.audience-choice')!;
            // On a translation the line that says so stands between them, under the title.
            let before = choice.previousElementSibling;
            if (before?.matches('.notice--translation')) before = before.previousElementSibling;
            return {
              after: before?.tagName,
              top: choice.getBoundingClientRect().top + scrollY,
              current: choice.querySelectorAll('a[aria-current="page"]').length,
            };
          });
          expect(placed.after, path).toBe('H1');
          expect(placed.top, path).toBeLessThan(PHONE.height);
          expect(placed.current, path).toBe(1);
        }
      });
    });

    it('say in print how many unchanged paragraphs each fold leaves out, and show the note only there', async () => {
      let path = '';
      let onScreen: boolean[] = [];
      await onPhone(name, async (page) => {
        // The first comparison with text folded away.
        for (const comparison of comparisonsOf(name)) {
          await page.goto(comparison.path);
          onScreen = await page
            .locator('.diff-omitted')
            .evaluateAll((notes) => notes.map((note) => (note as HTMLElement).checkVisibility()));
          path = comparison.path;
          if (onScreen.length > 0) break;
        }
      });
      expect(onScreen.length).toBeGreaterThan(0);
      expect(onScreen.every((visible) => !visible)).toBe(true);
      await onPhone(
        name,
        async (page) => {
          await page.goto(path);
          const folds = await page.evaluate(() =>
            [...document.querySelectorAll('details.diff-folded')].map((fold) => ({
              passages: fold.querySelectorAll('p, li').length,
              hidden: !(fold as HTMLElement).checkVisibility(),
              note: (fold.nextElementSibling as HTMLElement).checkVisibility()
                ? fold.nextElementSibling!.textContent!.trim()
                : '',
            })),
          );
          for (const fold of folds) {
            expect(fold.hidden).toBe(true);
            expect(Number(/\d+/.exec(fold.note)?.[0])).toBe(fold.passages);
          }
        },
        { media: 'print' },
      );
    });
  },
);

/**
 * The project's Dutch search page on a phone, with `query` asked and its results shown: `check`
 * gets the page, what was found and the problems the page reported; its context is closed after.
 */
async function searchedOnPhone(
  query: string,
  check: (searched: {
    page: Page;
    found: Awaited<ReturnType<typeof ask>>;
    problems: string[];
  }) => Promise<void>,
): Promise<void> {
  const { page, context, problems } = await watchedPage(
    sites.project.browser(),
    sites.project.server().origin,
  );
  try {
    await page.setViewportSize(PHONE);
    const found = await ask(page, '/nl/zoeken/', query);
    await page.waitForSelector('[data-search-results]:not([aria-busy="true"])', {
      state: 'attached',
    });
    await check({ page, found, problems });
  } finally {
    await context.close();
  }
}

describe('search results on a phone', () => {
  it('group the passages by section: one heading each, its passages under it, the matched words marked', async () => {
    await searchedOnPhone('recht op inzage', async ({ page, found, problems }) => {
      expect(found.status).toMatch(/^\d+ resultaten voor “recht op inzage”$/);
      const groups = await page.evaluate(() =>
        [...document.querySelectorAll('[data-search-results] > li')].map((group) => ({
          heading: group.querySelector(':scope > h2')?.textContent?.trim(),
          passages: group.querySelectorAll('.search-result').length,
          marks: [...group.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase()),
        })),
      );
      const headings = groups.map((group) => group.heading);
      expect(new Set(headings).size).toBe(headings.length);
      expect(headings[0]).toBe('Voor iedereen › Wat zijn jouw rechten?');
      expect(groups[0]!.passages).toBeGreaterThan(1);
      for (const group of groups) expect(group.passages).toBeGreaterThan(0);
      // Only the words looked for are marked, in the forms Pagefind matched ("op" says nothing).
      const marked = new Set(groups.flatMap((group) => group.marks));
      expect(
        [...marked].every((word) => /recht|inzage/.test(word)),
        [...marked].join(),
      ).toBe(true);
      expect(marked.has('recht')).toBe(true);
      // Each passage shown is short: the sentence of the match, not the whole passage.
      for (const result of found.results) expect(result.excerpt.length).toBeLessThanOrEqual(210);
      expect(problems).toEqual([]);
    });
  });

  it('show ten groups, then a "more" button that shows the others and moves the focus to them', async () => {
    await searchedOnPhone('hoe lang bewaren jullie mijn cv', async ({ page, problems }) => {
      const visibleGroups = () =>
        page
          .locator('[data-search-results] > li')
          .evaluateAll((groups) =>
            groups
              .filter((group) => (group as HTMLElement).checkVisibility())
              .map((group) => group.querySelector('h2')!.textContent),
          );
      const all = await page.locator('[data-search-results] > li').count();
      expect(all).toBeGreaterThan(10);
      expect(await visibleGroups()).toHaveLength(10);
      const more = page.getByRole('button', { name: 'Meer resultaten' });
      await more.click();
      expect(await visibleGroups()).toHaveLength(all);
      expect(await more.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        (await visibleGroups())[10],
      );
      // No page wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      expect(problems).toEqual([]);
    });
  });

  it('fold the passages of a section found after those of later sections, and open them in place', async () => {
    await searchedOnPhone('hoe lang bewaren jullie mijn cv', async ({ page }) => {
      const folded = page.locator('.search-group__more').first();
      const summary = (await folded.locator('summary').textContent())!.trim();
      const count = Number(
        /^Nog (\d+) (?:resultaat|resultaten) in dit onderdeel$/.exec(summary)?.[1],
      );
      expect(count).toBeGreaterThan(0);
      expect(await folded.locator('.search-result').count()).toBe(count);
      expect(await folded.locator('.search-result a').first().isVisible()).toBe(false);
      await folded.locator('summary').click();
      expect(await folded.locator('.search-result a').first().isVisible()).toBe(true);
    });
  });

  it('pass axe (WCAG 2.2 AA) with the results shown, in light and dark', async () => {
    await searchedOnPhone('hoe lang bewaren jullie mijn cv', async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .setLegacyMode(true)
          .analyze();
        expect(
          violations.map(
            (violation) => `${colorScheme} ${violation.id}: ${violation.nodes[0]?.html}`,
          ),
        ).toEqual([]);
      }
    });
  });
});
