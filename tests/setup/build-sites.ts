import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readContent } from '../../src/model/read-content.ts';
import { readSiteConfig } from '../../src/model/site-config.ts';
import { siteLocation } from '../../src/routes/site-url.ts';
import { findChromium } from '../harness/chromium.ts';
import {
  copyProject,
  FIXED_EPOCH,
  PROJECT_ROOT,
  removeProject,
  startScript,
} from '../harness/project-copy.ts';

interface SiteSource {
  /** A folder to build as content/, instead of the project's own. */
  content?: string;
  /** The folder of its host the site is published in, as the fixture's site.yaml says. */
  base?: string;
}

/**
 * The sites the site and browser tests read: the project's own content and two other
 * organisations, each with the folder of its host it is published in where the tests know it
 * (the project's own is wherever its content/site.yaml says).
 */
export const SITES = {
  /** The project as it is (Cachet's content). */
  project: {},
  /** tests/fixtures/second-organization/content: a generator test with no code change. */
  secondOrganization: { content: join(PROJECT_ROOT, 'tests/fixtures/second-organization/content') },
  /** tests/fixtures/physiotherapy-practice/content: published in a folder of its own website. */
  physiotherapyPractice: {
    content: join(PROJECT_ROOT, 'tests/fixtures/physiotherapy-practice/content'),
    base: '/privacy/',
  },
} as const satisfies Record<string, SiteSource>;
export type SiteName = keyof typeof SITES;

/** A built site: its dist/, the copy it was built in, its build date and the folder it is served in. */
interface BuiltSite {
  dist: string;
  copy: string;
  date: string;
  /** "/" or "/privacy/": where the site is published on its host, and so where tests serve it. */
  base: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}

type Built = Record<SiteName, BuiltSite>;

/**
 * The day a copy is built as: the tests' fixed day (2025-06-01), so that every run builds the same
 * site; or, for an organisation's content whose first version is later, today (fixed for the run).
 */
function buildDay(copy: string): string {
  const fixed = new Date(Number(FIXED_EPOCH) * 1000).toISOString().slice(0, 10);
  const first = readContent(copy).content?.versions[0]?.date;
  return first && first > fixed ? new Date().toISOString().slice(0, 10) : fixed;
}
const epochOf = (day: string) => String(Date.parse(`${day}T00:00:00Z`) / 1000);

// The site and browser projects both name this setup; the builds are made once per run.
const shared = globalThis as { privacyStatementBuilds?: Promise<Built> };

/** Every site at once: one build each, in its own copy and process. */
async function buildAll(): Promise<Built> {
  const entries = Object.entries(SITES) as [SiteName, SiteSource][];
  const copies = entries.map(([, { content }]) => copyProject(content ? { content } : {}));
  const days = copies.map(buildDay);
  // The browser is found (and, the first time on a machine, unpacked) here, once, while the sites
  // build: test files that start it side by side would otherwise unpack it side by side, and one
  // could start a half-written browser. (Without one, the browser tests say so themselves.)
  const [results] = await Promise.all([
    Promise.all(
      copies.map((copy, index) =>
        startScript(copy, 'build', [], { SOURCE_DATE_EPOCH: epochOf(days[index]!) }),
      ),
    ),
    findChromium().catch(() => undefined),
  ]);
  const failed = results.findIndex((result) => result.status !== 0);
  if (failed >= 0) {
    copies.forEach(removeProject);
    throw new Error(
      `npm run build failed for the ${entries[failed]![0]} site; no test ran.\n\n${results[failed]!.output}`,
    );
  }
  return Object.fromEntries(
    entries.map(([name, { base }], index) => [
      name,
      {
        dist: join(copies[index]!, 'dist'),
        copy: copies[index]!,
        date: days[index]!,
        base: base ?? siteLocation(readSiteConfig(copies[index]!)).base,
      },
    ]),
  ) as Built;
}

export async function setup(project: TestProject): Promise<() => void> {
  const first = shared.privacyStatementBuilds === undefined;
  shared.privacyStatementBuilds ??= buildAll();
  project.provide('sites', await shared.privacyStatementBuilds);
  return () => {
    if (!first) return;
    void shared.privacyStatementBuilds?.then((built) =>
      Object.values(built).forEach(({ copy }) => removeProject(copy)),
    );
  };
}
