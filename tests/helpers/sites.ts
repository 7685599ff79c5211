import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject } from 'vitest';
import { PROJECT_ROOT } from '../harness/project-copy.ts';
import type { SiteName } from '../setup/build-sites.ts';

/** The dist/ folder of a site built for this test run (tests/setup/build-sites.ts). */
export function builtSite(name: SiteName = 'project'): string {
  return inject('sites')[name].dist;
}

/** The copy of the project a site of this test run was built in: its content/ and dist/. */
export function builtCopy(name: SiteName = 'project'): string {
  return inject('sites')[name].copy;
}

/** The folder of its host a site built for this run is published, and served, in: "/" or "/privacy/". */
export function builtBase(name: SiteName = 'project'): string {
  return inject('sites')[name].base;
}

/** The day a site built for this test run was built as (YYYY-MM-DD). */
export function builtOn(name: SiteName = 'project'): string {
  return inject('sites')[name].date;
}

/**
 * The tests of tests/site/content/ are about one organisation's statement: the one of the seed in
 * tests/fixtures/seed-nl-2023-09-27.txt. With another organisation's content/ they skip, so that
 * an organisation that adopts the project has a passing `npm test` (see docs/adopting.md).
 */
const SEED_ORGANIZATION = 'Cachet Re-integratie | Arbeidszaken';
const contentIsTheSeeds = readFileSync(
  join(PROJECT_ROOT, 'content/organization.yaml'),
  'utf8',
).includes(`name: ${SEED_ORGANIZATION}`);
export const describeContent = describe.runIf(contentIsTheSeeds);
