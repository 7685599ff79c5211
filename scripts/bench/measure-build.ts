// Runs the full build (node scripts/build.ts: content check, Astro build with each page scanned as
// it is rendered, Pagefind index) in a copy of the project, or `astro build` of a bare Astro site
// (the floor, scripts/bench/floor.ts), and measures it: wall time, CPU time, peak memory, and the
// time and peak memory of each phase.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FIXED_EPOCH } from '../../tests/harness/project-copy.ts';

/** The build date of every benchmark build, the tests' (2025-06-01): the same pages every day. */
export const BENCH_EPOCH = FIXED_EPOCH;

interface Phases {
  /** The content check, until Astro's first line (for the floor: starting Astro). */
  check: number;
  /** Astro's setup and bundling (until "generating static routes"). */
  bundle: number;
  /** Rendering the pages, with each page's scan and policy, and writing them (until "N page(s) built"). */
  pages: number;
  /** The Pagefind search index and putting the site in dist/. */
  index: number;
}

export interface BuildMeasurement {
  /** HTML files in dist/, and their size. */
  pages: number;
  pageBytes: number;
  /** Every file in dist/, and their size. */
  files: number;
  bytes: number;
  wallSeconds: number;
  /**
   * User + system CPU time of the build and every process it started, sampled from /proc every
   * POLL_MS. Not getrusage: the build never waits for the Pagefind binary it starts (the pagefind
   * package kills it on close), so getrusage, and /usr/bin/time, leave Pagefind out.
   */
  cpuSeconds: number;
  /** Largest sum of the resident memory of the build's processes, sampled every POLL_MS. */
  peakTreeRssBytes: number;
  /** The same peak within each phase: Astro's while it renders, Pagefind's while it indexes. */
  peakTreeRssPhases: Phases;
  /** Largest resident memory of any one process that the build waited for (getrusage, via /usr/bin/time): Node and Astro, not Pagefind. */
  peakProcessRssBytes: number;
  /** Wall seconds of each phase. */
  phases: Phases;
  /** CPU seconds of each phase (at the resolution of the sampling). */
  cpuPhases: Phases;
  /** CPU seconds spent scanning pages and writing their policies, in every thread (the build's own count). */
  finishCpuSeconds: number | undefined;
}

const POLL_MS = 100;
const PAGE_SIZE =
  Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
const CLOCK_TICKS =
  Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

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

/** CPU ticks used so far by a process (utime + stime), keyed by pid and start time (pids are reused). */
function cpuTicks(pid: number): { key: string; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ", fields start at the 3rd: utime is the 14th, stime the 15th, starttime the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { key: `${pid}@${fields[19]}`, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

function countOutput(dir: string): {
  pages: number;
  pageBytes: number;
  files: number;
  bytes: number;
} {
  let pages = 0;
  let pageBytes = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    files++;
    bytes += size;
    if (entry.name.endsWith('.html')) {
      pages++;
      pageBytes += size;
    }
  }
  return { pages, pageBytes, files, bytes };
}

/** What `npm run build` gives node (package.json): its options and the script, without npm itself. */
function buildArguments(dir: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...rest] = scripts.build!.split(/\s+/);
  if (node !== 'node') throw new Error(`npm run build is not a node command: ${scripts.build}`);
  return rest;
}

/**
 * Builds the project in `dir` once, from cold (no dist/, no Astro or Vite cache), and measures it:
 * `npm run build` (scripts/build.ts), or `astro build` for a bare Astro site. The build's output
 * is kept in <dir>/bench-build.log; a failed build throws with its last lines.
 */
export async function measureBuild(
  dir: string,
  command: 'build' | 'astro' = 'build',
): Promise<BuildMeasurement> {
  const timeFile = join(dir, 'bench-time.txt');
  const logFile = join(dir, 'bench-build.log');
  rmSync(timeFile, { force: true });
  const log: string[] = [];

  type Mark = { wall: number; cpu: number };
  const marks: { astro?: Mark; generating?: Mark; pagesBuilt?: Mark } = {};

  // Sampling: the peak of the summed resident memory, and the CPU ticks last seen per process.
  let peakTree = 0;
  const peaks = { check: 0, bundle: 0, pages: 0, index: 0 };
  const ticks = new Map<string, number>();
  let pid: number | undefined;
  const sample = (): number => {
    if (pid === undefined) return 0;
    let resident = 0;
    for (const descendant of descendants(pid)) {
      resident += residentBytes(descendant);
      const used = cpuTicks(descendant);
      if (used) ticks.set(used.key, Math.max(used.ticks, ticks.get(used.key) ?? 0));
    }
    peakTree = Math.max(peakTree, resident);
    const phase = marks.pagesBuilt
      ? 'index'
      : marks.generating
        ? 'pages'
        : marks.astro
          ? 'bundle'
          : 'check';
    peaks[phase] = Math.max(peaks[phase], resident);
    return [...ticks.values()].reduce((sum, value) => sum + value, 0) / CLOCK_TICKS;
  };

  const start = performance.now();
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S %M',
      '-o',
      timeFile,
      process.execPath,
      ...(command === 'build'
        ? buildArguments(dir)
        : ['node_modules/astro/bin/astro.mjs', 'build']),
    ],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Astro's info lines mark the phases ("generating static routes", "N page(s) built").
      env: {
        ...process.env,
        SOURCE_DATE_EPOCH: BENCH_EPOCH,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_LOG_LEVEL: 'info',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    },
  );
  pid = child.pid;
  const onOutput = (chunk: Buffer) => {
    const now = performance.now();
    const text = chunk.toString('utf8');
    log.push(text);
    // Astro's first line, "12:00:00 [content] ...": the content check is done.
    if (marks.astro === undefined && /^\d\d:\d\d:\d\d \[/m.test(text))
      marks.astro = { wall: now, cpu: sample() };
    if (marks.generating === undefined && text.includes('generating static routes'))
      marks.generating = { wall: now, cpu: sample() };
    if (marks.pagesBuilt === undefined && /page\(s\) built in/.test(text))
      marks.pagesBuilt = { wall: now, cpu: sample() };
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const poll = setInterval(sample, POLL_MS);
  const status = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
  clearInterval(poll);
  const end = performance.now();
  writeFileSync(logFile, log.join(''));
  if (status !== 0) {
    throw new Error(
      `The build in ${dir} failed (exit ${status}); the end of ${logFile}:\n${log.join('').split('\n').slice(-30).join('\n')}`,
    );
  }

  // GNU time writes "Command exited ..." lines before the format when the command fails; the last line is ours.
  const maxKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ')[3]);
  const cpu = sample();
  const ended: Mark = { wall: end, cpu };
  const began: Mark = { wall: start, cpu: 0 };
  const astro = marks.astro ?? began;
  const generating = marks.generating ?? astro;
  const pagesBuilt = marks.pagesBuilt ?? generating;
  const phases = (pick: (mark: Mark) => number, unit: number): Phases => ({
    check: (pick(astro) - pick(began)) / unit,
    bundle: (pick(generating) - pick(astro)) / unit,
    pages: (pick(pagesBuilt) - pick(generating)) / unit,
    index: (pick(ended) - pick(pagesBuilt)) / unit,
  });
  // src/build/build-site.ts counts it and says so when Astro logs at the info level.
  const finished = /scans and policies: ([\d.]+) s of CPU/.exec(log.join(''));
  return {
    ...countOutput(join(dir, 'dist')),
    wallSeconds: (end - start) / 1000,
    cpuSeconds: cpu,
    peakTreeRssBytes: peakTree,
    peakTreeRssPhases: peaks,
    peakProcessRssBytes: maxKb * 1024,
    phases: phases((mark) => mark.wall, 1000),
    cpuPhases: phases((mark) => mark.cpu, 1),
    finishCpuSeconds: finished ? Number(finished[1]) : undefined,
  };
}
