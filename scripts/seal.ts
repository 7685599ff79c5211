// Seals a published version: records the SHA-256 of each of its files in content/seals.yaml, so
// that the build fails if the published text ever changes silently.
//   npm run seal -- 2023-09-27
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { brokenSeal, SEALS_FILE, sealVersion } from '../src/lib/seals.ts';
import { loadYaml } from '../src/lib/load-yaml.ts';
import { versionsSchema } from '../src/schemas/versions.ts';
import { sealsSchema, type Seals } from '../src/schemas/seals.ts';

const root = process.cwd();
const date = process.argv[2];
const fail = (message: string): never => {
  console.error(`\u2716 ${message}`);
  process.exit(1);
};

const versions = loadYaml(root, 'content/versions.yaml', versionsSchema, 'see docs/editing.md');
const version = versions.find((candidate) => candidate.date === date) ?? fail(`Name a version of content/versions.yaml: npm run seal -- YYYY-MM-DD (found "${date ?? ''}").`);
const seals: Seals = existsSync(SEALS_FILE) ? sealsSchema.parse(parse(readFileSync(SEALS_FILE, 'utf8')) ?? {}) : {};
const existing = seals[version.date];

if (existing) {
  const changes = brokenSeal(root, version.date, existing);
  if (changes.length === 0) {
    console.log(`Version ${version.date} is sealed and unchanged; nothing to do.`);
    process.exit(0);
  }
  if (version.corrections.length <= existing.corrections) {
    fail(
      `Version ${version.date} is already sealed and these files changed: ${changes.map((c) => `${c.file} (${c.change})`).join(', ')}.\n` +
        `  A published version changes only through a correction: add one (date and reason per language) under corrections: of ${version.date} in content/versions.yaml, then run this again.\n` +
        '  To change the statement for the future, start a new version instead: npm run new-version -- YYYY-MM-DD',
    );
  }
}

seals[version.date] = sealVersion(root, version.date, version.corrections.length);
const header = '# Written by `npm run seal`; do not edit by hand. The SHA-256 of every file of each published version.\n';
writeFileSync(SEALS_FILE, header + stringify(seals, { sortMapEntries: true, lineWidth: 0 }));
console.log(`\u2714 Sealed version ${version.date} (${Object.keys(seals[version.date]?.files ?? {}).length} files). Commit content/seals.yaml.`);
