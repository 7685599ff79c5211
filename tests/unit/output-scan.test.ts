import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanOutput, type OutputRules } from '../../src/build/output-scan.ts';

const rules: OutputRules = {
  siteOrigin: 'https://privacy.example.org',
  base: '/',
  allowedOrigins: new Set(['https://www.autoriteitpersoonsgegevens.nl']),
  allowedUrls: new Set(['https://example.com/written-in-the-text']),
  scriptPages: new Set(['/nl/zoeken/']),
};

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head>${head}</head><body>${body}</body></html>`;

describe('the scan of a built site', () => {
  it('passes pages that stay on the site and link where they may', () => {
    const dir = site({
      'nl/index.html': page(
        '<a href="/nl/volledig/">x</a><a href="https://www.autoriteitpersoonsgegevens.nl/klacht">ap</a><a href="https://example.com/written-in-the-text">t</a><a href="mailto:a@b.nl">m</a><a href="tel:+31">t</a><script type="application/ld+json">{"a":"\\u003c"}</script>',
        '<link rel="canonical" href="https://privacy.example.org/nl/"><link rel="stylesheet" href="/_astro/a.css">',
      ),
      'nl/zoeken/index.html': page('<script type="module" src="/_astro/search.js"></script>'),
      '_astro/a.css': 'body{background:url(/bg.svg)}',
    });
    expect(scanOutput(dir, rules)).toEqual([]);
  });

  it('passes the logo of site.yaml as the one image, and no other', () => {
    const withLogo = { ...rules, logo: '/brand/logo.svg' };
    expect(
      scanOutput(
        site({
          'nl/index.html': page('<img src="/brand/logo.svg" alt="" width="40" height="40">'),
        }),
        withLogo,
      ),
    ).toEqual([]);
    for (const image of [
      '<img src="/brand/other.svg" alt="">',
      '<img src="/brand/logo.svg" srcset="https://evil.example/x.png 2x" alt="">',
    ]) {
      expect(scanOutput(site({ 'nl/index.html': page(image) }), withLogo).join('\n')).toContain(
        'a <img> element',
      );
    }
    expect(
      scanOutput(site({ 'nl/index.html': page('<img src="/brand/logo.svg" alt="">') }), rules).join(
        '\n',
      ),
    ).toContain('a <img> element');
  });

  it.each([
    [page('<script>alert(1)</script>'), 'a script; only the search page may run one'],
    [page('<script src="/_astro/x.js"></script>'), 'a script; only the search page may run one'],
    [page('<a href="javascript:alert(1)">x</a>'), 'the scheme javascript: may run code'],
    [page('<a href=" JaVaScRiPt:alert(1)">x</a>'), 'the scheme javascript: may run code'],
    [page('<form action="javascript:alert(1)"></form>'), 'the scheme javascript:'],
    [page('<a href="data:text/html,x">x</a>'), 'the scheme data:'],
    [
      page('<a href="https://evil.example/">x</a>'),
      'a link to another site (https://evil.example) that neither the configuration nor the statement text names',
    ],
    [page('<a href="//evil.example/">x</a>'), 'a link to another site (https://evil.example)'],
    [page('<img src="https://evil.example/pixel.gif">'), 'a <img> element'],
    [
      page('', '<link rel="stylesheet" href="https://evil.example/a.css">'),
      'it loads from another site (https://evil.example)',
    ],
    [page('<p onclick="alert(1)">x</p>'), 'an event handler attribute (onClick)'],
    [
      page('<p style="background:url(https://evil.example/x)">x</p>'),
      'CSS loads "https://evil.example/x"',
    ],
    [
      page('<style>@import "https://evil.example/a.css";</style>'),
      'CSS loads "https://evil.example/a.css"',
    ],
    [page('<iframe src="/nl/"></iframe>'), 'a <iframe> element'],
    [page('', '<base href="https://evil.example/">'), 'a <base> element'],
    [
      page('', '<meta http-equiv="refresh" content="0; url=https://evil.example/">'),
      'a refresh to "https://evil.example/"',
    ],
    [
      page('<script type="application/ld+json">{"a":"</script>"}</script>'),
      'embedded JSON (JSON-LD) is not valid JSON: an unescaped "</script>" may have ended it early',
    ],
    [
      page('<script type="application/ld+json">{"a":"<b>"}</script>'),
      'embedded JSON (JSON-LD) holds "<" or ">" unescaped',
    ],
  ])('refuses %j, naming the page', (html, problem) => {
    const found = scanOutput(site({ 'nl/bezoeker/index.html': html }), rules);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/nl\/bezoeker\/ \(nl\/bezoeker\/index\.html:\d+\): /),
      ]),
    );
    expect(found.join('\n')).toContain(problem);
  });

  it('refuses CSS files that load from another site', () => {
    expect(
      scanOutput(
        site({ '_astro/a.css': 'a{background:url("https://evil.example/x.png")}' }),
        rules,
      ),
    ).toEqual([
      '/_astro/a.css: CSS loads "https://evil.example/x.png": it loads from another site (https://evil.example)',
    ]);
  });

  describe('of a site in a folder of its host', () => {
    // The practice's site is https://www.kine-example.be/privacy/; the rest of the host is its website.
    const inFolder: OutputRules = {
      ...rules,
      siteOrigin: 'https://www.kine-example.be',
      base: '/privacy/',
      allowedOrigins: new Set(['https://www.kine-example.be']),
      allowedUrls: new Set(),
      scriptPages: new Set(['/nl/zoeken/']),
      logo: '/privacy/brand/logo.svg',
    };

    it('passes addresses in the folder, relative ones, and links to the website the configuration names', () => {
      const dir = site({
        'nl/index.html': page(
          '<a href="/privacy/nl/volledig/">x</a><a href="volledig/">x</a><a href="../fr/">x</a><a href="https://www.kine-example.be/">site</a><img src="/privacy/brand/logo.svg" alt="">',
          '<link rel="canonical" href="https://www.kine-example.be/privacy/nl/"><link rel="stylesheet" href="/privacy/_astro/a.css"><meta http-equiv="refresh" content="0; url=/privacy/nl/">',
        ),
        'nl/zoeken/index.html': page(
          '<script type="module" src="/privacy/_astro/search.js"></script><form action="/privacy/nl/zoeken/"></form>',
        ),
        '_astro/a.css': 'body{background:url(/privacy/_astro/bg.svg)}i{background:url(bg.svg)}',
      });
      expect(scanOutput(dir, inFolder)).toEqual([]);
    });

    it.each([
      ['<a href="/nl/volledig/">x</a>', '<a href="/nl/volledig/">', '/nl/volledig/'],
      ['<a href="../../nl/">x</a>', '<a href="../../nl/">', '/nl/'],
      ['<form action="/nl/zoeken/"></form>', '<form action="/nl/zoeken/">', '/nl/zoeken/'],
      [
        '<link rel="canonical" href="https://www.kine-example.be/nl/">',
        '<link href="https://www.kine-example.be/nl/">',
        '/nl/',
      ],
      ['<link rel="icon" href="/favicon.svg">', '<link href="/favicon.svg">', '/favicon.svg'],
      ['<meta http-equiv="refresh" content="0; url=/nl/">', 'a refresh to "/nl/"', '/nl/'],
    ])('refuses %j: it leads out of the folder', (html, where, path) => {
      const found = scanOutput(site({ 'nl/index.html': page(html) }), inFolder).join('\n');
      expect(found).toContain(where);
      expect(found).toContain(
        `it leads out of the site's folder /privacy/, to ${path}, which the host serves for something else; write it with the folder (/privacy${path})`,
      );
    });

    it('refuses a script, stylesheet or image from the rest of the host, and CSS that loads from it', () => {
      const found = scanOutput(
        site({
          'nl/zoeken/index.html': page(
            '<script type="module" src="/_astro/search.js"></script>',
            '<link rel="stylesheet" href="/_astro/a.css">',
          ),
          '_astro/a.css': 'body{background:url(/_astro/bg.svg)}',
        }),
        inFolder,
      );
      expect(found).toEqual([
        '/_astro/a.css: CSS loads "/_astro/bg.svg": it leads out of the site\'s folder /privacy/, to /_astro/bg.svg, which the host serves for something else; write it with the folder (/privacy/_astro/bg.svg)',
        expect.stringContaining('<link href="/_astro/a.css">: it leads out'),
        expect.stringContaining('<script src="/_astro/search.js">: it leads out'),
      ]);
      expect(
        scanOutput(
          site({ 'nl/index.html': page('<img src="/brand/logo.svg" alt="">') }),
          inFolder,
        ).join('\n'),
      ).toContain('a <img> element');
    });
  });
});
