import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowInlineStyles, inlineStyleHashes } from '../../src/build/header-policy.ts';

const dir = mkdtempSync(join(tmpdir(), 'headers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADERS = `# A comment: style-src 'self' here is not a header
/*
  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'
  X-Frame-Options: DENY
`;

describe('the header policy of _headers', () => {
  it("adds the pages' inline style hashes to style-src, sorted, and changes nothing else", () => {
    const file = join(dir, '_headers');
    writeFileSync(file, HEADERS);
    allowInlineStyles(file, new Set(["'sha256-BBBB'", "'sha256-AAAA'"]));
    expect(readFileSync(file, 'utf8')).toBe(
      HEADERS.replace(
        "style-src 'self'; img-src",
        "style-src 'self' 'sha256-AAAA' 'sha256-BBBB'; img-src",
      ),
    );
  });

  it('leaves the file as it is when no page has an inline style', () => {
    const file = join(dir, '_headers');
    writeFileSync(file, HEADERS);
    allowInlineStyles(file, new Set());
    expect(readFileSync(file, 'utf8')).toBe(HEADERS);
  });

  it("reads the style hashes of a page's own policy", () => {
    expect(
      inlineStyleHashes(
        `<head><meta http-equiv="content-security-policy" content="script-src 'none'; style-src 'self' 'sha256-AAAA'"></head>`,
      ),
    ).toEqual(["'sha256-AAAA'"]);
    expect(inlineStyleHashes('<p>no policy</p>')).toEqual([]);
  });
});
