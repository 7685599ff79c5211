import { accessSync, constants } from 'node:fs';
import { Launcher } from 'chrome-launcher';

/** Where the Chromium the tests, the audit and the benchmark drive comes from. */
export interface FoundChromium {
  path: string;
  /** CHROME_PATH, an installed Chrome or Chromium, or the npm package @sparticuz/chromium. */
  source: 'CHROME_PATH' | 'installed' | '@sparticuz/chromium';
}

/**
 * The project's own launch arguments, for any of the three browsers. Never those of
 * @sparticuz/chromium (they turn off web security, and with it the CSP the tests check).
 * Headless, no first-run and no background traffic (a closed network refuses it, noisily).
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The answer for each CHROME_PATH asked about (the search is slow: it may unpack a browser). */
const found = new Map<string | undefined, Promise<FoundChromium>>();

/**
 * Finds a Chromium on any machine: CHROME_PATH if set; else an installed Chrome or Chromium (as
 * chrome-launcher lists them); else the Chromium that the npm package @sparticuz/chromium ships
 * for Linux, unpacked on first use. A machine with none of the three gets one message that says
 * what to do.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
): Promise<FoundChromium> {
  const answer = found.get(env.CHROME_PATH) ?? search(env);
  found.set(env.CHROME_PATH, answer);
  return answer;
}

async function search(env: Record<string, string | undefined>): Promise<FoundChromium> {
  if (env.CHROME_PATH) {
    if (executable(env.CHROME_PATH)) return { path: env.CHROME_PATH, source: 'CHROME_PATH' };
    throw new Error(
      `CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file. Point it at Chrome or Chromium, or unset it.`,
    );
  }
  let installed: string[] = [];
  try {
    installed = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws when it finds none.
  }
  const path = installed.find(executable);
  if (path) return { path, source: 'installed' };
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium' };
  } catch (cause) {
    throw new Error(
      'No Chromium found: CHROME_PATH is not set, no Chrome or Chromium is installed, and the Chromium of the npm package @sparticuz/chromium ' +
        `could not be used here (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}). ` +
        'Install Chrome or Chromium, or set CHROME_PATH to one.',
    );
  }
}

/** How many times a browser that dies while starting is started again. */
const LAUNCH_ATTEMPTS = 3;

/**
 * Starts the Chromium findChromium() finds, through Playwright, with the project's arguments. A
 * browser that crashes while it starts (seen, rarely, on a loaded machine: SIGSEGV before the
 * first page) is started again, up to LAUNCH_ATTEMPTS times in all; a browser that cannot start
 * at all still fails, with the last error.
 */
export async function launchChromium(): Promise<import('playwright-core').Browser> {
  const { chromium } = await import('playwright-core');
  const executablePath = (await findChromium()).path;
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      if (attempt >= LAUNCH_ATTEMPTS) throw error;
      console.warn(
        `Chromium did not start (attempt ${attempt} of ${LAUNCH_ATTEMPTS}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
}
