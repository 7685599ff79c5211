// Lighthouse (mobile preset) on an audience view, the richest kind of page, served like a static host
// serves it: accessibility, best practices and SEO (axe checks every page in pages.test.ts).
// Performance is a measurement of this machine's speed, not a property of the pages, and the home
// page and the full statement are audited too by npm run audit and npm run bench.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/model/read-content.ts';
import { runLighthouse, type PageScores } from '../harness/lighthouse.ts';
import { readingPages } from '../harness/reader-pages.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { builtBase, builtSite } from '../helpers/sites.ts';

const PATHS = readingPages(readContent(PROJECT_ROOT).content!)
  .filter((page) => page.name === 'audience-view')
  .map((page) => page.path);

describe('Lighthouse', () => {
  let server: StaticServer;
  let results: PageScores[];

  beforeAll(async () => {
    server = await startStaticServer(builtSite(), { base: builtBase() });
    results = await runLighthouse(server.origin, PATHS, {
      categories: ['accessibility', 'best-practices', 'seo'],
    });
  }, 400_000);

  afterAll(async () => {
    await server?.close();
  });

  it.each(PATHS)('scores 100 in accessibility, best practices and SEO on %s', (path) => {
    const result = results.find((candidate) => candidate.path === path)!;
    const failing = result.findings.join('\n');
    expect(result.scores.accessibility, failing).toBe(100);
    expect(result.scores['best-practices'], failing).toBe(100);
    expect(result.scores.seo, failing).toBe(100);
  });
});
