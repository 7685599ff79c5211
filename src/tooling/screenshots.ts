import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../lib/model/content.ts';
import { routeSlugs } from '../lib/route-slugs.ts';
import { urlFor, type PageRef } from '../lib/routes.ts';
import { versionTimeline } from '../lib/versions.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

/** The widths shown: a small phone, and a laptop. */
export const WIDTHS = [360, 1280] as const;

export interface Shot {
  /** File name without width and extension, e.g. "role-view". */
  name: string;
  path: string;
}

/**
 * The pages a reader meets, in the binding language: home, a role view, the full statement, the
 * archive, the latest comparison for that role, the search page with a reader's question, and the
 * retention schedule.
 */
export function shotsOf(content: Content, buildDate: string): Shot[] {
  const locale = content.binding.code;
  const slugs = routeSlugs(content, locale);
  const timeline = versionTimeline(content.versions, buildDate);
  const role = content.site.audiences.at(-1)!.id;
  const previous = timeline.archived[0];
  const question = content.search.questions[locale]?.[0]?.question;
  const at = (page: PageRef) => urlFor(page, slugs);
  return [
    { name: 'home', path: at({ kind: 'home', locale }) },
    { name: 'role-view', path: at({ kind: 'role', locale, role }) },
    { name: 'full-statement', path: at({ kind: 'full', locale }) },
    { name: 'archive', path: at({ kind: 'archive', locale }) },
    ...(previous ? [{ name: 'comparison', path: at({ kind: 'changes', locale, from: previous.date, to: timeline.current.date, role }) }] : []),
    { name: 'search', path: `${at({ kind: 'search', locale })}${question ? `?q=${encodeURIComponent(question)}` : ''}` },
    { name: 'retention', path: at({ kind: 'retention', locale }) },
  ];
}

export interface ShotOptions {
  /** The whole page instead of the first screen. */
  fullPage?: boolean;
  colorScheme?: 'light' | 'dark';
}

/** Screenshots of `shots` of the built `site` at every width into `outputDir` (name-width.png); returns the files. */
export async function takeScreenshots(site: string, shots: readonly Shot[], outputDir: string, options: ShotOptions = {}): Promise<string[]> {
  mkdirSync(outputDir, { recursive: true });
  const server = await startStaticServer(site);
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 800 }, deviceScaleFactor: 1, colorScheme: options.colorScheme ?? 'light', baseURL: server.origin });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(shot.path, { waitUntil: 'networkidle' });
        if (shot.path.includes('?q=')) await page.waitForFunction(() => document.querySelector('[data-search-results]:not([aria-busy="true"]) li'), null, { timeout: 10_000 }).catch(() => undefined);
        const file = join(outputDir, `${shot.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
        written.push(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}
