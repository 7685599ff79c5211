// Starts a new version: copies the newest version's files to a new date in every part and
// language, and adds its entry to content/versions.yaml with an empty summary to fill in.
//   npm run new-version -- 2026-01-01
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendToList } from '../src/edit/yaml-in-place.ts';
import { buildDate, isRealIsoDate, daysBetween, shiftDays } from '../src/time/dates.ts';
import { errorsOf, formatProblems } from '../src/problems/content-problem.ts';
import { readContent } from '../src/model/read-content.ts';
import { partIds } from '../src/model/parts.ts';

const root = process.cwd();
const date = process.argv[2] ?? '';
const fail = (message: string): never => {
  console.error(`\u2716 ${message}`);
  process.exit(1);
};

if (!isRealIsoDate(date))
  fail(
    `Give the date the new version takes effect, as YYYY-MM-DD: npm run new-version -- 2026-01-01 (found "${date}").`,
  );
const { content, problems } = readContent(root, { seals: false });
if (!content)
  fail(`The content has problems; fix them first:\n\n${formatProblems(errorsOf(problems))}`);
const { versions, site } = content!;
if (versions.some((version) => version.date === date))
  fail(`Version ${date} already exists in content/versions.yaml.`);
const newest = versions.at(-1)!;
if (date < newest.date) fail(`A new version must be dated after the newest one (${newest.date}).`);

for (const part of partIds(site)) {
  const from = join(root, 'content', part, newest.date);
  const to = join(root, 'content', part, date);
  if (existsSync(to))
    fail(`content/${part}/${date}/ exists already; remove it or pick another date.`);
  cpSync(from, to, { recursive: true });
}

// The entry is added at the end of the file, which otherwise stays byte for byte as it was (the
// entries of published versions are sealed). A new version is a draft (not announced, not on the
// site) and material until the editor says otherwise (the check holds that against its facts).
const today = buildDate();
const file = join(root, 'content/versions.yaml');
writeFileSync(
  file,
  appendToList(readFileSync(file, 'utf8'), {
    date,
    provenance: 'original',
    material: true,
    summary: Object.fromEntries(site.languages.map((language) => [language.code, ''])),
  }),
);

const notice = site.notice.materialChangeDays;
console.log(`\u2714 Version ${date} started from ${newest.date}: edit content/*/${date}/*.mdx.`);
console.log(
  `  Fill in its summary in content/versions.yaml (the build fails until you do). It is a draft: not on the site until it is announced.`,
);
console.log(
  `  When its text is final, announce it (announced: in content/versions.yaml) and seal it: npm run seal -- ${date}.`,
);
console.log(
  `  It is marked material: announce it on or before ${shiftDays(date, -notice)} (${notice} days ahead). Set material: false if it changes no purpose, recipient, retention or right.`,
);
if (daysBetween(today, date) < notice)
  console.log(
    `  That day has passed (today is ${today}): move its date to ${shiftDays(today, notice)} or later, or mark it material: false if it may be.`,
  );
