import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readContent } from '../../src/model/read-content.ts';
import { findChromium } from '../harness/chromium.ts';
import {
  copyProject,
  FIXED_EPOCH,
  PROJECT_ROOT,
  removeProject,
  startScript,
} from '../harness/project-copy.ts';

/** The sites the site and browser tests read: the project's own content, and a second organisation. */
export const SITES = {
  /** The project as it is (Cachet's content). */
  project: undefined,
  /** tests/fixtures/second-organization/content: a generator test with no code change. */
  secondOrganization: join(PROJECT_ROOT, 'tests/fixtures/second-organization/content'),
} as const;
export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  interface ProvidedContext {
    /** The built site (its dist/) of each name, the copy it was built in, and its build date. */
    sites: Record<SiteName, { dist: string; copy: string; date: string }>;
  }
}

type Built = Record<SiteName, { dist: string; copy: string; date: string }>;

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

/** Both sites at once: two builds, each in its own copy and process. */
async function buildAll(): Promise<Built> {
  const entries = Object.entries(SITES) as [SiteName, string | undefined][];
  const copies = entries.map(([, content]) => copyProject(content ? { content } : {}));
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
    entries.map(([name], index) => [
      name,
      { dist: join(copies[index]!, 'dist'), copy: copies[index]!, date: days[index]! },
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
