// Lighthouse (mobile preset) on the home page, a role view and the full statement, served like a
// static host serves them. npm run audit runs the same and writes docs/lighthouse.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/model/content.ts';
import { auditPaths, runLighthouse, type PageScores } from '../../src/tooling/lighthouse.ts';
import { PROJECT_ROOT } from '../../src/tooling/project-copy.ts';
import { startStaticServer, type StaticServer } from '../../src/tooling/static-server.ts';
import { builtSite } from '../helpers/sites.ts';

const PATHS = auditPaths(readContent(PROJECT_ROOT).content!);

describe('Lighthouse', () => {
  let server: StaticServer;
  let results: PageScores[];

  beforeAll(async () => {
    server = await startStaticServer(builtSite());
    // Performance is simulated from this machine's timings; on a busy machine a page gets two
    // more tries (its best run counts). The other categories do not depend on the machine.
    results = await runLighthouse(server.origin, PATHS, { retryBelow: 90, retries: 2 });
  }, 400_000);

  afterAll(async () => {
    await server?.close();
  });

  it.each(PATHS)('scores 100 in accessibility, best practices and SEO, and 90+ in performance on %s', (path) => {
    const result = results.find((candidate) => candidate.path === path)!;
    const failing = result.findings.join('\n');
    expect(result.scores.accessibility, failing).toBe(100);
    expect(result.scores['best-practices'], failing).toBe(100);
    expect(result.scores.seo, failing).toBe(100);
    expect(result.scores.performance, `${failing}\n${result.metrics.join(', ')}\nruns: ${result.performanceRuns.join(', ')}`).toBeGreaterThanOrEqual(90);
  });
});
