// Where a site is published: an address with a folder is kept (the site lives in it), one a
// static site cannot be published at is refused with what to write instead, never dropped.
import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../../src/routes/base-path.ts';
import { checkSiteUrl, siteAddressProblem, siteLocation } from '../../src/routes/site-url.ts';
import type { SiteConfig } from '../../src/schemas/site-schema.ts';

const site = (url?: string) => ({ url }) as SiteConfig;
const NO_ENV = {};

describe('the address of the site', () => {
  it.each([
    ['https://www.kine-example.be/privacy/', 'https://www.kine-example.be', '/privacy/'],
    ['https://www.kine-example.be/privacy', 'https://www.kine-example.be', '/privacy/'],
    ['https://privacy.kine-example.be', 'https://privacy.kine-example.be', '/'],
    ['https://privacy.kine-example.be/', 'https://privacy.kine-example.be', '/'],
    ['https://example.org:8443/a/b-c/', 'https://example.org:8443', '/a/b-c/'],
  ])('keeps the folder of %s', (url, origin, base) => {
    expect(siteLocation(site(url), NO_ENV)).toEqual({ url: `${origin}${base}`, origin, base });
  });

  it('takes SITE_URL over site.yaml, and a placeholder without either', () => {
    expect(
      siteLocation(site('https://a.example/x/'), { SITE_URL: 'https://b.example/y/' }).base,
    ).toBe('/y/');
    expect(siteLocation(site(), NO_ENV)).toEqual({
      url: 'https://privacy.example.org/',
      origin: 'https://privacy.example.org',
      base: '/',
    });
  });

  it.each([
    [
      'http://www.example.be/privacy/',
      'it starts with http:, not https:',
      'https://www.example.be/privacy/',
    ],
    [
      'https://www.example.be/privacy/?lang=nl',
      'it has a query (?lang=nl)',
      'https://www.example.be/privacy/',
    ],
    [
      'https://www.example.be/privacy/#top',
      'it has a fragment (#top)',
      'https://www.example.be/privacy/',
    ],
    [
      'https://user:secret@www.example.be/',
      'it holds a user name or password',
      'https://www.example.be/',
    ],
    [
      'https://www.example.be/privacy/index.html',
      'it ends in a file name (index.html)',
      'https://www.example.be/privacy/',
    ],
    [
      'https://www.example.be/mijn privacy/',
      'its folder "mijn privacy" has characters an address must encode',
      '/privacy/',
    ],
    ['www.example.be/privacy', 'it is not a web address', 'https://www.example.be/'],
  ])('refuses %s: %s', (url, problem, fix) => {
    const found = siteAddressProblem(url);
    expect(found?.problem).toContain(problem);
    expect(found?.fix).toContain(fix);
    expect(() => siteLocation(site(url), NO_ENV)).toThrow(problem);
  });

  it('reports an address it cannot honour as an error of the content check, at its line or naming SITE_URL', () => {
    const content = {
      site: site('https://www.example.be/privacy/?x=1'),
      placeOf: (file: string, path: readonly PropertyKey[]) => `${file}:${path.length + 2}`,
    };
    expect(checkSiteUrl(content, NO_ENV)).toEqual([
      {
        file: 'content/site.yaml:3',
        message:
          'the site cannot be published at "https://www.example.be/privacy/?x=1": it has a query (?x=1), and a static site cannot be published under one',
        fix: 'leave it out; a folder of the host is written as a path: https://www.example.be/privacy/',
        severity: 'error',
      },
    ]);
    expect(
      checkSiteUrl({ ...content, site: site() }, { SITE_URL: 'http://www.example.be/' }),
    ).toMatchObject([{ file: 'SITE_URL', severity: 'error' }]);
    expect(checkSiteUrl({ ...content, site: site() }, NO_ENV)).toMatchObject([
      { file: 'content/site.yaml', severity: 'warning' },
    ]);
    expect(
      checkSiteUrl({ ...content, site: site('https://www.example.be/privacy/') }, NO_ENV),
    ).toEqual([]);
  });
});

describe('an address within the site', () => {
  it('is put into the folder of the site, and read back from it', () => {
    expect(withBase('/nl/volledig/', '/privacy/')).toBe('/privacy/nl/volledig/');
    expect(withBase('/favicon.svg', '/')).toBe('/favicon.svg');
    expect(withBase('/', '/privacy/')).toBe('/privacy/');
    expect(() => withBase('nl/', '/privacy/')).toThrow('starts with "/"');
    expect(withoutBase('/privacy/nl/', '/privacy/')).toBe('/nl/');
    expect(withoutBase('/privacy', '/privacy/')).toBe('/');
    expect(withoutBase('/nl/', '/privacy/')).toBeUndefined();
    expect(withoutBase('/privacyverklaring/', '/privacy/')).toBeUndefined();
  });
});
