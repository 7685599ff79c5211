import { rmSync } from 'node:fs';
import { indexSite } from '../../scripts/search-index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { astroBuild, PROJECT_ROOT, TEST_SITE } from './project.ts';

/** Builds the real content once for every site and browser test, with its search index. */
export default async function buildTestSite(): Promise<void> {
  rmSync(TEST_SITE, { recursive: true, force: true });
  const result = astroBuild(PROJECT_ROOT, TEST_SITE);
  if (result.status !== 0) {
    throw new Error(`The site does not build:\n${result.output}`);
  }
  await indexSite(TEST_SITE, LOCALES.map((locale) => locale.code));
}
