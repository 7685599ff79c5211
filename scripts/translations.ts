// Lists missing and stale translations, and records that a translation is up to date again.
//
//   npm run translations                          list every translation that is not current
//   npm run translations -- mark <file> [...]     record that <file> translates its binding file as it is now
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsOf, formatProblem, formatProblems } from '../src/problems/content-problem.ts';
import { structureProblem } from '../src/model/structure.ts';
import { documentKey, statementFileOf } from '../src/model/parts.ts';
import { setHeaderValue } from '../src/edit/statement-header.ts';
import { readContent } from '../src/model/read-content.ts';
import { translationReport } from '../src/model/translations.ts';

const root = process.cwd();
// The content as far as it can be read: a summary still to write elsewhere need not stop a
// translator. The files marked must be readable themselves (below).
const { asRead: content, broken, problems } = readContent(root, { seals: false });
if (!content) {
  console.error(
    `${formatProblems(errorsOf(problems))}\n\n\u2716 The content has problems; fix them first.`,
  );
  process.exit(1);
}
const report = translationReport(content);
const [command, ...files] = process.argv.slice(2);

if (command === 'mark') {
  if (files.length === 0) {
    console.error(
      'Name the translation file(s) to mark, e.g. npm run translations -- mark content/<part>/<version>/en.mdx',
    );
    process.exit(2);
  }
  for (const file of files) {
    const line = report.find((candidate) => candidate.file === file);
    const unreadable = errorsOf(problems).filter((problem) =>
      [file, line?.source].includes(problem.file.replace(/:.*$/, '')),
    );
    if (line && (broken.files.has(file) || broken.files.has(line.source))) {
      console.error(
        `${formatProblems(unreadable)}\n\n\u2716 ${file} was not marked: fix these first.`,
      );
      process.exit(1);
    }
    if (!line || line.state === 'missing') {
      console.error(
        `${file}: not a translation file of this site (expected content/<part>/<version>/<language>.mdx next to its ${content.binding.code}.mdx)`,
      );
      process.exit(1);
    }
    // A translation takes its anchors and facts block by block from its binding file: one of
    // another structure would be marked current and then fail the check.
    const place = statementFileOf(file)!;
    const translation = content.documents.get(documentKey(place.part, place.version, place.locale));
    const source = content.documents.get(
      documentKey(place.part, place.version, content.binding.code),
    );
    const problem = translation && source ? structureProblem(translation, source) : undefined;
    if (problem) {
      console.error(`${formatProblem(problem)}\n\n\u2716 ${file} was not marked.`);
      process.exit(1);
    }
    const hash = content.fileHashes.get(line.source)!;
    writeFileSync(
      join(root, file),
      setHeaderValue(readFileSync(join(root, file), 'utf8'), ['translation', 'source'], hash),
    );
    console.log(`${file}: marked as translating ${line.source} as it is now.`);
  }
} else if (command === undefined || command === 'status') {
  const open = report.filter((line) => line.state !== 'current');
  for (const line of open) {
    const why =
      line.state === 'missing'
        ? `missing: the page shows the binding text of ${line.source}. Translate it into this file.`
        : `may be out of date: ${line.source} is not the text it was marked as translating. Update the translation, then run: npm run translations -- mark ${line.file}`;
    console.log(`\u26a0 ${line.file}: ${why}`);
  }
  console.log(`Translations: ${report.length - open.length} of ${report.length} up to date.`);
} else {
  console.error(`Unknown command "${command}". Use: npm run translations [-- mark <file> ...]`);
  process.exit(2);
}
