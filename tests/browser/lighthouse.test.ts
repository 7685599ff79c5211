// Lighthouse (mobile preset) on the home page, a role view and the full statement, served like a
// static host serves them. npm run audit runs the same and writes docs/lighthouse.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PATHS, runLighthouse, type PageScores } from '../../scripts/audit.ts';
import { TEST_SITE } from '../helpers/project.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { copyOfSite } from './site-pages.ts';

describe('Lighthouse', () => {
  let server: StaticServer;
  let results: PageScores[];
  const site = copyOfSite(TEST_SITE);

  beforeAll(async () => {
    server = await startStaticServer(site.dir);
    // Performance is simulated from this machine's timings; on a busy machine a page gets two
    // more tries (its best run counts). The other categories do not depend on the machine.
    results = await runLighthouse(server.origin, AUDIT_PATHS, { retryBelow: 90, retries: 2 });
    console.info(
      results
        .map((result) => `Lighthouse ${result.path}: ${JSON.stringify(result.scores)} (performance runs: ${result.performanceRuns.join(', ')})`)
        .join('\n'),
    );
  }, 400_000);

  afterAll(async () => {
    await server?.close();
    site.remove();
  });

  it.each(AUDIT_PATHS)('scores 100 in accessibility, best practices and SEO, and 90+ in performance on %s', (path) => {
    const result = results.find((candidate) => candidate.path === path)!;
    const failing = result.findings.join('\n');
    expect(result.scores.accessibility, failing).toBe(100);
    expect(result.scores['best-practices'], failing).toBe(100);
    expect(result.scores.seo, failing).toBe(100);
    expect(result.scores.performance, `${failing}\n${result.metrics.join(', ')}\nruns: ${result.performanceRuns.join(', ')}`).toBeGreaterThanOrEqual(90);
  });
});
