// What the static host sends besides the pages: the headers of the `_headers` file the build
// writes (applied by the test server the way Netlify and Cloudflare Pages apply them), the same
// headers in the files it writes for nginx and Apache, the 404 page, robots.txt and
// .well-known/security.txt (RFC 9116). For the project's own site and for the physiotherapy
// practice, which is published in a folder of its host (/privacy/): every path is in that folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../helpers/crawl.ts';
import { readPage, select } from '../helpers/html.ts';
import { builtBase, builtCopy, builtOn, builtSite } from '../helpers/sites.ts';
import { parseAllHeaders } from '@netlify/headers-parser';
import { readContent } from '../../src/model/read-content.ts';
import { routeSlugs } from '../../src/routes/slugs.ts';
import { urlFor, type PageRef } from '../../src/routes/urls.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import type { SiteName } from '../setup/build-sites.ts';
import { missingPath } from './site-pages.ts';

type Policy = Map<string, string[]>;

/** Sources that would let injected code run ('wasm-unsafe-eval' only compiles WebAssembly). */
const FORBIDDEN_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  '*',
  'http:',
  'https:',
  'data:',
];

function parsePolicy(policy: string): Policy {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function metaPolicy(site: string, file: string): string | undefined {
  const meta = select('meta[http-equiv="content-security-policy" i]', readPage(site, file));
  return meta ? String(meta.properties.content) : undefined;
}

/**
 * The headers Netlify sends for a path, read with Netlify's own parser of _headers files; the
 * path matching is written here from Netlify's documentation (https://docs.netlify.com/routing/headers/):
 * a rule's path is matched as a whole, "*" matches the rest of the path, ":name" one segment,
 * and every matching rule applies.
 */
function documentedMatch(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) =>
      part
        .split(/(:[A-Za-z]+)/)
        .map((piece) =>
          piece.startsWith(':') ? '[^/]+' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join(''),
    )
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}
interface NetlifyRule {
  for: string;
  values: Record<string, string>;
}
function headersFor(rules: readonly NetlifyRule[], path: string): Map<string, string> {
  const sent = new Map<string, string>();
  for (const rule of rules.filter((candidate) => documentedMatch(candidate.for, path)))
    for (const [name, value] of Object.entries(rule.values)) sent.set(name, value);
  return sent;
}

/**
 * The headers an nginx snippet of the build adds in each of its locations (prefix locations, by
 * their path), as nginx applies them: a location that adds a header gets none of the one around it.
 */
function nginxHeaders(conf: string): Map<string, Map<string, string>> {
  const locations = new Map<string, Map<string, string>>();
  const open: string[] = [];
  for (const line of conf.split('\n').map((text) => text.trim())) {
    const location = /^location (\^~ |~ )?(\S+) \{$/.exec(line);
    if (location) {
      open.push(location[2]!);
      if (location[1] === '^~ ') locations.set(location[2]!, new Map());
    } else if (line === '}') open.pop();
    const header = /^add_header (\S+) "([^"]*)" always;$/.exec(line);
    if (header) locations.get(open.at(-1)!)?.set(header[1]!, header[2]!);
  }
  return locations;
}

/** The headers an Apache .htaccess of the build sets: for every path, and those on a path's start (expr=). */
function apacheHeaders(htaccess: string): Map<string, Map<string, string>> {
  const sets = new Map<string, Map<string, string>>();
  for (const line of htaccess.split('\n')) {
    const header =
      /^Header always set (\S+) "([^"]*)"(?: "expr=%\{REQUEST_URI\} =~ m#\^([^#]+)#")?$/.exec(line);
    if (!header) continue;
    const within = header[3] ?? '';
    if (!sets.has(within)) sets.set(within, new Map());
    sets.get(within)!.set(header[1]!, header[2]!);
  }
  return sets;
}

const ROUNDS: SiteName[] = ['project', 'physiotherapyPractice'];

describe.each(ROUNDS)('the %s site', (name) => {
  const TEST_SITE = builtSite(name);
  const base = builtBase(name);
  const MISSING_PATH = missingPath(base);
  // The site's own pages, whatever its content: the binding language's home and full statement, and every search page.
  const content = readContent(builtCopy(name)).content!;
  const BINDING = content.binding.code;
  const at = (page: PageRef) => `${base}${urlFor(page, routeSlugs(content, page.locale)).slice(1)}`;
  const HOME = at({ kind: 'home', locale: BINDING });
  const FULL = at({ kind: 'full', locale: BINDING });
  const SEARCH_PAGES = content.site.languages.map(({ code }) =>
    at({ kind: 'search', locale: code }),
  );
  let rules: NetlifyRule[] = [];
  let errors: unknown[] = [];
  beforeAll(async () => {
    ({ headers: rules, errors } = (await parseAllHeaders({
      headersFiles: [join(TEST_SITE, '_headers')],
      configHeaders: [],
      minimal: true,
    })) as { headers: NetlifyRule[]; errors: unknown[] });
  });
  const sentFor = (path: string) => headersFor(rules, path);
  const headerPolicy = () => sentFor(HOME).get('Content-Security-Policy') ?? '';

  describe('the headers of _headers', () => {
    it('parse without errors, with every rule in the folder of the site', () => {
      expect(errors).toEqual([]);
      expect(rules.map((rule) => rule.for)).toEqual([`${base}*`, `${base}_astro/*`]);
    });

    it('protect every path', () => {
      const sent = sentFor(FULL);
      expect(sent.get('Strict-Transport-Security')).toMatch(/^max-age=(\d+)/);
      expect(
        Number(/max-age=(\d+)/.exec(sent.get('Strict-Transport-Security') ?? '')?.[1]),
      ).toBeGreaterThanOrEqual(31_536_000);
      expect(sent.get('X-Content-Type-Options')).toBe('nosniff');
      expect(sent.get('Referrer-Policy')).toBe('no-referrer');
      expect(sent.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      const permissions = sent.get('Permissions-Policy') ?? '';
      for (const feature of [
        'camera',
        'microphone',
        'geolocation',
        'interest-cohort',
        'browsing-topics',
        'payment',
        'usb',
      ]) {
        expect(permissions, `Permissions-Policy denies ${feature}`).toMatch(
          new RegExp(`(^|,\\s*)${feature}=\\(\\)`),
        );
      }
      for (const path of [
        base,
        `${base}favicon.svg`,
        `${base}_astro/x.css`,
        `${base}.well-known/security.txt`,
        MISSING_PATH,
      ]) {
        expect(sentFor(path).get('Content-Security-Policy'), path).toBe(
          sent.get('Content-Security-Policy'),
        );
      }
    });

    it('send a strict Content-Security-Policy that forbids framing', () => {
      const policy = parsePolicy(headerPolicy());
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      for (const [directive, sources] of policy) {
        for (const forbidden of FORBIDDEN_SOURCES)
          expect(sources, directive).not.toContain(forbidden);
        expect(
          sources.filter((source) => !source.startsWith("'")),
          `${directive} names no host`,
        ).toEqual([]);
      }
    });

    it('agree with the <meta> policy of every page: same directives, the header never stricter on a page', () => {
      // A page is held to the header and its meta policy at once. script-src and style-src: the
      // header may allow more (e.g. 'wasm-unsafe-eval' for the search page), each page's meta policy
      // narrows them to what that page needs; the header must not block what a meta policy allows.
      // Every other directive is the same in both; frame-ancestors can only be sent as a header.
      const header = parsePolicy(headerPolicy());
      const narrowed = new Set(['script-src', 'style-src']);
      const problems: string[] = [];
      for (const page of crawlSite(TEST_SITE, base)) {
        const content = metaPolicy(TEST_SITE, page.file);
        if (!content) {
          problems.push(`${page.path}: no <meta http-equiv="content-security-policy">`);
          continue;
        }
        const meta = parsePolicy(content);
        for (const [directive, sources] of meta) {
          const sent = header.get(directive);
          // A hash, and 'none' in a narrowed directive, allow nothing the header could block.
          const own = sources.filter(
            (source) =>
              !(narrowed.has(directive) && source === "'none'") &&
              !/^'sha(256|384|512)-/.test(source),
          );
          if (!sent) {
            problems.push(
              `${page.path}: the header has no ${directive} (meta: ${sources.join(' ')})`,
            );
          } else if (narrowed.has(directive)) {
            for (const source of own.filter((source) => !sent.includes(source))) {
              problems.push(
                `${page.path}: the meta policy allows ${source} in ${directive}, the header blocks it`,
              );
            }
          } else if (own.join(' ') !== sent.join(' ')) {
            problems.push(
              `${page.path}: ${directive} is "${own.join(' ')}" in the meta policy but "${sent.join(' ')}" in the header`,
            );
          }
          for (const source of sources.filter((source) => FORBIDDEN_SOURCES.includes(source))) {
            problems.push(`${page.path}: the meta policy allows ${source} in ${directive}`);
          }
        }
        for (const directive of header.keys()) {
          if (!meta.has(directive) && directive !== 'frame-ancestors')
            problems.push(`${page.path}: the meta policy has no ${directive}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('allow no script at all on the pages without one, and no inline code anywhere', () => {
      const scripted: string[] = [];
      for (const page of crawlSite(TEST_SITE, base)) {
        const scriptSrc =
          parsePolicy(metaPolicy(TEST_SITE, page.file) ?? '').get('script-src') ?? [];
        if (scriptSrc.join(' ') !== "'none'") scripted.push(`${page.path}: ${scriptSrc.join(' ')}`);
      }
      expect(scripted.sort()).toEqual(
        [...SEARCH_PAGES].sort().map((path) => `${path}: 'self' 'wasm-unsafe-eval'`),
      );
    });
  });

  describe('assets', () => {
    it('are cached for a year: their names change when their content does', () => {
      expect(sentFor(`${base}_astro/index.ABC123.css`).get('Cache-Control')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(sentFor(HOME).get('Cache-Control')).toBeUndefined();
    });
  });

  describe('the static host', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await startStaticServer(TEST_SITE, { base });
    });
    afterAll(() => server?.close());

    it('sends the _headers headers with pages and files', async () => {
      for (const path of [HOME, `${base}favicon.svg`]) {
        const response = await fetch(new URL(path, server.origin));
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-security-policy'), path).toBe(headerPolicy());
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      }
    });

    it('answers an unknown path with 404.html and status 404, and does not serve _headers', async () => {
      const missing = await fetch(new URL(MISSING_PATH, server.origin));
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await missing.text()).toBe(readFileSync(join(TEST_SITE, '404.html'), 'utf8'));
      expect(missing.headers.get('content-security-policy')).toBe(headerPolicy());
      expect((await fetch(new URL(`${base}_headers`, server.origin))).status).toBe(404);
    });

    it('answers an unknown path under a language with the page for unknown addresses in that language, and does not serve _redirects', async () => {
      for (const { code, path } of content.site.languages) {
        const missing = await fetch(new URL(missingPath(`${base}${path}/`), server.origin));
        expect(missing.status, path).toBe(404);
        const html = await missing.text();
        const file = code === BINDING ? '404.html' : `${path}/404.html`;
        expect(html, path).toBe(readFileSync(join(TEST_SITE, file), 'utf8'));
        expect(select('html', readPage(TEST_SITE, file))?.properties.lang, path).toBe(code);
        expect(missing.headers.get('content-security-policy'), path).toBe(headerPolicy());
      }
      expect((await fetch(new URL(`${base}_redirects`, server.origin))).status).toBe(404);
    });

    it('serves a robots.txt that lets search engines read every page', async () => {
      const response = await fetch(new URL(`${base}robots.txt`, server.origin));
      expect(response.status).toBe(200);
      const lines = (await response.text())
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
      expect(lines).toContain('User-agent: *');
      expect(lines.filter((line) => /^Disallow:\s*\S/.test(line))).toEqual([]);
    });

    it('serves /.well-known/security.txt (RFC 9116) from organization.yaml, expiring a year after the build', async () => {
      // It expires a year after the day the site was built as: 2026-06-01 for the tests' 2025-06-01
      // (another organisation's first version may be later: then the tests build as of today).
      const [year, month, day] = builtOn(name).split('-');
      const expires =
        builtOn(name) === '2025-06-01'
          ? '2026-06-01T00:00:00Z'
          : `${Number(year) + 1}-${month}-${day}T00:00:00Z`;
      const response = await fetch(new URL(`${base}.well-known/security.txt`, server.origin));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const fields = new Map(
        (await response.text())
          .split('\n')
          .filter((line) => line && !line.startsWith('#'))
          .map((line) => [
            line.slice(0, line.indexOf(':')),
            line.slice(line.indexOf(':') + 1).trim(),
          ]),
      );
      const canonical = select(
        'link[rel="canonical"]',
        readPage(TEST_SITE, HOME.slice(base.length)),
      )?.properties.href;
      expect(Object.fromEntries(fields)).toMatchObject({
        Expires: expires,
        Canonical: new URL(`${base}.well-known/security.txt`, String(canonical)).href,
      });
      expect(fields.get('Contact')).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
      // Language tags (RFC 5646), comma-separated: "nl, en" or "nl-BE, fr-BE".
      const tags = fields.get('Preferred-Languages')!.split(', ');
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    });
  });

  describe('the files for nginx and Apache', () => {
    it('send the headers of _headers, path by path, with the 404 page of the site', () => {
      const nginx = readFileSync(join(TEST_SITE, '_nginx.conf'), 'utf8');
      const locations = nginxHeaders(nginx);
      const translations = content.site.languages
        .filter(({ code }) => code !== BINDING)
        .map(({ path }) => `${base}${path}/`);
      expect([...locations.keys()]).toEqual([base, ...translations, `${base}_astro/`]);
      for (const [location, headers] of locations)
        expect(Object.fromEntries(headers), location).toEqual(
          Object.fromEntries(sentFor(`${location}x`)),
        );
      expect(nginx).toContain(`error_page 404 ${base}404.html;`);
      // Each translation's own page for unknown addresses, for every host that needs a rule.
      for (const folder of translations) {
        expect(nginx).toContain(`error_page 404 ${folder}404.html;`);
        expect(
          readFileSync(join(TEST_SITE, folder.slice(base.length), '.htaccess'), 'utf8'),
        ).toContain(`\nErrorDocument 404 ${folder}404.html\n`);
        expect(readFileSync(join(TEST_SITE, '_redirects'), 'utf8')).toContain(
          `\n${folder}*  ${folder}404.html  404\n`,
        );
      }

      const htaccess = readFileSync(join(TEST_SITE, '.htaccess'), 'utf8');
      const sets = apacheHeaders(htaccess);
      expect([...sets.keys()]).toEqual(['', `${base}_astro/`]);
      expect(Object.fromEntries(sets.get('')!)).toEqual(Object.fromEntries(sentFor(`${base}x`)));
      expect(Object.fromEntries([...sets.get('')!, ...sets.get(`${base}_astro/`)!])).toEqual(
        Object.fromEntries(sentFor(`${base}_astro/x`)),
      );
      expect(htaccess).toContain(`ErrorDocument 404 ${base}404.html`);
    });
  });
});
