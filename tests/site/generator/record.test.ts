// The record anyone can verify: each version's fingerprint (the SHA-256 of what was sealed) on its
// pages, in versions.json and the feed, recomputable from versions.json alone; each version in
// each language as one file a reader can keep; and npm run verify, which checks a built site or a
// saved copy page by page against the seals.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/model/read-content.ts';
import { verifyPages, versionPageFiles } from '../../../src/verify/verify-pages.ts';
import { runScript } from '../../harness/project-copy.ts';
import { htmlFiles, readPage, select, selectAll, textOf } from '../../helpers/html.ts';
import { builtCopy, builtSite } from '../../helpers/sites.ts';

const site = builtSite('secondOrganization');
const file = (path: string) => readFileSync(join(site, path), 'utf8');
const LANGUAGES = [
  { locale: 'de', versions: 'versionen', file: 'datei', name: 'datenschutzerklaerung' },
  { locale: 'en', versions: 'versions', file: 'file', name: 'privacy-statement' },
  { locale: 'fr', versions: 'versions', file: 'fichier', name: 'declaration-de-confidentialite' },
];
const VERSIONS = ['2024-03-01', '2025-04-01'];
/** The content model of the copy the clinic's site was built from: what npm run verify reads. */
let clinic: ReturnType<typeof readContent>['content'];
const clinicContent = () => (clinic ??= readContent(builtCopy('secondOrganization')).content)!;

interface Listed {
  version: string;
  fingerprint: string;
  seal: unknown;
  urls: { file: string };
}
const listed = (locale: string, versions: string): Listed[] =>
  (JSON.parse(file(`${locale}/${versions}.json`)) as { versions: Listed[] }).versions;

/** JSON with every object's keys sorted and no spaces: what `jq -cS` writes. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const compact = (text: string) => text.replace(/\s+/g, '');

describe("a version's fingerprint", () => {
  it('can be recomputed by anyone from versions.json: the SHA-256 of { seal, version } as sorted JSON', () => {
    for (const { locale, versions } of LANGUAGES) {
      const entries = listed(locale, versions);
      expect(entries.map((entry) => entry.version).sort()).toEqual(VERSIONS);
      for (const entry of entries)
        expect(entry.fingerprint).toBe(
          sha256(sortedJson({ seal: entry.seal, version: entry.version })),
        );
    }
    // Every language lists the same fingerprint: it is the version's, not the page's.
    expect(
      new Set(LANGUAGES.flatMap((l) => listed(l.locale, l.versions).map((e) => e.fingerprint)))
        .size,
    ).toBe(2);
  });

  it('is shown on every page of the version, short and in full, as versions.json lists it, and in the feed', () => {
    for (const { locale, versions } of LANGUAGES) {
      const feed = file(`${locale}/feed.xml`);
      for (const { version, fingerprint } of listed(locale, versions)) {
        const pages = htmlFiles(site).filter(
          (path) =>
            path.startsWith(`${locale}/${versions}/${version}/`) && !path.includes('/datei/'),
        );
        expect(pages.length).toBeGreaterThanOrEqual(4);
        for (const path of pages) {
          const page = readPage(site, path);
          const full = select('.record .fingerprint', page);
          expect(full?.properties.dataVersion, path).toBe(version);
          expect(compact(textOf(full!)), path).toBe(fingerprint);
          expect(compact(textOf(select('.record summary', page)!)), path).toMatch(
            new RegExp(`:${fingerprint.slice(0, 16)}$`),
          );
        }
        expect(feed).toContain(`<code>${fingerprint}</code>`);
      }
    }
  });

  it('is not on the audience views, which stay as light as they were', () => {
    const view = readPage(site, 'de/patienten');
    expect(select('.record', view)).toBeUndefined();
    expect(selectAll('link[rel="stylesheet"]', view)).toHaveLength(1);
  });
});

describe('each version as one file a reader can keep', () => {
  it('is linked from each page of the version, with a name to save it under', () => {
    for (const { locale, versions, file: slug, name } of LANGUAGES)
      for (const version of VERSIONS) {
        const link = select(
          '.record a[download]',
          readPage(site, `${locale}/${versions}/${version}/`),
        );
        expect(link?.properties.href).toBe(`/${locale}/${versions}/${version}/${slug}/`);
        expect(link?.properties.download).toBe(`${name}-${version}-${locale}.html`);
        expect(listed(locale, versions).find((entry) => entry.version === version)?.urls.file).toBe(
          `https://privacy.example.org/${locale}/${versions}/${version}/${slug}/`,
        );
      }
  });

  it('holds the whole version, its corrections and its fingerprint, and loads nothing: no script, no stylesheet, no image', () => {
    const path = 'fr/versions/2025-04-01/fichier/index.html';
    const html = file(path);
    const page = readPage(site, path);
    const version = readPage(site, 'fr/versions/2025-04-01');
    // The text of every passage of the full version page, and nothing of the page's navigation.
    const passages = (root: typeof page) =>
      selectAll('.statement [id]', root).map((node: Element) => `${node.properties.id}`);
    expect(passages(page)).toEqual(passages(version));
    expect(textOf(select('.statement', page)!)).toBe(
      textOf(select('.statement', version)!)
        .replace(/ ?(?:Cette section en (?:allemand|anglais))+ ?/g, ' ')
        .replace(/\s+/g, ' '),
    );
    expect(compact(textOf(select('.fingerprint', page)!))).toBe(
      listed('fr', 'versions').find((entry) => entry.version === '2025-04-01')!.fingerprint,
    );
    expect(
      selectAll(
        'script, img, iframe, object, embed, link[rel="stylesheet"], link[rel="icon"]',
        page,
      ),
    ).toEqual([]);
    expect(selectAll('nav, .site-header, .site-footer', page)).toEqual([]);
    expect(html).not.toMatch(/\ssrc=|url\(|@import/);
  });

  it('carries its stylesheet inside, hashed in its own policy, which stands first in <head> and allows nothing else', () => {
    const html = file('de/versionen/2024-03-01/datei/index.html');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="de" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*">/,
    );
    const policy = /content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain(`style-src 'self' ${hash}`);
    // Served from the site, the header policy applies too: it allows that stylesheet.
    expect(file('_headers')).toMatch(
      new RegExp(`style-src 'self' ${hash.replace(/[+/]/g, '\\$&')};`),
    );
  });
});

describe('npm run verify', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** The built site of a copy, copied again, so that a change to it stays in this test. */
  function savedCopy(name: 'project' | 'secondOrganization'): string {
    const dir = mkdtempSync(join(tmpdir(), 'saved-site-'));
    copies.push(dir);
    cpSync(builtSite(name), dir, { recursive: true });
    return dir;
  }

  it("passes on a fresh build, every page with a version's text as sealed: version pages and files, and the current version's pages", () => {
    const verify = runScript(builtCopy('project'), 'verify', ['dist']);
    expect(verify.status, verify.output).toBe(0);
    // 24 pages and files of the two versions, 2 × 5 pages of the current one (4 audiences, in full).
    expect(verify.output).toMatch(
      /\n34 pages with a version's text: 34 as sealed, 0 differ\. \(The other pages hold no statement text: the home page, the archive, comparisons, search\.\)\n$/,
    );
    expect(verify.output).not.toContain('\u2716');
    // The second organisation, in three languages, checked in this process as the command does.
    const clinic = verifyPages(clinicContent(), site, versionPageFiles(clinicContent()));
    expect(clinic).toHaveLength(42);
    expect(clinic.filter((page) => page.differences.length > 0)).toEqual([]);
  });

  it('names the page and the version when one byte of a version page is changed, and exits 1', () => {
    const saved = savedCopy('project');
    const path = 'nl/versies/2023-09-27/medewerker/index.html';
    const bytes = readFileSync(join(saved, path));
    const at = bytes.indexOf('Wij vinden jouw privacy belangrijk');
    expect(at).toBeGreaterThan(0);
    bytes[at + 4] = 'V'.charCodeAt(0);
    writeFileSync(join(saved, path), bytes);

    const verify = runScript(builtCopy('project'), 'verify', [saved]);
    expect(verify.status).toBe(1);
    expect(verify.output).toContain(
      `\u2716 ${path}: version 2023-09-27 (nl, employee) differs from what was sealed:\n    the passage #wat-mag-je-van-ons-verwachten-1 reads "Wij Vinden jouw privacy belangrijk.`,
    );
    expect(verify.output.match(/\u2716/g)).toHaveLength(1);
    expect(verify.output).toMatch(/ as sealed, 1 differs\. /);
  });

  it('names a changed word on a page of the current version, as a reader sees it today', () => {
    const saved = savedCopy('project');
    const path = 'nl/bezoeker/index.html';
    writeFileSync(
      join(saved, path),
      readFileSync(join(saved, path), 'utf8').replace(
        'Deze gegevens bewaren wij <span',
        'Deze gegevens bewaren wij soms <span',
      ),
    );
    const verify = runScript(builtCopy('project'), 'verify', [saved]);
    expect(verify.status).toBe(1);
    expect(verify.output).toContain(
      `\u2716 ${path}: version 2023-09-27 (nl, visitor) differs from what was sealed:`,
    );
  });

  it('names a file whose fingerprint was changed, and a page with text added between passages', () => {
    const saved = savedCopy('secondOrganization');
    const edit = (path: string, change: (html: string) => string) =>
      writeFileSync(join(saved, path), change(readFileSync(join(saved, path), 'utf8')));
    edit('de/versionen/2025-04-01/datei/index.html', (html) =>
      html.replace(
        /(class="fingerprint"[^>]*>)(.)/,
        (_all, start: string, first: string) => `${start}${first === '0' ? '1' : '0'}`,
      ),
    );
    edit('en/versions/2024-03-01/patients/index.html', (html) => {
      const statement = html.indexOf('class="statement"');
      const heading = html.indexOf('</h2>', statement) + '</h2>'.length;
      return `${html.slice(0, heading)}<p>We never share anything.</p>${html.slice(heading)}`;
    });
    const differ = verifyPages(clinicContent(), saved, versionPageFiles(clinicContent())).filter(
      (page) => page.differences.length > 0,
    );
    expect(
      differ.map(({ file, version, locale, audience }) => [file, version, locale, audience]),
    ).toEqual([
      ['de/versionen/2025-04-01/datei/index.html', '2025-04-01', 'de', undefined],
      ['en/versions/2024-03-01/patients/index.html', '2024-03-01', 'en', 'patient'],
    ]);
    expect(differ[0]!.differences).toEqual([
      expect.stringMatching(/^it shows the fingerprint [0-9a-f]{64}, the seal gives [0-9a-f]{64}$/),
    ]);
    expect(differ[1]!.differences).toEqual([
      expect.stringMatching(
        /^the statement has text that is not the version's: ".*We never share anything\./,
      ),
    ]);
  });

  it('checks a single saved page, and finds no page of a version where there is none', () => {
    const one = verifyPages(
      clinicContent(),
      join(site, 'fr/versions/2024-03-01/fichier/index.html'),
    );
    expect(
      one.map(({ file, version, locale, differences }) => [file, version, locale, differences]),
    ).toEqual([['index.html', '2024-03-01', 'fr', []]]);
    expect(verifyPages(clinicContent(), join(site, 'de/suche'))).toEqual([]);
  });
});
