import { describe, expect, it } from 'vitest';
import { judgeLink } from '../../src/guard/hyperlinks.ts';

describe('links in a statement', () => {
  it.each([
    'https://autoriteitpersoonsgegevens.nl/',
    'mailto:privacy@example.org',
    'tel:+31575123456',
  ])('allows %s', (href) => {
    expect(judgeLink(href).kind).toBe('external');
  });

  it.each(['/nl/volledig/', '#wat-zijn-jouw-rechten', '../versies/', 'bewaartermijnen/'])(
    'allows the link within the site %s',
    (href) => {
      expect(judgeLink(href).kind).toBe('site');
    },
  );

  it('allows http: with a warning that offers https:', () => {
    expect(judgeLink('http://example.org/a')).toMatchObject({
      kind: 'warning',
      fix: expect.stringContaining('https://example.org/a'),
    });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ftp://example.org/',
    'blob:https://example.org/x',
    'chrome://settings',
  ])('refuses %j, naming its scheme', (href) => {
    const verdict = judgeLink(href);
    expect(verdict.kind).toBe('error');
    expect(verdict.kind === 'error' && verdict.message).toMatch(
      /uses the scheme [a-z]+:|not a valid address/,
    );
  });

  it.each(['//evil.example/x', '\\\\evil.example', '/\\evil.example', '\t//evil.example'])(
    'refuses the protocol-relative %j',
    (href) => {
      expect(judgeLink(href)).toMatchObject({
        kind: 'error',
        message: expect.stringContaining('protocol-relative'),
      });
    },
  );

  it('reads "https:host" as the other site it is', () => {
    expect(judgeLink('https:evil.example')).toEqual({
      kind: 'external',
      url: 'https://evil.example/',
    });
  });
});
