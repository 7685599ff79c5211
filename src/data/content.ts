// The bridge from the content model (src/model) to the pages: read and checked once per build.
import { buildDate } from '../time/dates.ts';
import { logoBox } from '../brand/logo-size.ts';
import { detailsAt } from '../organization/contact-details.ts';
import { errorsOf, formatProblem, formatProblems } from '../problems/content-problem.ts';
import { cachedCheck } from '../check/cached-check.ts';
import { audiencesIn } from '../model/content-model.ts';
import { versionTimeline } from '../versions/timeline.ts';
import { logoPath, SITE_FILES } from '../routes/site-files.ts';

export const BUILD_DATE = buildDate();

/** The media type of a logo by its file's ending (src/guard/logo.ts admits these three). */
const ICON_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
};

// The project being built: npm run build names it (it may build a project other than the one it
// runs in); astro build and astro dev run from it.
export const ROOT = process.env.PRIVACY_STATEMENT_ROOT ?? process.cwd();
const { content, problems } = cachedCheck(ROOT, BUILD_DATE);
// npm run build has reported the warnings already; npm run dev reports them here.
if (!process.env.PRIVACY_STATEMENT_REPORTED) {
  for (const warning of problems.filter((problem) => problem.severity === 'warning'))
    console.warn(formatProblem(warning));
}
if (!content) {
  const errors = errorsOf(problems);
  // One message with every problem, so that an editor can fix them all in one go.
  const report = new Error(
    `The content has ${errors.length} problem(s); nothing was built.\n\n${formatProblems(errors)}\n\nRun npm run check for the full report.`,
  );
  // The report says where the problem is; a stack trace would only point into this file.
  report.stack = '';
  throw report;
}

export const CONTENT = content;
export const SITE = content.site;
/** The language whose text is legally binding. */
export const BINDING = content.binding.code;
export const LANGUAGES = SITE.languages;
/** The organisation's details as they are today: for the contact block, the vCard, the rights emails. */
export const DETAILS = detailsAt(content.organization, BUILD_DATE);
/** Drafts appear only in the preview of npm run dev (it sets PRIVACY_STATEMENT_DRAFTS); a build never publishes them. */
export const SHOW_DRAFTS = process.env.PRIVACY_STATEMENT_DRAFTS === 'show';
export const TIMELINE = versionTimeline(content.versions, BUILD_DATE, { showDrafts: SHOW_DRAFTS });
/** The organisation's logo (site.yaml brand.logo) and its size in the header, measured once per build. */
export const LOGO = SITE.brand?.logo
  ? { file: SITE.brand.logo, ...logoBox(ROOT, SITE.brand.logo) }
  : undefined;

/** The icon of the browser's tab: the organisation's logo where it has one, else the project's. */
export const ICON = LOGO
  ? { path: logoPath(LOGO.file), type: ICON_TYPES[LOGO.file.split('.').pop()!.toLowerCase()] }
  : { path: SITE_FILES.favicon, type: 'image/svg+xml' };

/** The audiences a published version has (an audience may join in a later version). */
export function audiencesOf(version: string): string[] {
  return audiencesIn(content!, version);
}

/** The audiences a comparison of two versions concerns: those of either version. */
export function comparisonAudiences(from: string, to: string): string[] {
  return [...new Set([...audiencesOf(from), ...audiencesOf(to)])];
}

/** The audiences of the version in effect: the audiences a reader can choose today. */
export const CURRENT_AUDIENCES = audiencesOf(TIMELINE.current.date);

export function languageOf(code: string) {
  const language = LANGUAGES.find((candidate) => candidate.code === code);
  if (!language)
    throw new Error(
      `Unknown language "${code}"; content/site.yaml has ${LANGUAGES.map((l) => l.code).join(', ')}`,
    );
  return language;
}
