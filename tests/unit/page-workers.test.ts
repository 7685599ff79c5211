// Pages finished in worker threads while the build renders the next ones: each comes back as the
// build's own thread would have finished it, its policy narrowed and its problems found.
import { describe, expect, it } from 'vitest';
import { finishPage } from '../../src/build/finish-page.ts';
import type { OutputRules } from '../../src/build/output-scan.ts';
import { PageWorkers } from '../../src/build/page-workers.ts';

const rules: OutputRules = {
  siteOrigin: 'https://privacy.example.org',
  allowedOrigins: new Set(),
  allowedUrls: new Set(),
  scriptPages: new Set(['/nl/zoeken/']),
};
const policy = "default-src 'none'; script-src 'self' 'sha256-AAAA'; style-src 'self'";
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('pages finished beside the build', () => {
  it('come back as the build would finish them itself, however many are sent at once', async () => {
    const pages = Array.from({ length: 40 }, (_, index) => ({
      file: index === 0 ? 'nl/zoeken/index.html' : `nl/${index}/index.html`,
      html: page(
        index % 3 === 0
          ? '<script type="module" src="/_astro/search.js"></script>'
          : index % 3 === 1
            ? `<a href="https://elsewhere.example/${index}">x</a>`
            : `<p>${index}</p>`,
      ),
    }));
    const finishers = new PageWorkers(rules, 2);
    try {
      const finished = await Promise.all(
        pages.map(({ html, file }) => finishers.finish(html, file)),
      );
      const page = ({ html, problems }: { html: string; problems: string[] }) => ({
        html,
        problems,
      });
      expect(finished.map(page)).toEqual(
        pages.map(({ html, file }) => page(finishPage(html, file, rules))),
      );
      expect(finished[1]!.problems[0]).toMatch(/^\/nl\/1\/ \(nl\/1\/index\.html:1\): <a href=/);
      expect(finished[0]!.problems).toEqual([]);
      expect(finished[2]!.html).toContain("script-src 'none'");
    } finally {
      await finishers.close();
    }
  });
});
