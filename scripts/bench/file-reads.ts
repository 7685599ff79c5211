// How often one build reads each statement file. The content model reads each once and shares the
// text (src/check/cached-check.ts), Astro's content loader and the bundler included
// (src/integration/astro-loader.ts). Counted by the operating system where strace is installed:
// every open of the file by any process or thread (the bundler reads files natively, outside
// node:fs). Elsewhere node:fs is wrapped (scripts/bench/count-reads.ts), which sees only the
// reads of JavaScript.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_EPOCH } from './measure-build.ts';

export interface FileReads {
  /** Statement files in content/. */
  files: number;
  /** Reads of each file: the fewest and the most. */
  min: number;
  max: number;
  /** How they were counted. */
  method: 'strace' | 'node:fs';
}

function statementFiles(dir: string): string[] {
  return readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((name) =>
    /^[^/]+\/\d{4}-\d{2}-\d{2}\/[^/]+\.mdx$/.test(name),
  );
}

const hasStrace = (): boolean => spawnSync('strace', ['-V'], { stdio: 'ignore' }).status === 0;

export function countFileReads(dir: string): FileReads {
  const out = join(mkdtempSync(join(tmpdir(), 'reads-')), 'reads');
  const env = {
    ...process.env,
    SOURCE_DATE_EPOCH: BENCH_EPOCH,
    ASTRO_TELEMETRY_DISABLED: '1',
    FILE_READS_OUT: out,
  };
  const method = hasStrace() ? 'strace' : 'node:fs';
  const result =
    method === 'strace'
      ? spawnSync(
          'strace',
          ['-f', '-qq', '-e', 'trace=open,openat', '-o', out, process.execPath, 'scripts/build.ts'],
          { cwd: dir, encoding: 'utf8', env },
        )
      : spawnSync(
          process.execPath,
          ['--import', join(import.meta.dirname, 'count-reads.ts'), 'scripts/build.ts'],
          { cwd: dir, encoding: 'utf8', env },
        );
  if (result.status !== 0)
    throw new Error(`The build for counting file reads failed:\n${result.stdout}${result.stderr}`);
  const counted = readFileSync(out, 'utf8');
  const counts: Record<string, number> =
    method === 'node:fs' ? (JSON.parse(counted) as Record<string, number>) : {};
  if (method === 'strace') {
    for (const match of counted.matchAll(
      /open(?:at)?\((?:AT_FDCWD, )?"([^"]+\.mdx)"[^)]*\)\s+=\s+\d+/g,
    ))
      counts[match[1]!] = (counts[match[1]!] ?? 0) + 1;
  }
  const reads = statementFiles(dir).map((name) => counts[join(dir, 'content', name)] ?? 0);
  return { files: reads.length, min: Math.min(...reads), max: Math.max(...reads), method };
}
