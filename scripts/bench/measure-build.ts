// Runs the full build (node scripts/build.ts: content check, Astro build, Pagefind index) in a copy
// of the project and measures it: wall time, CPU time, peak memory, and the time of each phase.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The build date of every benchmark build (2025-06-01, as the tests): the same pages every day. */
export const BENCH_EPOCH = '1748736000';

export interface BuildMeasurement {
  /** HTML files in dist/. */
  pages: number;
  /** Every file in dist/, and their size. */
  files: number;
  bytes: number;
  wallSeconds: number;
  /** User + system CPU time of the build and every process it started. */
  cpuSeconds: number;
  /** Largest sum of the resident memory of the build's processes, sampled every POLL_MS. */
  peakTreeRssBytes: number;
  /** Largest resident memory of any one process of the build (getrusage, via /usr/bin/time). */
  peakProcessRssBytes: number;
  /** Wall seconds of each phase: content check and Astro's setup and bundling; rendering the pages; the search index and publishing. */
  phases: { setup: number; pages: number; index: number };
}

const POLL_MS = 100;
const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;

/** The processes under `root` (not `root` itself), through /proc/<pid>/task/<tid>/children. */
function descendants(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // ended meanwhile
    }
    for (const tid of tasks) {
      try {
        const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        for (const child of children ? children.split(' ').map(Number) : []) {
          found.push(child);
          queue.push(child);
        }
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return found;
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

function countOutput(dir: string): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, files, bytes };
}

/**
 * Builds the project in `dir` once, from cold (no dist/, no Astro or Vite cache), and measures it.
 * The build's output is kept in <dir>/bench-build.log; a failed build throws with its last lines.
 */
export async function measureBuild(dir: string): Promise<BuildMeasurement> {
  const timeFile = join(dir, 'bench-time.txt');
  const logFile = join(dir, 'bench-build.log');
  rmSync(timeFile, { force: true });
  const log: string[] = [];
  const marks: { generating?: number; pagesBuilt?: number; indexed?: number } = {};
  const start = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, 'scripts/build.ts'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH: BENCH_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const onOutput = (chunk: Buffer) => {
    const now = performance.now();
    const text = chunk.toString('utf8');
    log.push(text);
    if (marks.generating === undefined && text.includes('generating static routes')) marks.generating = now;
    if (marks.pagesBuilt === undefined && /page\(s\) built in/.test(text)) marks.pagesBuilt = now;
    if (marks.indexed === undefined && text.includes('Search index:')) marks.indexed = now;
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);

  let peakTree = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const total = descendants(child.pid).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peakTree = Math.max(peakTree, total);
  }, POLL_MS);
  const status = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
  clearInterval(poll);
  const end = performance.now();
  writeFileSync(logFile, log.join(''));
  if (status !== 0) {
    throw new Error(`The build in ${dir} failed (exit ${status}); the end of ${logFile}:\n${log.join('').split('\n').slice(-30).join('\n')}`);
  }

  // GNU time writes "Command exited ..." lines before the format when the command fails; the last line is ours.
  const [, user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  const seconds = (from: number, to: number | undefined) => ((to ?? end) - from) / 1000;
  return {
    ...countOutput(join(dir, 'dist')),
    wallSeconds: (end - start) / 1000,
    cpuSeconds: user + system,
    peakTreeRssBytes: peakTree,
    peakProcessRssBytes: maxKb * 1024,
    phases: {
      setup: seconds(start, marks.generating),
      pages: marks.generating === undefined ? 0 : seconds(marks.generating, marks.pagesBuilt),
      index: marks.pagesBuilt === undefined ? 0 : seconds(marks.pagesBuilt, end),
    },
  };
}
