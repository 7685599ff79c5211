import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { buildDate } from '../time/dates.ts';
import { tightenCsp } from './csp-tighten.ts';
import { errorsOf, formatProblem, formatProblems } from '../problems/content-problem.ts';
import { cachedCheck, withContentFrozen } from '../check/cached-check.ts';
import { outputRules } from './output-rules.ts';
import { pagePath, scanOutput } from './output-scan.ts';
import { pagePass } from './page-pass.ts';
import { inlineStyleHashes } from './header-policy.ts';
import { writeHostFiles } from './host-files.ts';
import { headerRules } from './security-headers.ts';
import { siteLocation } from '../routes/site-url.ts';
import { notFoundPageFiles, placeNotFoundPages } from './not-found-pages.ts';
import { searchRecords } from '../search/records.ts';
import { versionTimeline } from '../versions/timeline.ts';

export interface BuildResult {
  ok: boolean;
  /** What the editor reads: the warnings, then the problem that stopped the build, or the summary. */
  report: string;
}

/**
 * What `npm run build` does, in order: check the content, build the site beside the published
 * one with Astro, scan what was built, index it for search, and only then put it in dist/. A
 * failed step never replaces a good site and never leaves half a site in dist/.
 */
export async function buildSite(root: string): Promise<BuildResult> {
  const next = join(root, '.build/next');
  const lines: string[] = [];
  const stop = (what: string, detail: string): BuildResult => {
    rmSync(next, { recursive: true, force: true });
    return {
      ok: false,
      report: [
        ...lines,
        detail,
        '',
        `\u2716 ${what}: nothing was published, dist/ is as it was.`,
      ].join('\n'),
    };
  };

  // The content is checked first, so that an editor's mistake gets a plain report, not a stack trace.
  const date = buildDate();
  const { content, problems } = cachedCheck(root, date);
  lines.push(
    ...problems
      .filter((problem) => problem.severity === 'warning')
      .map((problem) => formatProblem(problem)),
  );
  const errors = errorsOf(problems);
  if (!content)
    return stop(`The content has ${problemCount(errors.length)}`, formatProblems(errors));

  rmSync(next, { recursive: true, force: true });
  // Pages are rendered on every core, and each is scanned and gets its own policy as it is
  // rendered (src/build/page-pass.ts), so that no page is read back from the disk.
  const rules = outputRules(content);
  // PRIVACY_STATEMENT_WORKERS sets how many, for a site of any size (0: Astro's thread alone).
  const asked = process.env.PRIVACY_STATEMENT_WORKERS;
  const pages = pagePass(rules, {
    // Each thread holds its own copy of the rendering code, the content and their caches (about
    // 700 MB at 50 versions x 5 languages, docs/benchmarks.md): two beside the main thread at most.
    workers: asked
      ? Math.max(0, Math.floor(Number(asked)) || 0)
      : Math.min(2, availableParallelism() - 1),
    anySize: asked !== undefined,
    root,
    buildDate: date,
    checked: { content, problems },
    movedAfter: notFoundPageFiles(content),
  });
  try {
    // Loaded only now: a content error is reported without waiting for Astro to load. The pages
    // read the same checked content from the cache and need not report it again.
    process.env.PRIVACY_STATEMENT_REPORTED = '1';
    process.env.PRIVACY_STATEMENT_ROOT = root;
    // Drafts are for the preview of npm run dev only: a build publishes what is announced.
    delete process.env.PRIVACY_STATEMENT_DRAFTS;
    // The bundler's allocator (mimalloc, in Rolldown) gives memory back to the system as soon as
    // it is freed, not later: the pages are rendered in the memory the bundling used.
    process.env.MIMALLOC_PURGE_DELAY ??= '0';
    const { build } = await import('astro');
    // Astro, its content loader and the MDX pipeline all read the content checked above.
    await withContentFrozen(root, () =>
      build({
        root,
        outDir: next,
        logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
        telemetry: false,
        integrations: [pages.integration],
        // Pages in hand at once: enough for every thread to have the next one ready.
        build: { concurrency: 8 },
      } as never),
    );
  } catch (error) {
    return stop('The build failed', error instanceof Error ? error.message : String(error));
  }

  const { here, beside, finishCpu } = pages.rendered;
  // For the benchmark (scripts/bench/measure-build.ts), which runs Astro at the info level.
  if (process.env.ASTRO_LOG_LEVEL === 'info')
    console.error(`[build] scans and policies: ${finishCpu.toFixed(1)} s of CPU in all threads`);
  const why = pages.notRendering();
  lines.push(
    `\u2714 ${(here + beside).toLocaleString('en')} pages, each scanned as it was rendered; ${beside.toLocaleString('en')} rendered beside Astro's own thread${why ? ` (none: ${why})` : ''}.`,
  );

  const notFoundFolders = placeNotFoundPages(next, content);

  // The last line of defence: what was built is scanned before anyone can be served it. Pages
  // were scanned as they were rendered; anything else Astro wrote (files of public/) is scanned now.
  const scan = scanOutput(next, rules, pages.scanned);
  if (scan.length > 0)
    return stop(
      `The built site has ${problemCount(scan.length)}`,
      scan.map((line) => `\u2716 ${line}`).join('\n'),
    );

  // Each page's policy allows the inline code that page holds, scripts only where the page may run
  // one, and nothing else; the header policy lets through the inline styles the pages allow, in
  // the file of every host (Netlify and Cloudflare Pages, nginx, Apache), for the site's folder.
  const { styles } = pages;
  for (const file of readdirSync(next, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && !pages.scanned.has(name.split(sep).join('/')),
  )) {
    const html = readFileSync(join(next, file), 'utf8');
    const tightened = tightenCsp(html, { scripts: rules.scriptPages.has(pagePath(file)) });
    if (tightened !== html) writeFileSync(join(next, file), tightened);
    inlineStyleHashes(tightened).forEach((hash) => styles.add(hash));
  }
  const { base } = siteLocation(content.site);
  writeHostFiles(next, headerRules({ inlineStyles: styles, base }), base, notFoundFolders);

  // The search index goes into the new site before it is published: a failed index stops here.
  try {
    const { indexSite } = await import('./search-index.ts');
    const { languages } = await indexSite(
      next,
      searchRecords(content, versionTimeline(content.versions, date)),
    );
    lines.push(
      `\u2714 Search index: ${Object.entries(languages)
        .map(([code, count]) => `${code} ${count} passages`)
        .join(', ')}.`,
    );
  } catch (error) {
    return stop('The search index failed', error instanceof Error ? error.message : String(error));
  }

  // Swap in two renames, so that dist/ is never a half-written folder.
  const dist = join(root, 'dist');
  const previous = join(root, '.build/previous');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(next, dist);
  rmSync(previous, { recursive: true, force: true });
  lines.push('\u2714 The site is in dist/.');
  return { ok: true, report: lines.join('\n') };
}

const problemCount = (count: number): string => `${count} ${count === 1 ? 'problem' : 'problems'}`;
