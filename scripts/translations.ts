// Lists missing and stale translations, and records that a translation is up to date again.
//
//   npm run translations                          list every translation that is not current
//   npm run translations -- mark <file> [...]     record that <file> translates its source as it is now
import { readFileSync, writeFileSync } from 'node:fs';
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { setFrontmatterValue } from '../src/lib/frontmatter.ts';
import { translationReport } from '../src/lib/translation-report.ts';
import { sourceHash } from '../src/lib/translation-status.ts';

const root = process.cwd();
const report = translationReport(root, LOCALES.map((locale) => locale.code), SOURCE_LOCALE);
const [command, ...files] = process.argv.slice(2);

if (command === 'mark') {
  if (files.length === 0) {
    console.error('Name the translation file(s) to mark, e.g. npm run translations -- mark content/employee/2023-09-27/en.mdx');
    process.exit(2);
  }
  for (const file of files) {
    const line = report.find((candidate) => candidate.file === file);
    if (!line || line.state === 'missing') {
      console.error(`${file}: not a translation file of this site (expected content/<collection>/<version>/<locale>.mdx next to its ${SOURCE_LOCALE}.mdx)`);
      process.exit(1);
    }
    const hash = sourceHash(readFileSync(line.source, 'utf8'));
    writeFileSync(file, setFrontmatterValue(readFileSync(file, 'utf8'), ['translation', 'source'], hash));
    console.log(`${file}: marked as translating ${line.source} as it is now.`);
  }
} else if (command === undefined || command === 'status') {
  const open = report.filter((line) => line.state !== 'current');
  for (const line of open) {
    const why =
      line.state === 'missing'
        ? `missing: the page shows the Dutch text of ${line.source}. Translate it into this file.`
        : `may be out of date: ${line.source} changed since it was translated. Update the translation, then run: npm run translations -- mark ${line.file}`;
    console.log(`\u26a0 ${line.file}: ${why}`);
  }
  console.log(`Translations: ${report.length - open.length} of ${report.length} up to date.`);
} else {
  console.error(`Unknown command "${command}". Use: npm run translations [-- mark <file> ...]`);
  process.exit(2);
}
