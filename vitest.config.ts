import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects (npm test runs all three; npm run test:unit is the quick loop):
 *   unit     the library, with no build: seconds
 *   site     the built HTML, JSON and feeds of sites built by scripts/build.ts in copies of the
 *            project, exactly as users build; and what the build refuses
 *   browser  the built site in Chromium
 * site and browser share the builds of tests/setup/build-sites.ts, made once per run; a build
 * that fails stops the run with the build's own report.
 */
export default defineConfig({
  test: {
    // At least two files at a time, even on two cores: browser and build tests spend much of their
    // time waiting on Chromium and on child processes (vitest's default leaves one core free).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // unit and browser files share their workers' loaded modules (isolate: false): they keep no
      // state between files, and loading Playwright, axe and the content model once saves seconds.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fixed-date.ts'],
          testTimeout: 60_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          setupFiles: ['tests/setup/fixed-date.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          isolate: false,
        },
      },
    ],
  },
});
