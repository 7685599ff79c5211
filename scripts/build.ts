// Builds the site beside the published one and puts it in dist/ only when every step succeeded:
// a failed build never replaces a good one, and never leaves half a site in dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const dist = join(root, 'dist');
const next = join(root, '.build/next');
const previous = join(root, '.build/previous');

function step(name: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`\n\u2716 ${name} failed: nothing was published, dist/ is as it was.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(next, { recursive: true, force: true });
step('The build', process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next]);

// Swap in two renames, so that dist/ is never a half-written folder.
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('\u2714 The site is in dist/.');
