// One report on everything an editor can get wrong: content, seals, translations and types.
//   npm run check                 every check
//   npm run check -- --content    without the type check (seconds instead of a minute)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/content-problem.ts';
import { translationReport } from '../src/lib/translation-report.ts';

const root = process.cwd();
const locales = LOCALES.map((locale) => locale.code);
const { problems } = checkContent(root, locales, SOURCE_LOCALE);

for (const line of translationReport(root, locales, SOURCE_LOCALE).filter((line) => line.state !== 'current')) {
  problems.push({
    file: line.file,
    message:
      line.state === 'missing'
        ? `translation missing: readers of this language see the text of ${line.source}`
        : `translation may be out of date: ${line.source} changed since it was translated, so readers see the source text`,
    fix: line.state === 'missing' ? 'translate the file' : `update the translation, then run: npm run translations -- mark ${line.file}`,
    severity: 'warning',
  });
}


// The editor schemas (docs/schemas) must follow the zod schemas they are made from.
const schemas = spawnSync(process.execPath, [join(root, 'scripts/json-schemas.ts'), '--check'], { stdio: 'inherit' });
if (schemas.status !== 0) {
  problems.push({ file: 'docs/schemas/', message: 'the editor schemas are out of date', fix: 'run npm run schemas and commit the result', severity: 'error' });
}

const errors = problems.filter((problem) => problem.severity === 'error');
console.log(problems.length === 0 ? '\u2714 Content: no problems.' : problems.map(formatProblem).join('\n\n'));

let typesFailed = false;
if (!process.argv.includes('--content')) {
  console.log('\nType check (astro check):');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'check'], { stdio: 'inherit' });
  typesFailed = result.status !== 0;
}

const warnings = problems.length - errors.length;
console.log(`\n${errors.length} error(s), ${warnings} warning(s)${typesFailed ? ', and the type check failed' : ''}.`);
process.exit(errors.length > 0 || typesFailed ? 1 : 0);
