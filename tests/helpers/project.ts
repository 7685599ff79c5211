import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Where the shared test build of the real content is written (see global-setup.ts). */
export const TEST_SITE = join(PROJECT_ROOT, '.build/test-site');

/** A fixed build date, so that tests do not depend on the day they run (2025-06-01). */
export const FIXED_EPOCH = '1748736000';

export interface CommandResult {
  status: number;
  output: string;
}

/** Runs a command of the project (e.g. astro build) the way npm scripts run it. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): CommandResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH}`,
      SOURCE_DATE_EPOCH: FIXED_EPOCH,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

export function astroBuild(cwd: string, outDir: string, env: Record<string, string> = {}): CommandResult {
  return run(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], cwd, env);
}

/** What a fixture copies of the project: everything a build reads, nothing it writes. */
const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'docs', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throw-away copy of the project, for a scenario that changes its content. node_modules is
 * linked, not copied.
 */
export function makeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-fixture-'));
  for (const name of PROJECT_FILES) {
    if (readdirSync(PROJECT_ROOT).includes(name)) {
      cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
    }
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
