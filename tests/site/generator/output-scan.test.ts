// The build scans what it built before it publishes it: every page as Astro renders it, and every
// other file it wrote (a page of public/, a style sheet). Code changed to put a link to another
// site on every page, or a page with a script put in public/, stops the build with the pages
// named, and the published site stays as it was.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/build/build-site.ts';
import { CLINIC, edit, publish, scenario, treeHash } from '../../helpers/copies.ts';
import { builtSite } from '../../helpers/sites.ts';

const published = builtSite('secondOrganization');

describe('the scan of the built site', () => {
  it('names every rendered page that links to a site nobody named, and publishes nothing', async () => {
    const dir = scenario({ content: CLINIC });
    const before = publish(dir, published);
    edit(dir, 'src/components/SiteNav.astro', (text) =>
      text.replace('<ul>', '<ul><li><a href="https://elsewhere.example/">x</a></li>'),
    );
    const { ok, report } = await buildSite(dir);
    expect(ok, report).toBe(false);
    const lines = report.split('\n').filter((line) => line.includes('elsewhere.example'));
    // Every page has the navigation: the home pages and the 404 pages among them, each named once,
    // an English 404 page by the file it is published as.
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\u2716 \/de\/ \(de\/index\.html:\d+\): <a href=/),
        expect.stringMatching(/^\u2716 \/404\.html \(404\.html:\d+\): <a href=/),
        expect.stringMatching(/^\u2716 \/en\/404\.html \(en\/404\.html:\d+\): <a href=/),
      ]),
    );
    expect(report).not.toContain('404/index.html');
    expect(lines.length).toBeGreaterThan(50);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines[0]).toContain(
      'a link to another site (https://elsewhere.example) that neither the configuration nor the statement text names',
    );
    expect(report).toMatch(
      /\u2716 The built site has \d+ problems: nothing was published, dist\/ is as it was\./,
    );
    expect(treeHash(join(dir, 'dist'))).toBe(before);
  });

  it('scans a page that Astro copies from public/ as well', async () => {
    const dir = scenario({ content: CLINIC });
    writeFileSync(join(dir, 'public/hello.html'), '<!doctype html><p>x</p><script>x()</script>');
    const { ok, report } = await buildSite(dir);
    expect(ok, report).toBe(false);
    expect(report).toContain(
      '\u2716 /hello.html (hello.html:1): a script; only the search page may run one',
    );
  });
});
