import { tightenCsp } from './csp-tighten.ts';
import { scanPage, type OutputRules } from './output-scan.ts';

export interface FinishedPage {
  /** The page as it is published: with its own policy. */
  html: string;
  /** What the output scan refuses in it (scanPage); none when it may be published. */
  problems: string[];
}

/**
 * What the build does to each page it renders, before it is written: the output scan, on the page
 * as Astro made it, then the page's own Content-Security-Policy. `file` is its file in the site
 * (nl/index.html).
 */
export function finishPage(html: string, file: string, rules: OutputRules): FinishedPage {
  return { problems: scanPage(html, file, rules), html: tightenCsp(html) };
}
