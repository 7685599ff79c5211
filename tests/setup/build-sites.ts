import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyProject, PROJECT_ROOT, removeProject, startScript } from '../../src/tooling/project-copy.ts';

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
    /** The built site (its dist/) of each name, and the copy it was built in. */
    sites: Record<SiteName, { dist: string; copy: string }>;
  }
}

type Built = Record<SiteName, { dist: string; copy: string }>;

// The site and browser projects both name this setup; the builds are made once per run.
const shared = globalThis as { privacyStatementBuilds?: Promise<Built> };

/** Both sites at once: two builds, each in its own copy and process. */
async function buildAll(): Promise<Built> {
  const entries = Object.entries(SITES) as [SiteName, string | undefined][];
  const copies = entries.map(([, content]) => copyProject(content ? { content } : {}));
  const results = await Promise.all(copies.map((copy) => startScript(copy, 'build')));
  const failed = results.findIndex((result) => result.status !== 0);
  if (failed >= 0) {
    copies.forEach(removeProject);
    throw new Error(`npm run build failed for the ${entries[failed]![0]} site; no test ran.\n\n${results[failed]!.output}`);
  }
  return Object.fromEntries(entries.map(([name], index) => [name, { dist: join(copies[index]!, 'dist'), copy: copies[index]! }])) as Built;
}

export async function setup(project: TestProject): Promise<() => void> {
  const first = shared.privacyStatementBuilds === undefined;
  shared.privacyStatementBuilds ??= buildAll();
  project.provide('sites', await shared.privacyStatementBuilds);
  return () => {
    if (!first) return;
    void shared.privacyStatementBuilds?.then((built) => Object.values(built).forEach(({ copy }) => removeProject(copy)));
  };
}
