// npm run audit: builds the site, serves it on 127.0.0.1 the way a static host would (with the
// headers of the _headers file the build writes), runs Lighthouse (mobile preset) on a few pages, prints the four
// category scores per page and writes them to docs/lighthouse.md.
//
// The browser is found by tests/harness/chromium.ts (CHROME_PATH, an installed Chrome or Chromium, or
// the npm package @sparticuz/chromium).
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../tests/harness/chromium.ts';
import { readContent } from '../src/model/read-content.ts';
import { siteLocation } from '../src/routes/site-url.ts';
import {
  CATEGORIES,
  runLighthouse,
  scoreTable,
  type PageScores,
} from '../tests/harness/lighthouse.ts';
import { readingPages } from '../tests/harness/reader-pages.ts';
import {
  copyProject,
  PROJECT_ROOT,
  removeProject,
  runScript,
} from '../tests/harness/project-copy.ts';
import { startStaticServer } from '../tests/harness/static-server.ts';

function versionOf(pkg: string): string {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8'))
    .version;
}

async function main(): Promise<void> {
  // The same site as npm run build publishes, built in a copy so that dist/ is left alone.
  const copy = copyProject();
  console.log('Building the site …');
  const build = runScript(copy, 'build', [], {
    SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '',
  });
  if (build.status !== 0) {
    console.error(build.output);
    removeProject(copy);
    process.exitCode = 1;
    return;
  }
  const content = readContent(copy).content!;
  const server = await startStaticServer(join(copy, 'dist'), {
    base: siteLocation(content.site).base,
  });
  const AUDIT_PATHS = readingPages(content).map((page) => page.path);
  const load = `${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;
  let results: PageScores[];
  try {
    console.log(`Running Lighthouse (mobile) on ${AUDIT_PATHS.join(', ')} …`);
    results = await runLighthouse(server.origin, AUDIT_PATHS, { retryBelow: 100, retries: 2 });
  } finally {
    await server.close();
    removeProject(copy);
  }
  const table = scoreTable(results);
  console.log(`\n${table}\n`);
  const findings = results.flatMap((result) => result.findings);
  if (findings.length)
    console.log(`Not at 100:\n${findings.map((finding) => `  ${finding}`).join('\n')}`);

  const report = [
    '# Lighthouse',
    '',
    'Written by `npm run audit` (scripts/audit.ts): the site built and served on 127.0.0.1 with the',
    'headers of the `_headers` file the build writes, audited by Lighthouse with its mobile preset',
    '(simulated slow 4G and a mid-range phone). The target is 100 in every category;',
    '`tests/browser/lighthouse.test.ts` holds accessibility, best practices and SEO at 100 and',
    'performance at 90 or more.',
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)} with Lighthouse ${versionOf('lighthouse')} and ${results[0]?.browser} (${(await findChromium()).source});`,
    `load average ${load} when it started. Performance is simulated from timings measured on this`,
    'machine: a busy machine lowers it (Total Blocking Time), the other categories do not move. A',
    'page below 100 is audited up to twice more and its best run kept; the runs are listed.',
    '',
    table,
    '',
    '## Performance metrics',
    '',
    ...results.map((result) => `- \`${result.path}\`: ${result.metrics.join(', ')}`),
    '',
    '## Audits below 100',
    '',
    ...(findings.length ? findings.map((finding) => `- ${finding}`) : ['None.']),
    '',
  ].join('\n');
  writeFileSync(join(PROJECT_ROOT, 'docs/lighthouse.md'), report);
  console.log('Wrote docs/lighthouse.md');
  const below = results.some((result) =>
    CATEGORIES.some((category) => (result.scores[category] ?? 0) < 100),
  );
  if (below) process.exitCode = 1;
}

if (import.meta.main) await main();
