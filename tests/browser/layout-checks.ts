import type { Page } from 'playwright-core';
import { readContent } from '../../src/model/read-content.ts';
import { readerPages } from '../harness/reader-pages.ts';
import { builtBase, builtCopy, builtOn } from '../helpers/sites.ts';
import type { SiteName } from '../setup/build-sites.ts';
import { missingPath } from './site-pages.ts';

/**
 * One page of each kind in every language of a built site, from its content: home, the longest
 * audience view, the full statement, an earlier version, the archive, a comparison, search with a
 * question, the retention schedule, and the page for an unknown address under the language.
 */
export function pageKinds(name: SiteName): { name: string; path: string }[] {
  const content = readContent(builtCopy(name)).content!;
  const base = builtBase(name);
  return content.site.languages.flatMap(({ code, path }) => [
    ...readerPages(content, builtOn(name), code).map((page) => ({
      name: `${page.name} (${code})`,
      path: page.path,
    })),
    {
      name: `not found (${code})`,
      path: missingPath(code === content.binding.code ? base : `${base}${path}/`),
    },
  ]);
}

/**
 * The type scale as the reader sees it: every visible h1 larger than every h2, every h2 larger than
 * every h3, every h3 larger than every h4, and each heading larger than the text. Returns what is not.
 */
export function headingOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const headings = [...document.querySelectorAll('h1, h2, h3, h4')]
      .filter((heading) => heading.checkVisibility() && heading.getBoundingClientRect().width > 1)
      .map((heading) => ({
        level: Number(heading.tagName[1]),
        size: size(heading),
        text: (heading.textContent ?? '').trim().slice(0, 40),
      }));
    const text = size(document.querySelector('main')!);
    const problems: string[] = [];
    for (const upper of headings)
      for (const lower of headings)
        if (upper.level < lower.level && upper.size <= lower.size)
          problems.push(
            `h${upper.level} "${upper.text}" (${upper.size} px) is not larger than h${lower.level} "${lower.text}" (${lower.size} px)`,
          );
    for (const heading of headings)
      if (heading.size <= text)
        problems.push(
          `h${heading.level} "${heading.text}" (${heading.size} px) is not larger than the text (${text} px)`,
        );
    return [...new Set(problems)];
  });
}

/** What a reader on a phone meets first: the header's controls, the title, the contents. */
export interface FirstScreen {
  /** Header controls (links, buttons, fields) not wholly on the screen. */
  offScreen: string[];
  /** Where the h1 starts, from the top of the page. */
  h1Top: number;
  /** Where the contents list starts, if the page has one. */
  tocTop: number | undefined;
  /** The language switch's height: one line is one 44 px target. */
  languagesHeight: number;
  /** The translation notice, if any: where it starts and how tall it is; and where the h1 ends. */
  notice: { top: number; height: number; h1Bottom: number } | undefined;
}

export function firstScreen(page: Page): Promise<FirstScreen> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
    const offScreen = [...document.querySelectorAll('.site-header :is(a, button, summary, input)')]
      .filter((control) => control.checkVisibility())
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.left < -0.5 || box.right > width + 0.5;
      })
      .map((control) => `<${control.tagName.toLowerCase()}> ${control.textContent?.trim()}`);
    const h1 = document.querySelector('h1')!;
    const toc = document.querySelector('.toc');
    const notice = document.querySelector('.notice--translation');
    return {
      offScreen,
      h1Top: top(h1),
      tocTop: toc ? top(toc) : undefined,
      languagesHeight: document.querySelector('.language-switch')!.getBoundingClientRect().height,
      notice: notice
        ? {
            top: top(notice),
            height: notice.getBoundingClientRect().height,
            h1Bottom: top(h1) + h1.getBoundingClientRect().height,
          }
        : undefined,
    };
  });
}

/**
 * The share of the screen's width the page's main content leaves empty: the width outside the span
 * from its leftmost to its rightmost visible box.
 */
export function emptyShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    let left = Infinity;
    let right = -Infinity;
    for (const element of document.querySelectorAll('main *')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || !element.checkVisibility()) continue;
      left = Math.min(left, box.left);
      right = Math.max(right, box.right);
    }
    const width = document.documentElement.clientWidth;
    return 1 - (right - left) / width;
  });
}
