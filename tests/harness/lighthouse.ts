// Lighthouse (mobile preset) on pages of a served site: npm run audit and the browser tests run it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  path: string;
  /** 0–100 per category. */
  scores: Partial<Record<Category, number>>;
  /** The audits of those categories that did not fully pass, with what Lighthouse says. */
  findings: string[];
  /** Lighthouse's headline performance metrics, e.g. "Largest Contentful Paint 0.9 s". */
  metrics: string[];
  /** The browser Lighthouse drove, e.g. "Chromium 156.0.8078.79". */
  browser: string;
  /** The performance score of every run of this page, in order (see RunOptions.retryBelow). */
  performanceRuns: number[];
}

export interface RunOptions {
  /**
   * Performance is simulated from timings measured on this machine, so a busy machine lowers it.
   * A page that scores below this is audited again (up to `retries` times) and its best run kept;
   * every run's score is reported in performanceRuns.
   */
  retryBelow?: number;
  retries?: number;
  /** The categories to audit (default: all four). Without performance, nothing is timed. */
  categories?: readonly Category[];
}

async function auditOne(
  port: number,
  origin: string,
  path: string,
  categories: readonly Category[],
): Promise<Omit<PageScores, 'performanceRuns'>> {
  const result = await lighthouse(new URL(path, origin).href, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...categories],
    // The default configuration is the mobile preset (Moto G Power, simulated slow 4G).
    formFactor: 'mobile',
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    categories.map((category) => [
      category,
      Math.round((lhr.categories[category]?.score ?? 0) * 100),
    ]),
  ) as Record<Category, number>;
  const findings: string[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const detail = [audit.displayValue, audit.explanation].filter(Boolean).join('; ');
      findings.push(
        `${path} ${category}: ${ref.id} scored ${audit.score}: ${audit.title}${detail ? ` (${detail})` : ''}`,
      );
    }
  }
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]
    .map((id) => lhr.audits[id])
    .filter((audit) => audit?.displayValue)
    .map((audit) => `${audit!.title} ${audit!.displayValue}`);
  // The user agent gives only the major version; the DevTools endpoint tells the full one.
  const version = await fetch(`http://127.0.0.1:${port}/json/version`)
    .then((response) => response.json() as Promise<{ Browser?: string }>)
    .then((info) => info.Browser?.replace(/^(Headless)?Chrome\//, ''))
    .catch(() => undefined);
  return {
    path,
    scores,
    findings,
    metrics,
    browser: `Chromium ${version ?? 'of unknown version'}`,
  };
}

/** Runs Lighthouse on each path of the site at `origin`, one after the other. */
export async function runLighthouse(
  origin: string,
  paths: readonly string[],
  { retryBelow = 0, retries = 0, categories = CATEGORIES }: RunOptions = {},
): Promise<PageScores[]> {
  const chromePath = (await findChromium()).path;
  const timed = categories.includes('performance');
  // Lighthouse loses the performance trace (NO_NAVSTART) in a reused browser: a fresh one per
  // run then. The other categories share one browser.
  let shared = timed
    ? undefined
    : await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  const results: PageScores[] = [];
  try {
    for (const path of paths) {
      let best: Omit<PageScores, 'performanceRuns'> | undefined;
      const performanceRuns: number[] = [];
      for (
        let run = 0;
        run <= retries && (!best || (best.scores.performance ?? 100) < retryBelow);
        run++
      ) {
        const chrome =
          shared ?? (await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS }));
        try {
          const result = await auditOne(chrome.port, origin, path, categories);
          if (result.scores.performance !== undefined)
            performanceRuns.push(result.scores.performance);
          if (!best || (result.scores.performance ?? 0) > (best.scores.performance ?? 0))
            best = result;
        } finally {
          if (!shared) chrome.kill();
        }
      }
      results.push({ ...best!, performanceRuns });
    }
  } finally {
    shared?.kill();
    shared = undefined;
  }
  return results;
}

export function scoreTable(results: readonly PageScores[]): string {
  const header = `| Page | ${CATEGORIES.join(' | ')} |`;
  const rule = `|${' --- |'.repeat(CATEGORIES.length + 1)}`;
  const rows = results.map((result) => {
    const runs =
      result.performanceRuns.length > 1 ? ` (runs: ${result.performanceRuns.join(', ')})` : '';
    const cells = CATEGORIES.map(
      (category) => `${result.scores[category]}${category === 'performance' ? runs : ''}`,
    );
    return `| \`${result.path}\` | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
