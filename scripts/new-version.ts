// Starts a new version: copies the newest version's files to a new date in every part and
// language, and adds its entry to content/versions.yaml with an empty summary to fill in.
//   npm run new-version -- 2026-01-01
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { LOCALES } from '../src/i18n/locales.ts';
import { STATEMENT_COLLECTIONS } from '../src/lib/audiences.ts';
import { isRealIsoDate } from '../src/lib/iso-date.ts';
import { loadYaml } from '../src/lib/load-yaml.ts';
import { versionsSchema } from '../src/schemas/versions.ts';

const root = process.cwd();
const date = process.argv[2] ?? '';
const fail = (message: string): never => {
  console.error(`\u2716 ${message}`);
  process.exit(1);
};

if (!isRealIsoDate(date)) fail(`Give the date the new version takes effect, as YYYY-MM-DD: npm run new-version -- 2026-01-01 (found "${date}").`);
const versions = loadYaml(root, 'content/versions.yaml', versionsSchema, 'see docs/editing.md');
if (versions.some((version) => version.date === date)) fail(`Version ${date} already exists in content/versions.yaml.`);
const newest = [...versions].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
if (date < newest.date) fail(`A new version must be dated after the newest one (${newest.date}).`);

for (const collection of STATEMENT_COLLECTIONS) {
  const from = join(root, 'content', collection, newest.date);
  const to = join(root, 'content', collection, date);
  if (existsSync(to)) fail(`content/${collection}/${date}/ exists already; remove it or pick another date.`);
  cpSync(from, to, { recursive: true });
}

// Edit the YAML as a document, so that its comments stay.
const file = join(root, 'content/versions.yaml');
const document = parseDocument(readFileSync(file, 'utf8'), { version: '1.2' });
document.add(
  document.createNode({
    date,
    provenance: 'original',
    material: true,
    summary: Object.fromEntries(LOCALES.map((locale) => [locale.code, ''])),
  }),
);
writeFileSync(file, document.toString());

console.log(`\u2714 Version ${date} started from ${newest.date}: edit content/*/${date}/*.mdx.`);
console.log(`  Fill in its summary in content/versions.yaml (the build fails until you do), and seal it when it is final: npm run seal -- ${date}`);
