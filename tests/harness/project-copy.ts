import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** What a copy holds: everything a build or check reads, nothing they write. */
const PROJECT_FILES = [
  'src',
  'content',
  'public',
  'scripts',
  'docs',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/** A fixed build date for tests (2025-06-01), so that they do not depend on the day they run. */
export const FIXED_EPOCH = '1748736000';

export interface CopyOptions {
  /** A folder to use as content/ instead of the project's (a fixture organisation). */
  content?: string;
}

/**
 * A throw-away copy of the project, as a user's clone would be, with node_modules linked. Astro
 * and Vite keep their caches in the copy's own .build/ (astro.config.mjs), so copies never share one.
 */
export function copyProject(options: CopyOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-statement-'));
  for (const name of PROJECT_FILES) {
    if (existsSync(join(PROJECT_ROOT, name)))
      cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
  }
  if (options.content) {
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    cpSync(options.content, join(dir, 'content'), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Removes what a build leaves behind, so that the next build of the copy starts cold. */
export function cleanBuildOutput(dir: string): void {
  for (const path of ['dist', '.build', '.astro']) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface CommandResult {
  status: number;
  output: string;
}

/**
 * Runs one of the project's commands in a copy, the way `npm run <name>` runs it there (the
 * project's Node, from the copy's folder), with the build date fixed unless `env` says otherwise.
 */
export function runScript(
  dir: string,
  name: string,
  args: string[] = [],
  env: Record<string, string> = {},
): CommandResult {
  const result = spawnSync(process.execPath, [join(dir, 'scripts', `${name}.ts`), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: scriptEnv(env),
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** runScript without waiting: for commands of several copies that may run side by side. */
export function startScript(
  dir: string,
  name: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'scripts', `${name}.ts`), ...args], {
      cwd: dir,
      env: scriptEnv(env),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

function scriptEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}
