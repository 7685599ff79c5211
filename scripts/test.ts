// npm test: the content check first (a mistake in content/ stops here, with the editor's report),
// then the developers' checks (types, formatting, dead code) and every test project side by side:
// the tests spend part of their time waiting on Chromium and on builds in other processes, and the
// checks, at the lowest priority, fill that time instead of taking a core from them.
import { spawn, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const node = process.execPath;
const bin = (name: string) => join(root, 'node_modules', name);

const content = spawnSync(node, [join(root, 'scripts/check.ts')], { stdio: 'inherit' });
if (content.status !== 0) process.exit(content.status ?? 1);

interface Checked {
  name: string;
  status: number;
  output: string;
}

/** Runs one check at the lowest priority, its output held back so that it does not interleave with the tests'. */
function lowPriority(name: string, args: string[]): Promise<Checked> {
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    try {
      if (child.pid) setPriority(child.pid, 19);
    } catch {
      // Not allowed here: it runs at the usual priority.
    }
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ name, status: status ?? 1, output }));
  });
}

// One after the other: side by side they would take a core from the tests.
const checks = (async () => [
  await lowPriority('Types (astro check)', [bin('astro/bin/astro.mjs'), 'check']),
  await lowPriority('Formatting (prettier --check)', [
    bin('prettier/bin/prettier.cjs'),
    '--check',
    '.',
    '--log-level',
    'warn',
  ]),
  await lowPriority('Dead code and unused packages (knip)', [
    bin('knip/bin/knip.js'),
    '--no-progress',
  ]),
])();
const tests = new Promise<number>((resolve) => {
  const child = spawn(node, [bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('close', (status) => resolve(status ?? 1));
});

const [results, testStatus] = await Promise.all([checks, tests]);
let failed = testStatus;
for (const { name, status, output } of results) {
  console.log(
    `\n${status === 0 ? '\u2714' : '\u2716'} ${name}${output.trim() ? `:\n${output.trim()}` : ''}`,
  );
  if (status !== 0) failed ||= status;
}
process.exit(failed);
