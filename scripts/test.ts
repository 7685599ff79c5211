// npm test: the content check first (a mistake in content/ stops here, with the editor's report),
// then the type check and every test project side by side: the tests spend part of their time
// waiting on Chromium and on builds in other processes, and the type check, at the lowest
// priority, fills that time instead of taking a core from them.
import { spawn, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const node = process.execPath;

const content = spawnSync(node, [join(root, 'scripts/check.ts'), '--content'], {
  stdio: 'inherit',
});
if (content.status !== 0) process.exit(content.status ?? 1);

// The type check's report is held back and printed after the tests', so that the two do not interleave.
const types = new Promise<{ status: number; output: string }>((resolve) => {
  const child = spawn(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: root,
  });
  try {
    if (child.pid) setPriority(child.pid, 19);
  } catch {
    // Not allowed here: it runs at the usual priority.
  }
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.on('close', (status) => resolve({ status: status ?? 1, output }));
});
const tests = new Promise<number>((resolve) => {
  const child = spawn(
    node,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' },
  );
  child.on('close', (status) => resolve(status ?? 1));
});

const [typeCheck, testStatus] = await Promise.all([types, tests]);
console.log(`\nType check (astro check):\n${typeCheck.output.trim()}`);
if (typeCheck.status !== 0) console.error('\u2716 The type check failed.');
process.exit(typeCheck.status !== 0 ? typeCheck.status : testStatus);
