// The benchmark: how long the full build takes and how much memory it needs, for the real content
// and for generated larger sites, each against the floor of a bare Astro site with as many pages
// of the same size built in the same run; what each kind of page weighs in a browser; how well and how fast
// the search answers the relevance set; how long the tests take; how long the diff engine takes on
// real and hostile input. Prints tables and writes docs/benchmarks.md.
// It is a measurement, not a test: nothing fails on slow figures (docs/benchmarks.md shows budgets).
//
//   npm run bench                       everything (10 to 30 minutes on 2 cores, by what else runs); writes docs/benchmarks.md
//   npm run bench -- --quick            real content + the 1- and 10-version sites, one run of each;
//                                       prints only (add --write to write the file)
//   npm run bench -- --only=build,weight,search,tests,diff   some parts only
//   npm run bench -- --sites=1x2,10x5   these generated sites (versions x languages) instead of
//                                       1x2, 1x5, 10x2, 10x5, 50x2, 50x5
//   npm run bench -- --runs=3           builds of the real content and of sites of up to 10 versions
//                                       (default 3; 1 with --quick)
//   npm run bench -- --large-runs=1     builds of sites with more than 10 versions (default 1)
//   npm run bench -- --no-write         print only
//   npm run bench -- --keep             keep the temporary project copies (their paths are printed)
//
// Builds run one after another in temporary copies of the project (scripts/bench/fixture.ts), so
// that dist/ and the project's caches are left alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDiffEngine } from './bench/diff-engine.ts';
import {
  cleanBuildOutput,
  copyProject,
  generateSite,
  PROJECT_ROOT,
  removeProject,
  type SiteShape,
} from './bench/fixture.ts';
import { floorSite } from './bench/floor.ts';
import { currentLoad, machineFacts } from './bench/machine.ts';
import { measureBuild, type BuildMeasurement } from './bench/measure-build.ts';
import { weighedPages, weighPages, type PageWeight } from './bench/page-weight.ts';
import { benchSearch, type SearchRuns } from './bench/search.ts';
import { countFileReads, type FileReads } from './bench/file-reads.ts';
import { benchTests, type TestTime } from './bench/test-times.ts';
import { readContent } from '../src/model/read-content.ts';
import { siteLocation } from '../src/routes/site-url.ts';
import { buildDate } from '../src/time/dates.ts';
import { FIXED_EPOCH } from '../tests/harness/project-copy.ts';
import { markdownReport, printReport, type Report, type SiteResult } from './bench/report.ts';

const PARTS = ['build', 'weight', 'search', 'tests', 'diff'] as const;
const DEFAULT_SITES = ['1x2', '1x5', '10x2', '10x5', '50x2', '50x5'];
const QUICK_SITES = ['1x2', '1x5', '10x2', '10x5'];
const DIFF_RUNS = 20;

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name: string): boolean => args.includes(`--${name}`);
const known = ['quick', 'write', 'no-write', 'keep', 'only', 'sites', 'runs', 'large-runs'];
for (const arg of args) {
  if (!known.includes(arg.replace(/^--/, '').split('=')[0]!)) {
    console.error(`\u2716 Unknown option ${arg}; see the top of scripts/bench.ts.`);
    process.exit(1);
  }
}

const quick = flag('quick');
const parts = (option('only')?.split(',') ?? PARTS) as readonly string[];
const unknownPart = parts.find((part) => !(PARTS as readonly string[]).includes(part));
if (unknownPart) {
  console.error(`\u2716 --only takes ${PARTS.join(', ')} (found "${unknownPart}").`);
  process.exit(1);
}
const runs = Number(option('runs') ?? (quick ? 1 : 3));
const largeRuns = Number(option('large-runs') ?? 1);
const shapes: SiteShape[] = (
  option('sites')?.split(',') ?? (quick ? QUICK_SITES : DEFAULT_SITES)
).map((text) => {
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match) {
    console.error(
      `\u2716 --sites takes sizes written versions x languages, e.g. 10x5 (found "${text}").`,
    );
    process.exit(1);
  }
  return { versions: Number(match[1]), locales: Number(match[2]) };
});
const write = flag('write') || (!quick && !flag('no-write'));
const keep = flag('keep');

const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const startedAt = new Date();
const machine = machineFacts();
log(
  `${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GB, Node ${machine.node}, load ${machine.loadAtStart.toFixed(1)}`,
);

// The diff engine first: it is short, and the builds would only add to the noise.
let diffs: Report['diffs'] = [];
if (parts.includes('diff')) {
  log(`diff engine: ${DIFF_RUNS} runs of each case`);
  diffs = benchDiffEngine(PROJECT_ROOT, DIFF_RUNS);
}

/** Builds the copy in `dir` `count` times, each from cold. */
async function buildRuns(
  name: string,
  dir: string,
  count: number,
  command: 'build' | 'astro' = 'build',
): Promise<BuildMeasurement[]> {
  const measured: BuildMeasurement[] = [];
  for (let run = 1; run <= count; run++) {
    cleanBuildOutput(dir);
    log(`${name}: build ${run} of ${count} in ${dir}`);
    const result = await measureBuild(dir, command);
    log(
      `${name}: ${result.pages} pages in ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, peak ${(result.peakTreeRssBytes / 2 ** 20).toFixed(0)} MB`,
    );
    measured.push(result);
  }
  return measured;
}

/**
 * The floor of a site just measured: a bare Astro site with as many pages of the same average
 * size, built as often, right after it, so that both meet the same machine and the same load.
 */
async function floorRuns(name: string, built: BuildMeasurement[]): Promise<BuildMeasurement[]> {
  const { pages, pageBytes } = built[0]!;
  const dir = floorSite(pages, Math.round(pageBytes / pages));
  try {
    return await buildRuns(`${name}, floor`, dir, built.length, 'astro');
  } finally {
    if (!keep) removeProject(dir);
  }
}

// The tests before anything else: they build sites of their own and would only slow the rest.
let tests: TestTime[] = [];
if (parts.includes('tests')) {
  log('tests: npm run test:unit, then npm test');
  tests = benchTests(PROJECT_ROOT);
  for (const test of tests)
    log(`${test.command}: ${test.seconds.toFixed(1)} s${test.passed ? '' : ' (FAILED)'}`);
}

const sites: SiteResult[] = [];
let weights: PageWeight[] = [];
let search: SearchRuns = [];
let fileReads: FileReads | undefined;
const copies: string[] = [];
try {
  if (parts.includes('build') || parts.includes('weight') || parts.includes('search')) {
    const real = copyProject();
    copies.push(real);
    const realRuns = await buildRuns('real content', real, parts.includes('build') ? runs : 1);
    if (parts.includes('build')) {
      sites.push({
        name: 'real content',
        versions: 0,
        locales: 0,
        runs: realRuns,
        floor: await floorRuns('real content', realRuns),
      });
      log('real content: one more build, counting the reads of each statement file');
      fileReads = countFileReads(real);
    }
    const content = readContent(real).content!;
    const date = buildDate({ SOURCE_DATE_EPOCH: FIXED_EPOCH });
    if (parts.includes('weight')) {
      log('page weight: loading each kind of page in Chromium');
      weights = await weighPages(
        join(real, 'dist'),
        weighedPages(content, date),
        siteLocation(content.site).base,
      );
    }
    if (parts.includes('search')) {
      log(`search: the relevance set of content/search.yaml, ${runs} run(s)`);
      search = await benchSearch(join(real, 'dist'), content, runs);
    }
    if (!keep) removeProject(real);
  }
  if (parts.includes('build')) {
    for (const shape of shapes) {
      const name = `${shape.versions} version${shape.versions === 1 ? '' : 's'} × ${shape.locales} languages`;
      const dir = copyProject();
      copies.push(dir);
      generateSite(dir, shape);
      const count = shape.versions > 10 ? largeRuns : runs;
      const built = await buildRuns(name, dir, count);
      // The site's output goes before the floor is built: both need the disk.
      if (!keep) removeProject(dir);
      sites.push({ name, ...shape, runs: built, floor: await floorRuns(name, built) });
    }
  }
} finally {
  if (!keep) for (const dir of copies) removeProject(dir);
  else log(`kept: ${copies.join(' ')}`);
}

const report: Report = {
  startedAt,
  finishedAt: new Date(),
  command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  options: args,
  machine,
  loadAtEnd: currentLoad(),
  sites,
  weights,
  search,
  tests,
  fileReads,
  diffs,
  diffRuns: DIFF_RUNS,
};
console.log(`\n${printReport(report)}\n`);
if (write) {
  writeFileSync(join(PROJECT_ROOT, 'docs/benchmarks.md'), markdownReport(report));
  log('wrote docs/benchmarks.md');
}
