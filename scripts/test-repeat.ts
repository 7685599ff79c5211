// npm run test:repeat -- [runs] [vitest arguments]: proves that the tests pass every time, not once.
// Runs `npm test` the given number of times (5 unless told), one after the other, while a build of
// a throw-away copy of the project runs again and again beside them, as a busy CI machine would.
// Stops at the first failing run and says which it was.
//   npm run test:repeat                         npm test five times under load
//   npm run test:repeat -- 10 --project browser the browser tests ten times under load
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { copyProject, removeProject, startScript } from '../tests/harness/project-copy.ts';

const root = process.cwd();
const [first, ...rest] = process.argv.slice(2);
const runs = first && /^\d+$/.test(first) ? Number(first) : 5;
const vitestArgs = first && /^\d+$/.test(first) ? rest : process.argv.slice(2);

// The load: npm run build in a copy, over and over, until the runs are done.
const copy = copyProject();
let loading = true;
let loadBuilds = 0;
const load = (async () => {
  while (loading) {
    const build = await startScript(copy, 'build');
    // A load that fails at once would be no load: say so rather than pass unloaded.
    if (build.status !== 0) throw new Error(`The build beside the tests failed:\n${build.output}`);
    loadBuilds++;
  }
})();
load.catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

let failed = 0;
for (let run = 1; run <= runs && failed === 0; run++) {
  const started = Date.now();
  const result = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts/test.ts'), ...vitestArgs], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('close', (status) => resolve(status ?? 1));
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `\n${result === 0 ? '\u2714' : '\u2716'} Run ${run} of ${runs}: ${result === 0 ? 'passed' : 'failed'} in ${seconds} s.\n`,
  );
  if (result !== 0) failed = run;
}

loading = false;
await load;
removeProject(copy);
console.log(
  failed
    ? `\u2716 Run ${failed} failed (${loadBuilds} builds ran beside the tests).`
    : `\u2714 ${runs} runs in a row passed while ${loadBuilds} builds ran beside them.`,
);
process.exit(failed ? 1 : 0);
