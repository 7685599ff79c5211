import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../src/model/content-model.ts';
import { launchChromium } from './chromium.ts';
import { readerPages, type ReaderPage } from './reader-pages.ts';
import { startStaticServer } from './static-server.ts';

/** The widths shown: a small phone, and a laptop. */
const WIDTHS = [360, 1280] as const;

/** The pages shown: every kind a reader meets but an earlier version (it looks like the current one). */
export function shotsOf(content: Content, buildDate: string): ReaderPage[] {
  return readerPages(content, buildDate).filter((page) => page.name !== 'earlier-version');
}

export interface ShotOptions {
  /** The whole page instead of the first screen. */
  fullPage?: boolean;
  colorScheme?: 'light' | 'dark';
  /** The folder of the host the site is published in ("/privacy/"): it is served there. */
  base?: string;
}

/** Screenshots of `shots` of the built `site` at every width into `outputDir` (name-width.png); returns the files. */
export async function takeScreenshots(
  site: string,
  shots: readonly ReaderPage[],
  outputDir: string,
  options: ShotOptions = {},
): Promise<string[]> {
  mkdirSync(outputDir, { recursive: true });
  const server = await startStaticServer(site, { base: options.base ?? '/' });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 780 : 800 },
        deviceScaleFactor: 1,
        colorScheme: options.colorScheme ?? 'light',
        baseURL: server.origin,
      });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(shot.path, { waitUntil: 'networkidle' });
        if (shot.path.includes('?q='))
          await page
            .waitForFunction(
              () => document.querySelector('[data-search-results]:not([aria-busy="true"]) li'),
              null,
              { timeout: 10_000 },
            )
            .catch(() => undefined);
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
