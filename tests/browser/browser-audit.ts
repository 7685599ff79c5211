import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium.ts';

/** The Chromium of tests/harness/chromium.ts: CHROME_PATH, an installed one, or @sparticuz/chromium's. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules of axe. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const COLOR_SCHEMES = ['light', 'dark'] as const;

/** The axe rules whose outcome depends on colours alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What a reader's browser met on one page. Every problem is a sentence that starts with the page's path. */
export interface PageReport {
  path: string;
  status: number | undefined;
  /** axe violations, in each colour scheme: rule id, element, what is wrong. */
  axe: string[];
  /** Requests to any origin other than the site's, with the URL. */
  requests: string[];
  /** Cookies and web storage the page left behind. */
  storage: string[];
  /** Console errors, uncaught exceptions and a wrong HTTP status (CSP reports are in `csp`). */
  console: string[];
  /** Content Security Policy violations: directive, blocked URL, where. */
  csp: string[];
  /** Skip link, focus order and focus visibility. */
  keyboard: string[];
  /** What the rendering must guarantee for other checks (a telephone number on one line). */
  layout: string[];
}

export interface AuditOptions {
  /** The HTTP status the page should be served with (404 for the error page). */
  expectedStatus?: number;
  /** The colour schemes axe checks: both by default. */
  colorSchemes?: readonly (typeof COLOR_SCHEMES)[number][];
}

export interface AuditorOptions {
  /**
   * Let the page ignore its Content Security Policy. Only for proving that the request check
   * catches, on its own, what the policy would otherwise block first.
   */
  bypassCSP?: boolean;
}

export interface PageAuditor {
  audit(path: string, options?: AuditOptions): Promise<PageReport>;
  close(): Promise<void>;
}

interface CspViolation {
  documentURI: string;
  effectiveDirective: string;
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  disposition: string;
}

interface FocusStop {
  index: string | null;
  tag: string;
  description: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

/**
 * A browser tab that audits pages of the site served at `origin`, one after the other. Each page
 * is reported, without stopping at the first problem: axe (WCAG 2.2 AA) in light and dark mode,
 * requests to other origins (blocked, and reported), cookies and storage, console errors, CSP
 * violations (securitypolicyviolation events and console reports) and keyboard use. Between
 * pages the tab goes to about:blank and cookies and storage are cleared, so that nothing is
 * carried over to the next page (one tab is much faster than a new context per page).
 */
export async function openAuditor(
  browser: Browser,
  origin: string,
  options: AuditorOptions = {},
): Promise<PageAuditor> {
  const context: BrowserContext = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  let current:
    { report: PageReport; url: string; expectedStatus: number; navigated: boolean } | undefined;

  await page.route('**/*', async (route) => {
    const request = route.request();
    const target = new URL(request.url());
    if (target.origin !== origin) {
      current?.report.requests.push(
        `${current.report.path}: request to another origin: ${request.method()} ${request.url()} (${request.resourceType()})`,
      );
      return route.abort('blockedbyclient');
    }
    // A page that sends the reader on (meta refresh) is tested itself; its target is visited on its own.
    if (current && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      if (current.navigated && target.href !== current.url) return route.abort('aborted');
      current.navigated = true;
    }
    return route.continue();
  });
  // Requests that never pass the router (e.g. a WebSocket) are still seen here.
  page.on('websocket', (socket) =>
    current?.report.requests.push(`${current.report.path}: WebSocket to ${socket.url()}`),
  );

  await page.exposeFunction('__reportCspViolation', (violation: CspViolation) => {
    if (!current || violation.documentURI === 'about:blank') return;
    const path = current.report.path;
    const where = violation.sourceFile
      ? ` (${violation.sourceFile.replace(origin, '')}:${violation.lineNumber})`
      : '';
    const sample = violation.sample ? `, sample "${violation.sample}"` : '';
    const violated =
      violation.violatedDirective === violation.effectiveDirective
        ? ''
        : ` (${violation.violatedDirective})`;
    current.report.csp.push(
      `${path}: CSP ${violation.disposition === 'report' ? 'report-only ' : ''}violation of ${violation.effectiveDirective}${violated}:` +
        ` blocked ${violation.blockedURI || '(unknown)'}${where}${sample}`,
    );
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (violation: unknown) => void })
        .__reportCspViolation;
      report({
        documentURI: event.documentURI,
        effectiveDirective: event.effectiveDirective,
        violatedDirective: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        sample: event.sample,
        disposition: event.disposition,
      });
    });
  });

  page.on('console', (message: ConsoleMessage) => {
    if (!current) return;
    const { report, url, expectedStatus } = current;
    const text = message.text();
    const location = message.location().url;
    if (/content.security.policy/i.test(text)) {
      report.csp.push(`${report.path}: console: ${text}`);
    } else if (message.type() === 'error') {
      const isExpectedStatus =
        expectedStatus !== 200 && location === url && text.includes(`status of ${expectedStatus}`);
      if (!isExpectedStatus)
        report.console.push(
          `${report.path}: console error: ${text}${location ? ` (${location.replace(origin, '')})` : ''}`,
        );
    }
  });
  page.on('pageerror', (error) =>
    current?.report.console.push(`${current.report.path}: uncaught exception: ${error.message}`),
  );

  async function audit(path: string, options: AuditOptions = {}): Promise<PageReport> {
    const { expectedStatus = 200, colorSchemes = COLOR_SCHEMES } = options;
    const report: PageReport = {
      path,
      status: undefined,
      axe: [],
      requests: [],
      storage: [],
      console: [],
      csp: [],
      keyboard: [],
      layout: [],
    };
    const url = new URL(path, origin).href;
    current = { report, url, expectedStatus, navigated: false };
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(url, { waitUntil: 'load' });
      report.status = response?.status();
      if (report.status !== expectedStatus) {
        report.console.push(
          `${path}: served with status ${report.status}, expected ${expectedStatus}`,
        );
      }
      // Violation events are dispatched as tasks after the fact: let them arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

      // The keyboard first, on the page as loaded: axe moves the point where tabbing starts.
      report.keyboard.push(...(await keyboardProblems(page, path)));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      for (const colorScheme of colorSchemes) {
        await page.emulateMedia({ colorScheme });
        // Passes are not needed: asking only for violations and undecided results is faster
        // (options() replaces every option, so it comes before withTags()). Legacy mode runs axe
        // in the page itself instead of finishing each run in a new blank page: twice as fast,
        // and it only gives up cross-origin frames, which the CSP forbids anyway. The dark
        // scheme changes colours only, so there only the colour rules run again.
        const builder = new AxeBuilder({ page })
          .options({ resultTypes: ['violations', 'incomplete'] })
          .setLegacyMode(true);
        const results = await (
          colorScheme === 'light' ? builder.withTags(AXE_TAGS) : builder.withRules(COLOUR_RULES)
        ).analyze();
        for (const violation of results.violations) {
          for (const node of violation.nodes) {
            const summary = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
            report.axe.push(
              `${path} [${colorScheme}] ${violation.id} (${violation.impact}): ${violation.help}: ${node.target.join(' ')} ${node.html.slice(0, 160)}${summary ? ` — ${summary}` : ''}`,
            );
          }
        }
        // Contrast axe cannot decide (e.g. text over an image) is not silently passed.
        for (const incomplete of results.incomplete.filter(
          (result) => result.id === 'color-contrast',
        )) {
          for (const node of incomplete.nodes) {
            report.axe.push(
              `${path} [${colorScheme}] color-contrast (needs review): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
            );
          }
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // html-validate's tel-non-breaking is off because CSS keeps these links on one line: check it.
      const wrapping = await page.evaluate(() =>
        [...document.querySelectorAll('a[href^="tel:"]')]
          .filter((link) => getComputedStyle(link).textWrapMode !== 'nowrap')
          .map((link) => link.outerHTML),
      );
      report.layout.push(
        ...wrapping.map(
          (link) => `${path}: ${link} may break over two lines (white-space is not nowrap)`,
        ),
      );

      for (const cookie of await context.cookies()) {
        report.storage.push(`${path}: cookie "${cookie.name}" for ${cookie.domain}${cookie.path}`);
      }
      const stored = await page.evaluate(() => {
        const keys = [
          ...Object.keys(localStorage).map((key) => `localStorage "${key}"`),
          ...Object.keys(sessionStorage).map((key) => `sessionStorage "${key}"`),
        ];
        localStorage.clear();
        sessionStorage.clear();
        return keys;
      });
      report.storage.push(...stored.map((item) => `${path}: ${item}`));
    } catch (error) {
      report.console.push(
        `${path}: the audit failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      await context.clearCookies();
      // Leave the page, so that nothing it does later is put down to the next one.
      current = undefined;
      await page.goto('about:blank').catch(() => undefined);
    }
    return report;
  }

  return { audit, close: () => context.close() };
}

/** Audits one page in a tab of its own. */
export async function auditPage(
  browser: Browser,
  origin: string,
  path: string,
  options: AuditOptions & AuditorOptions = {},
): Promise<PageReport> {
  const auditor = await openAuditor(browser, origin, options);
  try {
    return await auditor.audit(path, options);
  } finally {
    await auditor.close();
  }
}

/**
 * The keyboard on a freshly loaded page: the first Tab reaches the skip link, Enter on it moves
 * focus to <main>; tabbing on reaches every focusable element; each shows a visible focus
 * indicator (an outline of some width, or a box-shadow).
 */
async function keyboardProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const { focusable, redirects } = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'area[href]',
      'button',
      'input',
      'select',
      'textarea',
      'summary',
      'iframe',
      'audio[controls]',
      'video[controls]',
      '[contenteditable]:not([contenteditable="false"])',
      '[tabindex]',
    ].join(', ');
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.matches(':disabled') &&
        !element.closest('[inert]') &&
        element.checkVisibility({ visibilityProperty: true }),
    );
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const href = element.getAttribute('href');
      return `<${element.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}>${text}`;
    };
    elements.forEach((element, index) => element.setAttribute('data-focus-index', String(index)));
    const stops: unknown[] = [];
    (window as unknown as { __focusStops: unknown[] }).__focusStops = stops;
    document.addEventListener(
      'focusin',
      (event) => {
        const element = event.target as HTMLElement;
        const style = getComputedStyle(element);
        stops.push({
          index: element.getAttribute('data-focus-index'),
          tag: element.tagName.toLowerCase(),
          description: describe(element),
          outlineStyle: style.outlineStyle,
          outlineWidth: style.outlineWidth,
          boxShadow: style.boxShadow,
        });
      },
      true,
    );
    return {
      focusable: elements.map(describe),
      redirects: document.querySelector('meta[http-equiv="refresh" i]') !== null,
    };
  });

  await page.keyboard.press('Tab');
  // A page that only sends the reader on (meta refresh) has no main content to skip to.
  if (!redirects) {
    const first = await page.evaluate(() => {
      const element = document.activeElement;
      const href = element?.getAttribute('href') ?? '';
      const target = href.startsWith('#')
        ? document.getElementById(decodeURIComponent(href.slice(1)))
        : null;
      return {
        tag: element?.tagName.toLowerCase(),
        href,
        text: element?.textContent?.trim(),
        targetTag: target?.tagName.toLowerCase(),
      };
    });
    if (first.targetTag !== 'main') {
      problems.push(
        `${path}: the first Tab focuses <${first.tag} href="${first.href}">${first.text ?? ''}, not a skip link to <main>`,
      );
    } else {
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
      if (focused !== 'main')
        problems.push(`${path}: activating the skip link focuses <${focused}>, not <main>`);
    }
  }

  // Tab round the whole page, one press at a time: from <main> to the end of the page, out through
  // the browser's own focus stops (how many there are is the browser's business), back in at the top
  // and on until focus comes to an element this round has reached already. No count of presses is
  // assumed; the bound only stops a page whose focus never comes round.
  const limit = focusable.length * 2 + 20;
  const round = await tabRound(page, limit);
  if (!round.closed) {
    problems.push(
      `${path}: after ${limit} presses of Tab focus had not come back to an element it had reached (${focusable.length} focusable elements)`,
    );
  }
  const reached = await page.evaluate(
    () => (window as unknown as { __focusStops: FocusStop[] }).__focusStops,
  );
  const reachedIndexes = new Set(reached.map((stop) => stop.index));
  focusable.forEach((description, index) => {
    if (!reachedIndexes.has(String(index)))
      problems.push(`${path}: ${description} is focusable but not reached by Tab`);
  });
  const invisible = new Set<string>();
  for (const stop of reached) {
    if (stop.tag === 'main') continue; // focused by the skip link (tabindex="-1"), not by Tab
    const outline = stop.outlineStyle !== 'none' && parseFloat(stop.outlineWidth) > 0;
    const shadow = stop.boxShadow !== 'none' && stop.boxShadow !== '';
    if (!outline && !shadow) {
      invisible.add(
        `${path}: no visible focus indicator on ${stop.description} (outline ${stop.outlineStyle} ${stop.outlineWidth}, box-shadow ${stop.boxShadow})`,
      );
    }
  }
  problems.push(...invisible);
  return problems;
}

/**
 * Presses Tab, waiting for each press, until focus lands on an element already reached in this
 * round (the round is closed) or `limit` presses have been made. Focus outside the page (the
 * browser's own stops) or on <body> counts as no element.
 */
async function tabRound(page: Page, limit: number): Promise<{ closed: boolean; presses: number }> {
  const seen = new Set<string>();
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(
      () => document.activeElement?.getAttribute('data-focus-index') ?? null,
    );
    if (index === null) continue;
    if (seen.has(index)) return { closed: true, presses };
    seen.add(index);
  }
  return { closed: false, presses: limit };
}
