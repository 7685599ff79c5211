import type { Browser, Page } from 'playwright-core';
import type { Content } from '../../src/model/content-model.ts';
import { routeSlugs } from '../../src/routes/slugs.ts';
import { urlFor } from '../../src/routes/urls.ts';
import { withBase } from '../../src/routes/base-path.ts';
import { siteLocation } from '../../src/routes/site-url.ts';

/** How well the search answers the questions of content/search.yaml in one language. */
export interface Relevance {
  locale: string;
  questions: number;
  /** Share of questions with an answering passage first. */
  atOne: number;
  /** Share of questions with an answering passage among the first three. */
  inTopThree: number;
  /** Share of the first three results that answer (precision at 3). */
  precisionAtThree: number;
  /** Mean reciprocal rank of the first answering passage (0 when none is in the first ten). */
  meanReciprocalRank: number;
  /** The questions without an answer in the first three, with what came first instead. */
  misses: string[];
  /**
   * Milliseconds from Enter to the results: of the first query typed by a reader (Pagefind loads
   * when the search box gets focus, while they type); of a first query sent at once after the page
   * loaded (Pagefind and its index load after Enter); and the median of the other questions.
   */
  firstQueryMs: number;
  coldQueryMs: number;
  medianQueryMs: number;
}

/**
 * Asks the search page of the site at `origin` every question of content/search.yaml, as a reader
 * does (types it and presses Enter), and measures how often and how high a passage that answers
 * it comes back. A result answers when its link's #anchor is one of the question's answers.
 */
export async function measureRelevance(
  browser: Browser,
  origin: string,
  content: Content,
  options: { timing?: boolean } = {},
): Promise<Relevance[]> {
  const timing = options.timing ?? true;
  const measured: Relevance[] = [];
  for (const [locale, questions] of Object.entries(content.search.questions)) {
    if (questions.length === 0) continue;
    const searchPage = withBase(
      urlFor({ kind: 'search', locale }, routeSlugs(content, locale)),
      siteLocation(content.site).base,
    );
    // Typing a question key by key takes seconds: only the benchmark measures it.
    const [firstQueryMs, coldQueryMs] = timing
      ? [
          await timeFirstQuery(browser, origin, searchPage, questions[0]!.question, TYPING_MS),
          await timeFirstQuery(browser, origin, searchPage, questions[0]!.question, 0),
        ]
      : [0, 0];
    const page = await browser.newPage({ baseURL: origin });
    await page.goto(searchPage);
    const ranks: number[] = [];
    const precisions: number[] = [];
    const times: number[] = [];
    const misses: string[] = [];
    for (const { question, answers } of questions) {
      await page.locator('#search-query').fill(question);
      times.push(await timeEnter(page, question));
      await page.waitForSelector('[data-search-results]:not([aria-busy="true"])', {
        state: 'attached',
      });
      const anchors = await page.evaluate(() =>
        // The passages a reader sees, in the order they read them: not those folded in a group.
        [...document.querySelectorAll('[data-search-results] li a')]
          .filter((link) => link.checkVisibility())
          .slice(0, 10)
          .map((link) =>
            decodeURIComponent(new URL(link.getAttribute('href')!, location.href).hash.slice(1)),
          ),
      );
      const rank = anchors.findIndex((anchor) => answers.includes(anchor)) + 1;
      ranks.push(rank);
      precisions.push(anchors.slice(0, 3).filter((anchor) => answers.includes(anchor)).length / 3);
      if (rank === 0 || rank > 3)
        misses.push(
          `"${question}": ${rank === 0 ? 'no answer in the first ten' : `first answer at ${rank}`} (first: ${anchors.slice(0, 3).join(', ') || 'nothing'}; answers: ${answers.join(', ')})`,
        );
    }
    await page.close();
    const share = (count: number) => count / questions.length;
    const sorted = [...times].sort((a, b) => a - b);
    measured.push({
      locale,
      questions: questions.length,
      atOne: share(ranks.filter((rank) => rank === 1).length),
      inTopThree: share(ranks.filter((rank) => rank >= 1 && rank <= 3).length),
      precisionAtThree: precisions.reduce((sum, value) => sum + value, 0) / questions.length,
      meanReciprocalRank:
        ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / questions.length,
      misses,
      firstQueryMs,
      coldQueryMs,
      medianQueryMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    });
  }
  return measured;
}

/** A quick typist's pause between keys. */
const TYPING_MS = 60;

/**
 * Presses Enter in the search box and returns the milliseconds, timed by the page itself, from the
 * key going down to the results of `query` being announced (or the error being shown).
 */
async function timeEnter(page: Page, query: string): Promise<number> {
  const answered = page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-search-status]')!;
        const failure = document.querySelector<HTMLElement>('[data-search-error]')!;
        status.textContent = '';
        let pressed = 0;
        addEventListener(
          'keydown',
          (event) => event.key === 'Enter' && (pressed = performance.now()),
          { once: true, capture: true },
        );
        const observer = new MutationObserver(() => {
          if (pressed && (status.textContent?.includes(text) || !failure.hidden)) {
            observer.disconnect();
            resolve(performance.now() - pressed);
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }),
    query,
  );
  await page.locator('#search-query').press('Enter');
  return Math.round(await answered);
}

/** The first query on a fresh search page, typed key by key with `delay` ms between keys (0: pasted at once). */
async function timeFirstQuery(
  browser: Browser,
  origin: string,
  path: string,
  query: string,
  delay: number,
): Promise<number> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'load' });
    if (delay > 0) await page.locator('#search-query').pressSequentially(query, { delay });
    else await page.locator('#search-query').fill(query);
    return await timeEnter(page, query);
  } finally {
    await context.close();
  }
}
