// The preview an editor works with (npm run dev), in a browser without JavaScript: with a mistake in
// content/ every page is the report of npm run check, readable as it is; once the mistake is
// fixed the statement is back; a draft, which readers never see, says so on its pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_EPOCH, runScript } from '../harness/project-copy.ts';
import { CLINIC, edit, scenario } from '../helpers/copies.ts';
import { launchBrowser } from './browser-audit.ts';

const STAFF = 'content/staff/2025-04-01/de.mdx';

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** npm run dev (scripts/dev.ts) in a copy of the project, once it answers. */
async function startPreview(
  dir: string,
): Promise<{ origin: string; stop: () => void; output: () => string }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(dir, 'scripts/dev.ts'), '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      env: {
        // As npm run dev has it from a shell: without vitest's variables, which make Astro leave
        // its pages to vitest (VITEST) and Vite serve for tests (NODE_ENV), nor those a build in
        // the same test process may have set (PRIVACY_STATEMENT_ROOT names another project).
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => !name.startsWith('VITEST') && !name.startsWith('PRIVACY_STATEMENT_'),
          ),
        ),
        NODE_ENV: 'development',
        SOURCE_DATE_EPOCH: FIXED_EPOCH,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const origin = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    if (child.exitCode !== null) throw new Error(`npm run dev stopped:\n${output}`);
    try {
      await fetch(origin);
      return { origin, stop: () => child.kill(), output: () => output };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  child.kill();
  throw new Error(`npm run dev did not answer within a minute:\n${output}`);
}

describe('the preview of npm run dev, in a browser without JavaScript', () => {
  const dir = scenario({ content: CLINIC });
  let preview: Awaited<ReturnType<typeof startPreview>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let original: string;

  beforeAll(async () => {
    // A draft to come (not announced), and a mistake in a statement file.
    expect(runScript(dir, 'new-version', ['2099-06-01']).status).toBe(0);
    edit(dir, 'content/versions.yaml', (text) =>
      text
        .replace('de: ""', 'de: Entwurf.')
        .replace('en: ""', 'en: Draft.')
        .replace('fr: ""', 'fr: Brouillon.'),
    );
    original = readFileSync(join(dir, STAFF), 'utf8');
    edit(dir, STAFF, (text) =>
      text
        .replace('<Purpose>Um Ihre', '<Purpse>Um Ihre')
        .replace('prüfen</Purpose>', 'prüfen</Purpse>'),
    );
    [preview, browser] = await Promise.all([startPreview(dir), launchBrowser()]);
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    preview?.stop();
  });

  it('answers every page with the report of npm run check while the content has an error', async () => {
    for (const path of ['/', '/de/', '/en/patients/']) {
      const response = await page.goto(`${preview.origin}${path}`);
      expect(response?.status(), path).toBe(500);
      expect(await page.locator('h1').textContent()).toBe(
        // The warnings: the site's address, the draft, a copy outside git (no history to prove seals
        // by), and the draft's six purpose marks around a condition (two in each language).
        'The content has 2 errors and 9 warnings',
      );
      const problems = await page.locator('li').allTextContents();
      expect(problems.map((text) => text.replace(/\s+/g, ' ').trim())).toContain(
        '✖ Error content/staff/2025-04-01/de.mdx:9:3 unknown component <Purpse>: did you mean <Purpose>? How to fix: write <Purpose> (marks the words that say why data is processed); the components are <Audiences>, <Organization>, <Email>, <Phone>, <Purpose>, <Recipients>, <Retention>, <Right>',
      );
      expect(
        problems.filter((text) =>
          /^⚠ Warning content\/\w+\/2099-06-01\/(de|en|fr)\.mdx:\d+ <Purpose>.+<\/Purpose> holds a condition, not a purpose/.test(
            text.replace(/\s+/g, ' ').trim(),
          ),
        ),
      ).toHaveLength(6);
      expect(await page.locator('script').count()).toBe(0);
    }
    // The terminal where npm run dev runs says it too, once.
    const told = preview.output();
    expect(told).toContain(
      '\u2716 error: content/staff/2025-04-01/de.mdx:9:3: unknown component <Purpse>: did you mean <Purpose>?',
    );
    expect(told.split('unknown component <Purpse>').length).toBe(2);
  });

  it(
    'shows the statement again once the mistake is fixed and saved',
    { timeout: 120_000 },
    async () => {
      writeFileSync(join(dir, STAFF), original);
      // The report page asks again every few seconds (a refresh of its own, which a test's own
      // navigation would collide with: it leaves the page first); the preview notices the change
      // when the file watcher reports it, which a loaded machine may take a while to do.
      await page.goto('about:blank');
      let status: number | undefined;
      for (const started = Date.now(); Date.now() - started < 90_000;) {
        status = (await fetch(`${preview.origin}/de/`)).status;
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status, preview.output().slice(-3000)).toBe(200);
      expect((await page.goto(`${preview.origin}/de/`))?.status()).toBe(200);
      expect(preview.output()).toContain(
        '\u2714 The content has no errors: the preview shows the statement again.',
      );
      expect(await page.locator('h1').textContent()).toBe('Wer sind Sie?');
    },
  );

  it('marks a draft as not published on its pages', async () => {
    const response = await page.goto(`${preview.origin}/de/versionen/2099-06-01/`);
    expect(response?.status()).toBe(200);
    const notes = (await page.locator('.notice--version').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(notes).toContain(
      'Entwurf, nicht veröffentlicht. Nur diese Vorschau zeigt den Entwurf: Leserinnen und Leser sehen diese Fassung erst, wenn sie angekündigt ist.',
    );
    expect(await page.locator('.badge').first().textContent()).toBe(
      'Entwurf, nicht veröffentlicht',
    );
  });
});
