import { describe, expect, it } from 'vitest';
import { inlineStyleHashes } from '../../src/build/header-policy.ts';

describe('the header policy', () => {
  it("reads the style hashes of a page's own policy", () => {
    expect(
      inlineStyleHashes(
        `<head><meta http-equiv="content-security-policy" content="script-src 'none'; style-src 'self' 'sha256-AAAA'"></head>`,
      ),
    ).toEqual(["'sha256-AAAA'"]);
    expect(inlineStyleHashes('<p>no policy</p>')).toEqual([]);
  });
});
