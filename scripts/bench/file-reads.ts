// How often one build reads each statement file: the content model reads each once and shares it
// (src/lib/model/cache.ts); Astro's MDX compiler reads the files it renders.
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
}

function statementFiles(dir: string): string[] {
  return readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((name) => /^[^/]+\/\d{4}-\d{2}-\d{2}\/[^/]+\.mdx$/.test(name));
}

export function countFileReads(dir: string): FileReads {
  const out = join(mkdtempSync(join(tmpdir(), 'reads-')), 'reads.json');
  const result = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'count-reads.ts'), 'scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: BENCH_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', FILE_READS_OUT: out },
  });
  if (result.status !== 0) throw new Error(`The build for counting file reads failed:\n${result.stdout}${result.stderr}`);
  const counts = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
  const reads = statementFiles(dir).map((name) => counts[join(dir, 'content', name)] ?? 0);
  return { files: reads.length, min: Math.min(...reads), max: Math.max(...reads) };
}
