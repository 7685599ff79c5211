// Seals a published version: records in content/seals.yaml the SHA-256 of each of its files, the
// organisation details it shows and its own entry in content/versions.yaml, so that the build
// fails if what it says ever changes silently.
//   npm run seal -- 2023-09-27
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTopLevelKey } from '../src/edit/yaml-in-place.ts';
import { errorsOf, formatProblems } from '../src/problems/content-problem.ts';
import { readContent } from '../src/model/read-content.ts';
import { SEALS_FILE } from '../src/model/content-model.ts';
import { brokenSeal, sealVersion } from '../src/versions/seals.ts';
import type { Seals } from '../src/schemas/seals-schema.ts';
import { committedSeal } from '../src/versions/seal-history.ts';
import { translationReport } from '../src/model/translations.ts';

const root = process.cwd();
const date = process.argv[2];
const fail = (message: string): never => {
  console.error(`\u2716 ${message}`);
  process.exit(1);
};

// The content with the seals as they are (read, not checked: checking them is what sealing settles).
const { content, problems } = readContent(root);
if (!content)
  fail(
    `The content has problems; fix them before sealing:\n\n${formatProblems(errorsOf(problems))}`,
  );
const version =
  content!.versions.find((candidate) => candidate.date === date) ??
  fail(
    `Name a version of content/versions.yaml: npm run seal -- YYYY-MM-DD (found "${date ?? ''}").`,
  );

const seals: Seals = { ...content!.seals };
const existing = seals[version.date];
if (existing) {
  const breaks = brokenSeal(content!, version.date, existing);
  // What an older seal did not record yet is added when nothing it did record has changed.
  const changes = breaks.filter((change) => !change.renewable);
  if (breaks.length === 0 && existing.corrections === version.corrections.length) {
    console.log(`Version ${version.date} is sealed and unchanged; nothing to do.`);
    process.exit(0);
  }
  // A seal written for a correction and not yet committed may be written again (a translation
  // updated after it, say): what was committed, not what the working copy holds, was published.
  const committed = committedSeal(root, version.date);
  const sealedHere =
    committed.inGit && (!committed.seal || committed.seal.corrections < existing.corrections);
  if (changes.length > 0 && version.corrections.length <= existing.corrections && !sealedHere) {
    fail(
      `Version ${version.date} is already sealed and this changed: ${changes.map((change) => (change.kind === 'entry' ? `its entry in content/versions.yaml: ${change.change}` : `${change.file} ${change.change}`)).join('; ')}.\n` +
        `  A published version changes only through a correction: add one (date and reason per language) under corrections: of ${version.date} in content/versions.yaml, then run this again.\n` +
        '  To change the statement for the future, start a new version instead: npm run new-version -- YYYY-MM-DD',
    );
  }
}

// A translation of the binding text as it was before is published in its place: say so first.
const stale = translationReport(content!).filter(
  (line) => line.file.split('/')[2] === version.date && line.state === 'stale',
);
for (const line of stale) {
  console.warn(
    `\u26a0 ${line.file} translates ${line.source} as it was before: readers of that language will see the binding text. To include the translation, update it, run npm run translations -- mark ${line.file}, and seal again before you commit.`,
  );
}

const seal = sealVersion(content!, version.date, version.corrections.length);
seals[version.date] = seal;
// Only this version's block is written: the seals of the other versions keep every byte.
const path = join(root, SEALS_FILE);
const header =
  '# Written by `npm run seal`; do not edit by hand. For each published version: the SHA-256 of every\n# file, the organisation details it shows and its entry in content/versions.yaml.\n';
const before = existsSync(path) ? readFileSync(path, 'utf8') : header;
writeFileSync(path, setTopLevelKey(before, version.date, sortedKeys(seal)));
console.log(
  `\u2714 Sealed version ${version.date} (${Object.keys(seals[version.date]!.files).length} files). Commit ${SEALS_FILE}.`,
);

/** The seal with the keys of every map in sorted order, as npm run seal has always written them. */
function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, sortedKeys(inner)]),
  );
}
