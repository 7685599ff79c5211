import { tightenCsp } from './csp-tighten.ts';
import { inlineStyleHashes } from './header-policy.ts';
import { pagePath, scanPage, type OutputRules } from './output-scan.ts';

export interface FinishedPage {
  /** The page as it is published: with its own policy. */
  html: string;
  /** What the output scan refuses in it (scanPage); none when it may be published. */
  problems: string[];
  /** The hashes of the inline styles its own policy allows, for the header policy (header-policy.ts). */
  styles: string[];
  /** CPU time it took, in microseconds (of the thread that did it). */
  cpu: number;
}

/**
 * What the build does to each page it renders, before it is written: the output scan, on the page
 * as Astro made it, then the page's own Content-Security-Policy, scripts only where the page may
 * run one. `file` is the file the page is published as (nl/index.html).
 */
export function finishPage(html: string, file: string, rules: OutputRules): FinishedPage {
  const start = process.threadCpuUsage();
  const problems = scanPage(html, file, rules);
  const tightened = tightenCsp(html, { scripts: rules.scriptPages.has(pagePath(file)) });
  const styles = inlineStyleHashes(tightened);
  const { user, system } = process.threadCpuUsage(start);
  return { problems, html: tightened, styles, cpu: user + system };
}
