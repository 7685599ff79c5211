// Each layer of "content is data" refuses hostile content on its own: with the layers before it
// turned off in a copy of the project (tests/helpers/defence-layers.ts), the same hostile paragraph
// in a published version is refused by the content check, then by the guard inside the real
// Astro build, then by the scan of the built site; the published dist/ stays byte for byte, with
// nothing of the paragraph in it. (The fourth layer, each page's policy, is shown in Chromium:
// tests/browser/defence-layers.test.ts.) Removing any one layer from the code fails its test here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startScript } from '../../harness/project-copy.ts';
import {
  CLINIC,
  filesContaining,
  publish,
  scenario,
  STACK_TRACE,
  treeHash,
} from '../../helpers/copies.ts';
import { addHostileParagraph, HOSTILE_FILE, turnOffLayers } from '../../helpers/defence-layers.ts';
import { builtSite } from '../../helpers/sites.ts';

/**
 * A copy with the hostile paragraph and the first `off` layers turned off, built once by its own
 * npm run build (its own code, in its own process), side by side with the others.
 */
function attempt(off: number) {
  const dir = scenario({ content: CLINIC });
  const before = publish(dir, builtSite('secondOrganization'));
  addHostileParagraph(dir);
  turnOffLayers(dir, off);
  return { dir, before, build: startScript(dir, 'build') };
}

/** Words of the paragraph that would be in the site only if it got through. */
const TRACES = [
  'dataset.inline',
  'pagefind/pagefind.js" type',
  'trace-of-frame.example',
  'dataset.link',
];

function expectNothingPublished(dir: string, before: string) {
  expect(treeHash(join(dir, 'dist'))).toBe(before);
  for (const trace of TRACES) {
    expect(filesContaining(join(dir, 'dist'), trace), trace).toEqual([]);
    // (Astro's own cache, .build/astro-cache, keeps the text it read: it is never served.)
    expect(filesContaining(join(dir, '.build/next'), trace), trace).toEqual([]);
  }
}

const where = HOSTILE_FILE.replace(/[./]/g, '\\$&');

describe('layer 1, the content check, with every layer after it in place', () => {
  const { dir, before, build } = attempt(0);

  it('refuses the paragraph before anything is built, naming the file, the line and each piece', async () => {
    const { status, output: report } = await build;
    expect(status, report).toBe(1);
    for (const piece of [
      /found the HTML element <script>/,
      /found the HTML element <iframe>/,
      /uses the scheme javascript:/,
    ])
      expect(report).toMatch(new RegExp(`${where}:\\d+:\\d+: .*${piece.source}`));
    expect(report).toMatch(/✖ The content has \d+ problems?: nothing was published/);
    expect(report).not.toMatch(STACK_TRACE);
    expectNothingPublished(dir, before);
  });
});

describe('layer 2, the guard of the MDX pipeline, with the content check turned off', () => {
  const { dir, before, build } = attempt(1);

  it('refuses the paragraph inside the real Astro build, naming the file and each piece', async () => {
    const { status, output: report } = await build;
    expect(status, report).toBe(1);
    expect(report).toContain(
      `${HOSTILE_FILE}: the statement file holds what a statement may not; nothing was built.`,
    );
    for (const piece of [
      /found the HTML element <script>/,
      /found the HTML element <iframe>/,
      /uses the scheme javascript:/,
    ])
      expect(report).toMatch(new RegExp(`${where}:\\d+:\\d+: .*${piece.source}`));
    expect(report).toContain('✖ The build failed: nothing was published, dist/ is as it was.');
    expectNothingPublished(dir, before);
  });
});

describe('layer 3, the scan of the built site, with the content check and the MDX guard turned off', () => {
  const { dir, before, build } = attempt(2);

  it('refuses the built pages that hold the paragraph, naming each page and each piece', async () => {
    const { status, output: report } = await build;
    expect(status, report).toBe(1);
    for (const page of [
      '/de/patienten/',
      '/de/versionen/2025-04-01/patienten/',
      '/de/versionen/2025-04-01/datei/',
    ]) {
      const at = `✖ ${page} \\(${page.slice(1)}index\\.html:\\d+\\): `;
      expect(report).toMatch(new RegExp(`^${at}a script; only the search page may run one$`, 'm'));
      expect(report).toMatch(
        new RegExp(
          `^${at}<a href="javascript:document\\.documentElement\\.dataset\\.link=1">: the scheme javascript: may run code`,
          'm',
        ),
      );
      expect(report).toMatch(
        new RegExp(`^${at}a <iframe> element, which loads content from elsewhere$`, 'm'),
      );
    }
    expect(report).toMatch(/✖ The built site has \d+ problems?: nothing was published/);
    expectNothingPublished(dir, before);
  });
});
