import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download is not used. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The WCAG 2.2 A and AA rules of axe (wcag22a has no rules of its own beyond wcag21a in axe 4). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const COLOR_SCHEMES = ['light', 'dark'] as const;

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
  /** Console errors and uncaught exceptions (CSP reports are in `csp`). */
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
}

interface CspViolation {
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
  description: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

/**
 * Opens one page of the site served at `origin` in a fresh browser context (no cookies, no cache)
 * and reports, without stopping at the first problem: axe (WCAG 2.2 AA) in light and dark mode,
 * requests to other origins (blocked, and reported), cookies and storage, console errors, CSP
 * violations (securitypolicyviolation events and console reports), and keyboard use.
 */
export async function auditPage(browser: Browser, origin: string, path: string, options: AuditOptions = {}): Promise<PageReport> {
  const { expectedStatus = 200 } = options;
  const report: PageReport = { path, status: undefined, axe: [], requests: [], storage: [], console: [], csp: [], keyboard: [], layout: [] };
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const url = new URL(path, origin).href;
    let navigated = false;

    await page.route('**/*', async (route) => {
      const request = route.request();
      const target = new URL(request.url());
      if (target.origin !== origin) {
        report.requests.push(`${path}: request to another origin: ${request.method()} ${request.url()} (${request.resourceType()})`);
        return route.abort('blockedbyclient');
      }
      // A page that sends the reader on (meta refresh) is tested itself; its target is visited on its own.
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        if (navigated && target.href !== url) return route.abort('aborted');
        navigated = true;
      }
      return route.continue();
    });
    // Requests that never pass the router (e.g. a WebSocket) are still seen here.
    page.on('websocket', (socket) => report.requests.push(`${path}: WebSocket to ${socket.url()}`));

    await page.exposeFunction('__reportCspViolation', (violation: CspViolation) => {
      const where = violation.sourceFile ? ` (${violation.sourceFile.replace(origin, '')}:${violation.lineNumber})` : '';
      const sample = violation.sample ? `, sample "${violation.sample}"` : '';
      report.csp.push(
        `${path}: CSP ${violation.disposition === 'report' ? 'report-only ' : ''}violation of ${violation.effectiveDirective}` +
          ` (${violation.violatedDirective}): blocked ${violation.blockedURI || '(unknown)'}${where}${sample}`,
      );
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (violation: unknown) => void }).__reportCspViolation;
        report({
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
      const text = message.text();
      if (/content.security.policy/i.test(text)) {
        report.csp.push(`${path}: console: ${text}`);
      } else if (message.type() === 'error') {
        const location = message.location().url;
        const isExpectedStatus =
          expectedStatus !== 200 && location === url && text.includes(`status of ${expectedStatus}`);
        if (!isExpectedStatus) report.console.push(`${path}: console error: ${text}${location ? ` (${location.replace(origin, '')})` : ''}`);
      }
    });
    page.on('pageerror', (error) => report.console.push(`${path}: uncaught exception: ${error.message}`));

    const response = await page.goto(url, { waitUntil: 'load' });
    report.status = response?.status();
    if (report.status !== expectedStatus) {
      report.console.push(`${path}: served with status ${report.status}, expected ${expectedStatus}`);
    }
    // Violation events are dispatched as tasks after the fact: let them arrive.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

    for (const colorScheme of COLOR_SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of results.violations) {
        for (const node of violation.nodes) {
          const summary = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
          report.axe.push(
            `${path} [${colorScheme}] ${violation.id} (${violation.impact}): ${violation.help}: ${node.target.join(' ')} ${node.html.slice(0, 160)}${summary ? ` — ${summary}` : ''}`,
          );
        }
      }
      for (const incomplete of results.incomplete.filter((result) => result.id === 'color-contrast')) {
        // Contrast axe cannot decide (e.g. text over a gradient) is not silently passed.
        for (const node of incomplete.nodes) {
          report.axe.push(`${path} [${colorScheme}] color-contrast (needs review): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`);
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });

    report.keyboard.push(...(await keyboardProblems(page, path)));
    // html-validate's tel-non-breaking is off because CSS keeps these links on one line: check it.
    const wrapping = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="tel:"]')]
        .filter((link) => getComputedStyle(link).textWrapMode !== 'nowrap')
        .map((link) => link.outerHTML),
    );
    report.layout.push(...wrapping.map((link) => `${path}: ${link} may break over two lines (white-space is not nowrap)`));

    for (const cookie of await context.cookies()) {
      report.storage.push(`${path}: cookie "${cookie.name}" for ${cookie.domain}${cookie.path}`);
    }
    const stored = await page.evaluate(() => [
      ...Object.keys(localStorage).map((key) => `localStorage "${key}"`),
      ...Object.keys(sessionStorage).map((key) => `sessionStorage "${key}"`),
    ]);
    report.storage.push(...stored.map((item) => `${path}: ${item}`));
  } finally {
    await context.close();
  }
  return report;
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
      'a[href]', 'area[href]', 'button', 'input', 'select', 'textarea', 'summary', 'iframe',
      'audio[controls]', 'video[controls]', '[contenteditable]:not([contenteditable="false"])', '[tabindex]',
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
  const stops = async () => page.evaluate(() => (window as unknown as { __focusStops: FocusStop[] }).__focusStops);

  await page.keyboard.press('Tab');
  // A page that only sends the reader on (meta refresh) has no main content to skip to.
  if (!redirects) {
    const first = await page.evaluate(() => {
      const element = document.activeElement;
      const href = element?.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      return { tag: element?.tagName.toLowerCase(), href, text: element?.textContent?.trim(), targetTag: target?.tagName.toLowerCase() };
    });
    if (first.targetTag !== 'main') {
      problems.push(`${path}: the first Tab focuses <${first.tag} href="${first.href}">${first.text ?? ''}, not a skip link to <main>`);
    } else {
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
      if (focused !== 'main') problems.push(`${path}: activating the skip link focuses <${focused}>, not <main>`);
    }
  }

  // Tab round the whole page (it wraps through the document back to the start).
  for (let press = 0; press < focusable.length + 2; press++) await page.keyboard.press('Tab');
  const reached = await stops();
  const reachedIndexes = new Set(reached.map((stop) => stop.index));
  focusable.forEach((description, index) => {
    if (!reachedIndexes.has(String(index))) problems.push(`${path}: ${description} is focusable but not reached by Tab`);
  });
  const invisible = new Set<string>();
  for (const stop of reached) {
    if (stop.index === null) continue; // <main> after the skip link: focused by script, not by Tab
    const outline = stop.outlineStyle !== 'none' && parseFloat(stop.outlineWidth) > 0;
    const shadow = stop.boxShadow !== 'none' && stop.boxShadow !== '';
    if (!outline && !shadow) invisible.add(`${path}: no visible focus indicator on ${stop.description} (outline ${stop.outlineStyle} ${stop.outlineWidth}, box-shadow ${stop.boxShadow})`);
  }
  problems.push(...invisible);
  return problems;
}
