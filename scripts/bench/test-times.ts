// How long the README's test command takes on this machine, and the quick loop of unit tests: the
// whole `npm test` (scripts/test.ts: the content check, then the type check beside every vitest
// project) and `npm run test:unit`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface TestTime {
  command: string;
  seconds: number;
  passed: boolean;
}

function timed(command: string, root: string, steps: string[][]): TestTime {
  const started = performance.now();
  let passed = true;
  for (const step of steps) {
    const result = spawnSync(process.execPath, step, {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    if (result.status !== 0) {
      passed = false;
      break;
    }
  }
  return { command, seconds: (performance.now() - started) / 1000, passed };
}

/** The two commands as package.json runs them (test: scripts/test.ts; test:unit: the unit project of vitest). */
export function benchTests(root: string): TestTime[] {
  const vitest = join(root, 'node_modules/vitest/vitest.mjs');
  return [
    timed('npm run test:unit', root, [[vitest, 'run', '--project', 'unit']]),
    timed('npm test', root, [[join(root, 'scripts/test.ts')]]),
  ];
}
