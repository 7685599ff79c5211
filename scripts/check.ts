// One report on everything an editor can get wrong: content, seals, translations and types.
//   npm run check                 every check
//   npm run check -- --content    without the type check (seconds instead of half a minute)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildDate } from '../src/time/dates.ts';
import { checkContent } from '../src/check/check-content.ts';
import { type ContentProblem, errorsOf, formatProblems } from '../src/problems/content-problem.ts';
import { staleSchemas } from '../src/schemas/editor-schemas.ts';

const root = process.cwd();
const problems: ContentProblem[] = checkContent(root, buildDate()).problems;

// The editor schemas (docs/schemas) must follow the zod schemas they are made from.
for (const file of staleSchemas(root)) {
  problems.push({
    file,
    message: 'the editor schema is out of date with its zod schema',
    fix: 'run npm run schemas and commit the result',
    severity: 'error',
  });
}

const errors = errorsOf(problems);
console.log(problems.length === 0 ? '\u2714 Content: no problems.' : formatProblems(problems));

let typesFailed = false;
if (!process.argv.includes('--content')) {
  console.log('\nType check (astro check):');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'check'],
    { stdio: 'inherit' },
  );
  typesFailed = result.status !== 0;
}

const warnings = problems.length - errors.length;
console.log(
  `\n${errors.length} error(s), ${warnings} warning(s)${typesFailed ? ', and the type check failed' : ''}.`,
);
process.exit(errors.length > 0 || typesFailed ? 1 : 0);
