// Builds the site beside the published one and puts it in dist/ only when every step succeeded:
// a failed build never replaces a good one, and never leaves half a site in dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/content-problem.ts';
import { indexSite } from './search-index.ts';

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

// The content is checked first, so that an editor's mistake gets a plain report, not a stack trace.
const errors = checkContent(root, LOCALES.map((locale) => locale.code), SOURCE_LOCALE).problems.filter(
  (problem) => problem.severity === 'error',
);
if (errors.length > 0) {
  console.error(`${errors.map(formatProblem).join('\n\n')}\n\n\u2716 The content has ${errors.length} problem(s): nothing was built, dist/ is as it was.`);
  process.exit(1);
}

rmSync(next, { recursive: true, force: true });
step('The build', process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next]);

// The search index goes into the new site before it is published: a failed index stops here.
try {
  const { languages } = await indexSite(next, LOCALES.map((locale) => locale.code));
  console.log(`\u2714 Search index: ${Object.entries(languages).map(([code, pages]) => `${code} ${pages} pages`).join(', ')}.`);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n\u2716 The search index failed: nothing was published, dist/ is as it was.`);
  process.exit(1);
}

// Swap in two renames, so that dist/ is never a half-written folder.
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('\u2714 The site is in dist/.');
