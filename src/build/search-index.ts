// Writes the search index of a built site with Pagefind (docs/decisions/0006-search.md): one
// record per passage of the current statement, made from the content model rather than crawled
// from the pages, so that every passage is found once, on the page its audience reads it on.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search/records.ts';

export interface SearchIndexSummary {
  /** Indexed records per language, e.g. { nl: 120, en: 120 }. */
  languages: Record<string, number>;
}

/** The parts of Pagefind's output that the site does not use: its ready-made interfaces. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`The search index: ${what}${errors.length ? `:\n  ${errors.join('\n  ')}` : ''}`);
}

/**
 * Writes the index of `records` into `site`/pagefind/, taking each record as it comes; fails when
 * Pagefind reports an error or leaves a record out.
 */
export async function indexSite(
  site: string,
  records: Iterable<SearchRecord>,
): Promise<SearchIndexSummary> {
  const expected: Record<string, number> = {};
  const output = join(site, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) fail('Pagefind did not start', created.errors);
    const { index } = created;
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: record.html });
      if (added.errors.length) fail(`Pagefind could not index ${record.url}`, added.errors);
      // Pagefind keys its languages by the tag in lower case (nl-BE is nl-be), as the search page asks for them.
      const language = record.language.toLowerCase();
      expected[language] = (expected[language] ?? 0) + 1;
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) fail('Pagefind could not write the index', written.errors);
  } finally {
    await pagefind.close();
  }
  const entryFile = join(output, 'pagefind-entry.json');
  if (!existsSync(entryFile)) fail(`no ${entryFile} was written`, []);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([code, { page_count }]) => [code, page_count]),
  );
  const differing = Object.keys({ ...expected, ...languages }).filter(
    (code) => expected[code] !== languages[code],
  );
  if (differing.length)
    fail(
      'Pagefind indexed other records than it was given',
      differing.map(
        (code) => `${code}: ${languages[code] ?? 0} indexed, ${expected[code] ?? 0} given`,
      ),
    );
  for (const file of UNUSED) rmSync(join(output, file), { force: true });
  return { languages };
}
