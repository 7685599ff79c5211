// Pages finished in worker threads while the build renders the next ones: each comes back as the
// build's own thread would have finished it, its policy narrowed and its problems found.
import { describe, expect, it } from 'vitest';
import { finishPage, type FinishedPage } from '../../src/build/finish-page.ts';
import type { OutputRules } from '../../src/build/output-scan.ts';
import { PageWorkers } from '../../src/build/page-workers.ts';

const rules: OutputRules = {
  siteOrigin: 'https://privacy.example.org',
  base: '/',
  allowedOrigins: new Set(),
  allowedUrls: new Set(),
  scriptPages: new Set(['/nl/zoeken/']),
};
// The hash of "p{color:red}", which Astro would have put in every page's policy.
const styleHash = "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='";
const policy = `default-src 'none'; script-src 'self' 'sha256-AAAA'; style-src 'self' ${styleHash}`;
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
            : `<p>${index}</p><style>p{color:red}</style>`,
      ),
    }));
    const finishers = new PageWorkers(rules, 2);
    try {
      const finished = await Promise.all(
        pages.map(({ html, file }) => finishers.finish(html, file)),
      );
      const page = ({ html, problems, styles }: Omit<FinishedPage, 'cpu'>) => ({
        html,
        problems,
        styles,
      });
      expect(finished.map(page)).toEqual(
        pages.map(({ html, file }) => page(finishPage(html, file, rules))),
      );
      expect(finished[1]!.problems[0]).toMatch(/^\/nl\/1\/ \(nl\/1\/index\.html:1\): <a href=/);
      expect(finished[0]!.problems).toEqual([]);
      // Scripts only on the search page: another page with the same script file may run none.
      expect(finished[0]!.html).toContain("script-src 'self';");
      expect(finished[3]!.html).toContain("script-src 'none';");
      expect(finished[3]!.problems[0]).toContain('a script; only the search page may run one');
      expect(finished[2]!.html).toContain("script-src 'none'");
      // The inline styles a page's own policy allows, for the header policy.
      expect(finished[2]!.styles).toEqual([styleHash]);
      expect(finished[1]!.styles).toEqual([]);
    } finally {
      await finishers.close();
    }
  });
});
