// npm run audit: builds the site, serves it on 127.0.0.1 the way a static host would (with the
// headers of public/_headers), runs Lighthouse (mobile preset) on a few pages, prints the four
// category scores per page and writes them to docs/lighthouse.md.
//
// Run by the project's Node 24, which strips the TypeScript types; tests/browser/lighthouse.test.ts
// imports runLighthouse() from here.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { astroBuild, PROJECT_ROOT } from '../tests/helpers/project.ts';
import { startStaticServer } from '../tests/helpers/static-server.ts';

/** The home page, one role view and the full statement: every kind of page there is. */
export const AUDIT_PATHS = ['/nl/', '/nl/medewerker/', '/nl/volledig/'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface PageScores {
  path: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** The audits of those categories that did not fully pass, with what Lighthouse says. */
  findings: string[];
  /** Lighthouse's headline performance metrics, e.g. "Largest Contentful Paint 0.9 s". */
  metrics: string[];
  /** The browser Lighthouse drove, e.g. "Chromium 156.0.8078.79" (from its user agent). */
  browser: string;
}

async function auditOne(port: number, origin: string, path: string): Promise<PageScores> {
  const result = await lighthouse(new URL(path, origin).href, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
    // The default configuration is the mobile preset (Moto G Power, simulated slow 4G).
    formFactor: 'mobile',
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const findings: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const detail = [audit.displayValue, audit.explanation].filter(Boolean).join('; ');
      findings.push(`${path} ${category}: ${ref.id} scored ${audit.score}: ${audit.title}${detail ? ` (${detail})` : ''}`);
    }
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => lhr.audits[id])
    .filter((audit) => audit?.displayValue)
    .map((audit) => `${audit!.title} ${audit!.displayValue}`);
  const browser = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(lhr.environment.hostUserAgent)?.[1];
  return { path, scores, findings, metrics, browser: browser ? `Chromium ${browser}` : 'Chromium' };
}

/** Runs Lighthouse on each path of the site at `origin`, one after the other. */
export async function runLighthouse(origin: string, paths: readonly string[] = AUDIT_PATHS): Promise<PageScores[]> {
  const results: PageScores[] = [];
  for (const path of paths) {
    // A fresh browser per page: Lighthouse loses the trace (NO_NAVSTART) when one is reused.
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: ['--headless=new', '--no-sandbox'],
    });
    try {
      results.push(await auditOne(chrome.port, origin, path));
    } finally {
      chrome.kill();
    }
  }
  return results;
}

export function scoreTable(results: readonly PageScores[]): string {
  const header = `| Page | ${CATEGORIES.join(' | ')} |`;
  const rule = `|${' --- |'.repeat(CATEGORIES.length + 1)}`;
  const rows = results.map((result) => `| \`${result.path}\` | ${CATEGORIES.map((category) => result.scores[category]).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

function versionOf(pkg: string): string {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

async function main(): Promise<void> {
  const site = join(PROJECT_ROOT, '.build/audit-site');
  rmSync(site, { recursive: true, force: true });
  console.log('Building the site …');
  const build = astroBuild(PROJECT_ROOT, site, { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '' });
  if (build.status !== 0) {
    console.error(build.output);
    process.exitCode = 1;
    return;
  }
  const server = await startStaticServer(site);
  let results: PageScores[];
  try {
    console.log(`Running Lighthouse (mobile) on ${AUDIT_PATHS.join(', ')} …`);
    results = await runLighthouse(server.origin);
  } finally {
    await server.close();
  }
  const table = scoreTable(results);
  console.log(`\n${table}\n`);
  const findings = results.flatMap((result) => result.findings);
  if (findings.length) console.log(`Not at 100:\n${findings.map((finding) => `  ${finding}`).join('\n')}`);

  const report = [
    '# Lighthouse',
    '',
    'Written by `npm run audit` (scripts/audit.ts): the site built and served on 127.0.0.1 with the',
    'headers of `public/_headers`, audited by Lighthouse with its mobile preset (simulated slow 4G and',
    'a mid-range phone). The target is 100 in every category; `tests/browser/lighthouse.test.ts`',
    'holds accessibility, best practices and SEO at 100 and performance at 90 or more.',
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)} with Lighthouse ${versionOf('lighthouse')} and ${results[0]?.browser} (\`${CHROME_PATH}\`).`,
    '',
    table,
    '',
    '## Performance metrics',
    '',
    ...results.map((result) => `- \`${result.path}\`: ${result.metrics.join(', ')}`),
    '',
    '## Audits below 100',
    '',
    ...(findings.length ? findings.map((finding) => `- ${finding}`) : ['None.']),
    '',
  ].join('\n');
  writeFileSync(join(PROJECT_ROOT, 'docs/lighthouse.md'), report);
  console.log('Wrote docs/lighthouse.md');
  const below = results.some((result) => CATEGORIES.some((category) => result.scores[category] < 100));
  if (below) process.exitCode = 1;
}

if (import.meta.main) await main();
