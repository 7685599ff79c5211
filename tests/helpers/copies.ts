import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/problems/content-problem.ts';
import { copyProject, removeProject, type CopyOptions } from '../harness/project-copy.ts';

/** The second organisation's content (a German clinic): where most scenarios start. */
export const CLINIC = 'tests/fixtures/second-organization/content';

/** The content check's report on a copy, as npm run check prints it: its errors, or every problem. */
export function contentReport(
  dir: string,
  { day = '2025-06-01', warnings = false }: { day?: string; warnings?: boolean } = {},
): string {
  return checkContent(dir, day)
    .problems.filter((problem) => warnings || problem.severity === 'error')
    .map((problem) => formatProblem(problem))
    .join('\n');
}

/**
 * A copy of the project for one scenario, removed after the test that made it or, made outside a
 * test, after the test file. (A hook of the file registered from inside a test never runs: each
 * such copy was left behind in the temporary folder.)
 */
export function scenario(options: CopyOptions = {}): string {
  const dir = copyProject(options);
  try {
    onTestFinished(() => removeProject(dir));
  } catch {
    afterAll(() => removeProject(dir));
  }
  return dir;
}

/** Changes one file of a copy the way an editor would. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before)
    throw new Error(`The edit of ${file} changed nothing: the scenario no longer matches the file`);
  writeFileSync(path, after);
}

/** Puts a published site (a built dist/) in the copy, as the site a failed build must leave alone. */
export function publish(dir: string, dist: string): string {
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  return treeHash(join(dir, 'dist'));
}

/** One hash of every file name and byte under a folder. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(dir, file)));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

/** The files under a folder whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => {
    try {
      return readFileSync(join(dir, file), 'utf8').includes(needle);
    } catch {
      return false;
    }
  });
}

/** A stack trace line of Node, which a report to an editor must never show. */
export const STACK_TRACE = /^\s+at .+(\.(ts|js|mjs):\d+|<anonymous>)/m;
