// The search measured on its relevance set (content/search.yaml) in Chromium, as a reader asks:
// precision and rank (the same on every run: the index and the questions are fixed), and how long
// the first query takes, typed by a reader and pasted at once, and the others (which vary).
import type { Content } from '../../src/model/content-model.ts';
import { launchChromium } from '../../tests/harness/chromium.ts';
import { measureRelevance, type Relevance } from '../../tests/harness/search-relevance.ts';
import { startStaticServer } from '../../tests/harness/static-server.ts';
import { siteLocation } from '../../src/routes/site-url.ts';

/** Every run's measurement, per language. */
export type SearchRuns = Relevance[][];

export async function benchSearch(
  siteDir: string,
  content: Content,
  runs: number,
): Promise<SearchRuns> {
  const server = await startStaticServer(siteDir, { base: siteLocation(content.site).base });
  const browser = await launchChromium();
  try {
    const measured: SearchRuns = [];
    for (let run = 0; run < runs; run++)
      measured.push(await measureRelevance(browser, server.origin, content, { timing: true }));
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
