import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { buildDate } from '../lib/build-date.ts';
import { checkContent } from '../lib/content-check.ts';
import { formatProblem } from '../lib/content-problem.ts';
import { versionTimeline } from '../lib/versions.ts';

// Astro runs from the project root; every file is named relative to it in messages.
const checked = checkContent(process.cwd(), LOCALES.map((locale) => locale.code), SOURCE_LOCALE);
const errors = checked.problems.filter((problem) => problem.severity === 'error');

for (const warning of checked.problems.filter((problem) => problem.severity === 'warning')) {
  console.warn(formatProblem(warning));
}
if (errors.length > 0 || !checked.organization || !checked.versions) {
  // One message with every problem, so that an editor can fix them all in one go.
  throw new Error(
    `The content has ${errors.length} problem(s); nothing was built.\n\n${errors.map(formatProblem).join('\n\n')}\n\nRun npm run check for the full report.`,
  );
}

export const ORGANIZATION = checked.organization;
export const VERSIONS = checked.versions;
export const BUILD_DATE = buildDate();
export const TIMELINE = versionTimeline(VERSIONS, BUILD_DATE);
