import { rmSync } from 'node:fs';
import { astroBuild, PROJECT_ROOT, TEST_SITE } from './project.ts';

/** Builds the real content once for every site and browser test. */
export default function buildTestSite(): void {
  rmSync(TEST_SITE, { recursive: true, force: true });
  const result = astroBuild(PROJECT_ROOT, TEST_SITE);
  if (result.status !== 0) {
    throw new Error(`The site does not build:\n${result.output}`);
  }
}
