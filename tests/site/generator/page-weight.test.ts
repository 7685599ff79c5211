// The weight of an audience view on the built project site, against its budget
// (tests/harness/page-budget.ts): at most 3 requests, no script, HTML at most 1.8 times its
// visible text, the shared stylesheet at most 4 KB and HTML plus CSS at most 14,600 bytes, gzipped.
// Measured on the built files, so that a heavier page fails here, not only in npm run bench.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/model/read-content.ts';
import {
  AUDIENCE_VIEW_BUDGET,
  budgetGaps,
  builtPageWeight,
  type BuiltPageWeight,
} from '../../harness/page-budget.ts';
import { readerPages } from '../../harness/reader-pages.ts';
import { builtCopy, builtOn, builtSite } from '../../helpers/sites.ts';

const site = builtSite();
const content = readContent(builtCopy()).content!;
// The audience view npm run bench weighs, the longest (the last audience's), in every language.
const audienceViews = content.site.languages.map(
  ({ code }) =>
    readerPages(content, builtOn(), code).find((page) => page.name === 'audience-view')!.path,
);

describe('an audience view on a slow phone connection', () => {
  it('keeps its budget in every language: 3 requests, no script, HTML at most 1.8 times its text, a 4 KB stylesheet, 14,600 bytes of HTML and CSS (gzip)', () => {
    const weights = audienceViews.map((path) => builtPageWeight(site, path));
    expect(
      weights.flatMap((weight) => budgetGaps(weight).map((gap) => `${weight.path}: ${gap}`)),
    ).toEqual([]);
    // The figures, as npm run bench reports them, for the record of a test run.
    const heaviest = weights.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
    console.info(
      `heaviest audience view ${heaviest.path}: HTML ${heaviest.htmlGzip} B (${(heaviest.htmlGzip / heaviest.textGzip).toFixed(2)} × text ${heaviest.textGzip} B), CSS ${heaviest.cssGzip} B, ${heaviest.requests.length} requests`,
    );
  });

  it('names each limit a page breaks, with its figures', () => {
    const within: BuiltPageWeight = {
      path: '/nl/x/',
      requests: ['/nl/x/', '/_astro/site.css', '/favicon.svg'],
      scriptBytes: 0,
      htmlGzip: 9000,
      cssGzip: 4000,
      textGzip: 5000,
    };
    expect(budgetGaps(within)).toEqual([]);
    const over = budgetGaps({
      ...within,
      requests: [...within.requests, '/_astro/extra.css'],
      scriptBytes: 12,
      htmlGzip: 9001 + AUDIENCE_VIEW_BUDGET.firstRoundTripGzip - 13_000,
      cssGzip: 4097,
      textGzip: 5000,
    });
    expect(over).toEqual([
      '4 requests (/nl/x/, /_astro/site.css, /favicon.svg, /_astro/extra.css), over 3',
      '12 bytes of script, over 0',
      "HTML 10601 bytes gzip, 2.12 times the text's 5000, over 1.8",
      'stylesheet 4097 bytes gzip, over 4096',
      'HTML and CSS 14698 bytes gzip, over 14600',
    ]);
  });
});
