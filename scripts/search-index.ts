// Indexes a built site for its search page with Pagefind (docs/decisions/0003-search.md), writing
// the index into <site>/pagefind/. Used by scripts/build.ts before the built site replaces dist/,
// and by the test build (tests/helpers/global-setup.ts).
//
// Only what the pages mark with data-pagefind-body is indexed: the general sections of the
// current full statement and the audience section of each current role view, so that every passage
// is found once. Pagefind makes one index per <html lang>.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexSummary {
  /** Indexed pages per language, e.g. { nl: 5, en: 5 }. */
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
 * Writes the search index of the site in `site`. Fails (throws) when Pagefind reports an error or
 * when a language in `expectedLanguages` has no indexed page, e.g. because the data-pagefind-body
 * marks were lost.
 */
export async function indexSite(site: string, expectedLanguages: readonly string[]): Promise<SearchIndexSummary> {
  const output = join(site, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) fail('Pagefind did not start', created.errors);
    const { index } = created;

    const added = await index.addDirectory({ path: site });
    if (added.errors.length) fail('Pagefind could not read the site', added.errors);

    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) fail('Pagefind could not write the index', written.errors);
  } finally {
    await pagefind.close();
  }

  const entryFile = join(output, 'pagefind-entry.json');
  if (!existsSync(entryFile)) fail(`no ${entryFile} was written`, []);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([code, { page_count }]) => [code, page_count]));
  const missing = expectedLanguages.filter((code) => !languages[code]);
  if (missing.length) {
    fail(
      `no page was indexed for ${missing.join(', ')}. The current full statement and role views should carry data-pagefind-body (src/components/StatementBody.astro, AudienceSections.astro)`,
      [],
    );
  }
  for (const file of UNUSED) rmSync(join(output, file), { force: true });
  return { languages };
}
