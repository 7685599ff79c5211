// npm run verify -- <folder>: checks a built site (dist/), or pages saved from it, against the
// content and its seals, page by page: the fingerprint each version's page shows must be the one
// its seal gives, and the text of every page that shows a version's text exactly the version's (src/verify/verify-pages.ts). Exit 1 when a
// page differs, or when the folder holds no version's page.
//   npm run verify -- dist
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContent } from '../src/model/read-content.ts';
import { errorsOf, formatProblems } from '../src/problems/content-problem.ts';
import { versionPageFiles, verifyPages } from '../src/verify/verify-pages.ts';
import { fingerprintGroups } from '../src/versions/fingerprint.ts';

const target = process.argv[2];
const fail = (message: string): never => {
  console.error(`\u2716 ${message}`);
  process.exit(1);
};
if (!target || !existsSync(resolve(target)))
  fail(
    `Name a built site or a saved page: npm run verify -- dist (found "${target ?? ''}"${target ? ', which does not exist' : ''}).`,
  );

const { content, problems } = readContent(process.cwd());
if (!content)
  fail(
    `The content has problems, so there is nothing to verify against:\n\n${formatProblems(errorsOf(problems))}`,
  );

const verdicts = verifyPages(content!, resolve(target!), versionPageFiles(content!));
if (verdicts.length === 0)
  fail(
    `${target} holds no page with a version's text (a version's page, which shows its fingerprint, or a page of the current version: an audience's view, the full statement).`,
  );
for (const { file, version, locale, audience, fingerprint, differences } of verdicts) {
  const what = `version ${version} (${[locale, audience].filter(Boolean).join(', ')})`;
  if (differences.length === 0)
    console.log(
      `\u2714 ${file}: ${what}, fingerprint ${fingerprintGroups(fingerprint!).slice(0, 2).join(' ')}: as sealed`,
    );
  else
    console.log(
      `\u2716 ${file}: ${what} differs from what was sealed:\n${differences.map((difference) => `    ${difference}`).join('\n')}`,
    );
}
const differ = verdicts.filter((verdict) => verdict.differences.length > 0).length;
const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
console.log(
  `\n${pages(verdicts.length)} with a version's text: ${verdicts.length - differ} as sealed, ${differ} ${differ === 1 ? 'differs' : 'differ'}. (The other pages hold no statement text: the home page, the archive, comparisons, search.)`,
);
process.exit(differ > 0 ? 1 : 0);
