// The published record, pinned: the full text of every published version in every language, as the
// built site shows it, against a plain-text copy committed in tests/fixtures/published-record/
// (<version>-<language>.txt, one block a line). A change to any word of a sealed version fails
// here as well as in the content check; a new version is published with its own copy. The copies
// were made once from the site and checked by eye against content/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../harness/project-copy.ts';
import { publishedText } from '../../helpers/published-text.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const TEST_SITE = builtSite();
const PINNED = join(PROJECT_ROOT, 'tests/fixtures/published-record');

/** Every published version of a language, from the site's own list (versions.json). */
function publishedVersions(locale: string, archive: string): { version: string; page: string }[] {
  const list = JSON.parse(readFileSync(join(TEST_SITE, `${locale}/${archive}.json`), 'utf8')) as {
    versions: { version: string; urls: { page: string } }[];
  };
  return list.versions.map(({ version, urls }) => ({
    version,
    page: new URL(urls.page).pathname.slice(1),
  }));
}

/** Where the published text first differs from the committed copy, as a reader of the test reads it. */
function difference(name: string, pinned: string, published: string): string | undefined {
  if (pinned === published) return undefined;
  const [a, b] = [pinned.split('\n'), published.split('\n')];
  const line = a.findIndex((text, index) => text !== b[index]);
  return [
    `${name}, line ${line + 1}:`,
    `  committed: ${a[line] ?? '(no line)'}`,
    `  published: ${b[line] ?? '(no line)'}`,
    createTwoFilesPatch(`committed ${name}`, `published ${name}`, pinned, published, '', '', {
      context: 1,
    }),
  ].join('\n');
}

describeContent('the published record', () => {
  it.each([
    ['nl', 'versies'],
    ['en', 'versions'],
  ])('is word for word the committed copy, for every version in %s', (locale, archive) => {
    const versions = publishedVersions(locale, archive);
    expect(versions.map(({ version }) => version).sort()).toEqual(['2020-01-06', '2023-09-27']);
    const differences = versions.flatMap(({ version, page }) => {
      const name = `version ${version} (${locale})`;
      const file = join(PINNED, `${version}-${locale}.txt`);
      if (!existsSync(file))
        return [`${name}: no committed copy; add tests/fixtures/published-record/${version}-${locale}.txt`];
      return difference(name, readFileSync(file, 'utf8'), publishedText(TEST_SITE, page)) ?? [];
    });
    expect(differences.join('\n\n')).toBe('');
  });
});
