// Indexes a built site for its search page with Pagefind (docs/decisions/0006-search.md), writing
// the index into <site>/pagefind/. Used by scripts/build.ts before the built site replaces dist/,
// and by the test build (tests/helpers/global-setup.ts).
//
// Only what the pages mark with data-pagefind-body is indexed: the general sections of the
// current full statement and the audience section of each current role view, so that every passage
// is found once. Pagefind makes one index per <html lang>.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/** The pages of the built site that carry data-pagefind-body, counted per <html lang>. */
function markedPages(site: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
    const html = readFileSync(join(site, file), 'utf8');
    if (!/<[a-z][^>]*\sdata-pagefind-body[\s>=]/i.test(html)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown';
    counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return counts;
}

/**
 * Writes the search index of the site in `site` into `site`/pagefind/. Fails (throws) when a
 * language in `expectedLanguages` has no page marked with data-pagefind-body (the marks were lost),
 * when Pagefind reports an error, or when it indexed other pages than the marked ones.
 */
export async function indexSite(site: string, expectedLanguages: readonly string[]): Promise<SearchIndexSummary> {
  // Without any data-pagefind-body, Pagefind would index every page whole: every general passage
  // five times, and the versions and comparisons too. That is an error here, not a fallback.
  const marked = markedPages(site);
  const unmarked = expectedLanguages.filter((code) => !marked[code]);
  if (unmarked.length) {
    fail(
      `no page in ${unmarked.join(', ')} carries data-pagefind-body. The current full statement and role views should (src/components/StatementBody.astro, AudienceSections.astro)`,
      [],
    );
  }
  const output = join(site, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) fail('Pagefind did not start', created.errors);
    const { index } = created;

    // Only current pages (<locale>/<page>/index.html) can carry passages; versions and comparisons
    // sit deeper. Not reading them makes indexing ten times faster on a site with many versions,
    // and the count check below still fails if a deeper page were ever marked.
    const added = await index.addDirectory({ path: site, glob: '*/{index.html,*/index.html}' });
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
  const differing = [...new Set([...Object.keys(marked), ...Object.keys(languages)])].filter(
    (code) => marked[code] !== languages[code],
  );
  if (differing.length) {
    fail(
      'Pagefind indexed other pages than those that carry data-pagefind-body',
      differing.map((code) => `${code}: ${languages[code] ?? 0} indexed, ${marked[code] ?? 0} marked`),
    );
  }
  for (const file of UNUSED) rmSync(join(output, file), { force: true });
  return { languages };
}
