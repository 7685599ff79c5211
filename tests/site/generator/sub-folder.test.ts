// A site published in a folder of its host: the physiotherapy practice of
// tests/fixtures/physiotherapy-practice, whose site.yaml says url: https://www.kine-example.be/privacy/
// (the rest of the host is the practice's own website). Every address the built site writes, in its
// pages, stylesheets, feeds, data, calendar files and host files, is in that folder; the browser
// suite (tests/browser/pages.test.ts) serves it there only.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/model/read-content.ts';
import { searchRecords } from '../../../src/search/records.ts';
import { versionPageFiles, verifyPages } from '../../../src/verify/verify-pages.ts';
import { versionTimeline } from '../../../src/versions/timeline.ts';
import { readPage, select, selectAll } from '../../helpers/html.ts';
import { builtCopy, builtOn, builtSite } from '../../helpers/sites.ts';

const site = builtSite('physiotherapyPractice');
const FOLDER = '/privacy/';
const PUBLISHED = 'https://www.kine-example.be/privacy/';
/** The practice's own website (organization.yaml), on the same host: the one address outside the folder. */
const WEBSITE = 'https://www.kine-example.be/';
const file = (path: string) => readFileSync(join(site, path), 'utf8');
/** A calendar file with its long lines unfolded (RFC 5545 folds them at 75 octets). */
const calendar = (path: string) => file(path).replace(/\r\n[ \t]/g, '');
const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
  (name) => !name.startsWith('pagefind/'),
);

/** The addresses a file writes: attributes of HTML, url() of CSS, and every address on the site's host. */
function addresses(name: string): string[] {
  const text = file(name);
  return [
    ...[...text.matchAll(/\b(?:href|src|action)="([^"#]*)/g)].map((match) => match[1]!),
    ...[...text.matchAll(/url\(\s*['"]?([^'")]*)/g)].map((match) => match[1]!),
    ...[...text.matchAll(/url=([^"';]*)/g)].map((match) => match[1]!),
    ...[...text.matchAll(/https:\/\/www\.kine-example\.be[^\s"'<>)]*/g)].map((match) => match[0]),
  ].filter((address) => address.startsWith('/') || address.startsWith('https://www.kine-example'));
}

describe('a site in a folder of its host', () => {
  it('writes every address of its own, in every kind of file, in that folder', () => {
    const outside = files
      .filter((name) => /\.(html|css|xml|json|ics|txt|vcf)$/.test(name))
      .flatMap((name) =>
        addresses(name)
          .filter(
            (address) =>
              !address.startsWith(FOLDER) && !address.startsWith(PUBLISHED) && address !== WEBSITE,
          )
          .map((address) => `${name}: ${address}`),
      );
    expect(outside).toEqual([]);
    // The check finds addresses at all: it is not an empty pass.
    expect(addresses('nl-be/index.html').length).toBeGreaterThan(20);
  });

  it('names its published address in canonical links, alternates, feeds, data and security.txt', () => {
    const home = readPage(site, 'nl-be');
    expect(select('link[rel="canonical"]', home)?.properties.href).toBe(`${PUBLISHED}nl-be/`);
    expect(
      selectAll('link[rel="alternate"][hreflang]', home).map((link) => link.properties.href),
    ).toEqual([`${PUBLISHED}nl-be/`, `${PUBLISHED}fr/`, `${PUBLISHED}nl-be/`]);
    expect(file('nl-be/feed.xml')).toContain(
      `<link rel="self" href="${PUBLISHED}nl-be/feed.xml"/>`,
    );
    const versions = JSON.parse(file('nl-be/versies.json')) as {
      versions: { urls: { page: string; calendar: string | null } }[];
    };
    expect(versions.versions.map((version) => version.urls.page)).toEqual([
      `${PUBLISHED}nl-be/versies/2025-07-01/`,
      `${PUBLISHED}nl-be/versies/2024-05-01/`,
    ]);
    expect(versions.versions[0]!.urls.calendar).toBe(`${PUBLISHED}nl-be/versies/2025-07-01.ics`);
    expect(calendar('nl-be/versies/2025-07-01.ics')).toContain(
      `URL;VALUE=URI:${PUBLISHED}nl-be/versies/2025-07-01/`,
    );
    expect(file('.well-known/security.txt')).toContain(
      `Canonical: ${PUBLISHED}.well-known/security.txt`,
    );
  });

  it('sends readers from its first page, and from its 404 page, into the folder', () => {
    expect(
      select('meta[http-equiv="refresh"]', readPage(site, 'index.html'))?.properties.content,
    ).toBe('0; url=/privacy/nl-be/');
    const notFound = readPage(site, '404.html');
    const links = selectAll('a[href], link[href]', notFound).map((link) =>
      String(link.properties.href),
    );
    const addresses = links.filter((href) => href.startsWith('/'));
    expect(addresses.length).toBeGreaterThan(10);
    expect(addresses.filter((href) => !href.startsWith(FOLDER))).toEqual([]);
  });

  it("puts the statement's own link to a file of the site into the folder", () => {
    expect(
      selectAll('.statement a', readPage(site, 'nl-be/volledig')).map(
        (link) => link.properties.href,
      ),
    ).toContain('/privacy/contact.vcf');
  });

  it('points its search script, its form and its results into the folder', () => {
    const search = readPage(site, 'nl-be/zoeken');
    const config = JSON.parse(
      String(select('form[data-search-config]', search)?.properties.dataSearchConfig),
    ) as { bundle: string; fullPage: string };
    expect(config).toMatchObject({
      bundle: '/privacy/pagefind/pagefind.js',
      fullPage: '/privacy/nl-be/volledig/',
    });
    expect(select('form.search-form', search)?.properties.action).toBe('/privacy/nl-be/zoeken/');
    const content = readContent(builtCopy('physiotherapyPractice')).content!;
    const records = [
      ...searchRecords(
        content,
        versionTimeline(content.versions, builtOn('physiotherapyPractice')),
      ),
    ];
    expect(records.length).toBeGreaterThan(20);
    // Within the site: Pagefind puts results into the folder its script is served from
    // (/privacy/pagefind/pagefind.js), as the browser suite's search shows.
    expect(records.filter((record) => !/^\/(nl-be|fr)\//.test(record.url))).toEqual([]);
  });

  it('gives every host its headers for the folder: _headers, nginx and Apache', () => {
    expect(file('_headers')).toMatch(/^\/privacy\/\*$/m);
    expect(file('_headers')).toMatch(/^\/privacy\/_astro\/\*$/m);
    expect(file('_nginx.conf')).toMatch(/^location \^~ \/privacy\/ \{$/m);
    expect(file('.htaccess')).toContain('ErrorDocument 404 /privacy/404.html');
    // Strict-Transport-Security covers the whole host: in a folder, not every subdomain as well.
    expect(file('_headers')).toMatch(/^ {2}Strict-Transport-Security: max-age=63072000$/m);
  });
});

describe('npm run verify on a site in a folder', () => {
  const saved = mkdtempSync(join(tmpdir(), 'saved-host-'));
  afterAll(() => rmSync(saved, { recursive: true, force: true }));
  const content = () => readContent(builtCopy('physiotherapyPractice')).content!;

  it('verifies a copy of the host as a browser saves it, in the folder, and names a version page that lost its fingerprint', () => {
    cpSync(site, join(saved, 'privacy'), { recursive: true });
    const page = 'privacy/nl-be/versies/2024-05-01/patienten/index.html';
    writeFileSync(
      join(saved, page),
      readFileSync(join(saved, page), 'utf8').replace(/class="fingerprint"/, 'class="gone"'),
    );
    const verdicts = verifyPages(content(), saved, versionPageFiles(content()));
    expect(verdicts.filter((verdict) => verdict.differences.length === 0).length).toBeGreaterThan(
      10,
    );
    expect(verdicts.filter((verdict) => verdict.differences.length > 0)).toEqual([
      {
        file: page,
        version: '2024-05-01',
        locale: 'nl-BE',
        audience: 'patient',
        differences: [
          "the page shows no fingerprint: it is at a version's address, but not a version's page as published",
        ],
      },
    ]);
  });
});
