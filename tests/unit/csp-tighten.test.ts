import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tightenCsp } from '../../src/build/csp-tighten.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];
const ASTRO = `default-src 'none';img-src 'self'; script-src 'self' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC';`;

describe("each page's policy", () => {
  it('allows no script at all on a page without one, and keeps every other directive', () => {
    expect(policyOf(tightenCsp(page(ASTRO, '<p>Tekst</p>'), { scripts: false }))).toBe(
      "default-src 'none'; img-src 'self'; script-src 'none'; style-src 'self'",
    );
  });

  it('does not count a JSON-LD block as a script: it never runs', () => {
    expect(
      policyOf(
        tightenCsp(
          page(ASTRO, '<script type="application/ld+json">{"@type":"Organization"}</script>'),
          { scripts: true },
        ),
      ),
    ).toContain("script-src 'none'");
  });

  it("keeps 'self' where the page loads a script file, with the keywords it was given", () => {
    const html = page(
      ASTRO.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"),
      '<script type="module" src="/_astro/search.js"></script>',
    );
    expect(policyOf(tightenCsp(html, { scripts: true }))).toContain(
      "script-src 'self' 'wasm-unsafe-eval';",
    );
  });

  it('keeps the hash of an inline script or style the page holds, and only that one', () => {
    const script = 'console.log(1)';
    const style = 'p{color:red}';
    const html = page(
      ASTRO.replace("'sha256-BBBB'", sha(script)).replace(
        "'sha256-CCCC'",
        `'sha256-CCCC' ${sha(style)}`,
      ),
      `<script>${script}</script><style>${style}</style>`,
    );
    expect(policyOf(tightenCsp(html, { scripts: true }))).toContain(`script-src ${sha(script)};`);
    expect(policyOf(tightenCsp(html, { scripts: true }))).toContain(
      `style-src 'self' ${sha(style)}`,
    );
  });

  it('allows no script on a page that may not run one, whatever the page holds', () => {
    const script = 'console.log(1)';
    const html = page(
      ASTRO.replace("'sha256-BBBB'", sha(script)),
      `<script>${script}</script><script type="module" src="/_astro/search.js"></script>`,
    );
    expect(policyOf(tightenCsp(html, { scripts: false }))).toContain("script-src 'none';");
    expect(policyOf(tightenCsp(html, { scripts: true }))).toContain(
      `script-src 'self' ${sha(script)};`,
    );
  });

  it('puts the policy first in <head>, after the character set, so that it governs everything after it', () => {
    const style = 'p{color:red}';
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style><meta http-equiv="content-security-policy" content="style-src 'self' ${sha(style)}"></head><body></body></html>`;
    expect(tightenCsp(html, { scripts: false })).toBe(
      `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="style-src 'self' ${sha(style)}"><style>${style}</style></head><body></body></html>`,
    );
  });

  it('leaves a page without a meta policy as it is', () => {
    expect(tightenCsp('<p>x</p>', { scripts: false })).toBe('<p>x</p>');
  });
});
