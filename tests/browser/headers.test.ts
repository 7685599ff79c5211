// What the static host sends besides the pages: the headers of public/_headers (applied by the
// test server the way Netlify and Cloudflare Pages apply them), the 404 page, /robots.txt and
// /.well-known/security.txt (RFC 9116).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../helpers/crawl.ts';
import { readPage, select } from '../helpers/html.ts';
import { builtOn, builtSite } from '../helpers/sites.ts';
import { parseAllHeaders } from '@netlify/headers-parser';
import { readContent } from '../../src/model/read-content.ts';
import { routeSlugs } from '../../src/routes/slugs.ts';
import { urlFor } from '../../src/routes/urls.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { MISSING_PATH } from './site-pages.ts';

const TEST_SITE = builtSite();
// The project's own pages, whatever its content: the binding language's home and full statement, and every search page.
const content = readContent(PROJECT_ROOT).content!;
const BINDING = content.binding.code;
const HOME = urlFor({ kind: 'home', locale: BINDING }, routeSlugs(content, BINDING));
const FULL = urlFor({ kind: 'full', locale: BINDING }, routeSlugs(content, BINDING));
const SEARCH_PAGES = content.site.languages.map(({ code }) =>
  urlFor({ kind: 'search', locale: code }, routeSlugs(content, code)),
);

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

function metaPolicy(file: string): string | undefined {
  const meta = select('meta[http-equiv="content-security-policy" i]', readPage(TEST_SITE, file));
  return meta ? String(meta.properties.content) : undefined;
}

/**
 * The headers Netlify sends for a path, read with Netlify's own parser of _headers files; the
 * path matching is written here from Netlify's documentation (https://docs.netlify.com/routing/headers/):
 * a rule's path is matched as a whole, "*" matches the rest of the path, ":name" one segment,
 * and every matching rule applies.
 */
const { headers: rules, errors } = await parseAllHeaders({
  headersFiles: [join(TEST_SITE, '_headers')],
  configHeaders: [],
  minimal: true,
});
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
function headersFor(path: string): Map<string, string> {
  const sent = new Map<string, string>();
  for (const rule of rules.filter((candidate) => documentedMatch(candidate.for, path)))
    for (const [name, value] of Object.entries(rule.values)) sent.set(name, value);
  return sent;
}
const headerPolicy = () => headersFor(HOME).get('Content-Security-Policy') ?? '';

describe('the headers of public/_headers', () => {
  it('parse without errors', () => {
    expect(errors).toEqual([]);
    expect(rules.map((rule) => rule.for)).toEqual(['/*', '/_astro/*']);
  });

  it('protect every path', () => {
    const sent = headersFor(FULL);
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
      '/',
      '/favicon.svg',
      '/_astro/x.css',
      '/.well-known/security.txt',
      MISSING_PATH,
    ]) {
      expect(headersFor(path).get('Content-Security-Policy'), path).toBe(
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
    for (const page of crawlSite(TEST_SITE)) {
      const content = metaPolicy(page.file);
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
    for (const page of crawlSite(TEST_SITE)) {
      const scriptSrc = parsePolicy(metaPolicy(page.file) ?? '').get('script-src') ?? [];
      if (scriptSrc.join(' ') !== "'none'") scripted.push(`${page.path}: ${scriptSrc.join(' ')}`);
    }
    expect(scripted.sort()).toEqual(
      [...SEARCH_PAGES].sort().map((path) => `${path}: 'self' 'wasm-unsafe-eval'`),
    );
  });
});

describe('assets', () => {
  it('are cached for a year: their names change when their content does', () => {
    expect(headersFor('/_astro/index.ABC123.css').get('Cache-Control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(HOME).get('Cache-Control')).toBeUndefined();
  });
});

describe('the static host', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(TEST_SITE);
  });
  afterAll(() => server?.close());

  it('sends the _headers headers with pages and files', async () => {
    for (const path of [HOME, '/favicon.svg']) {
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
    expect((await fetch(new URL('/_headers', server.origin))).status).toBe(404);
  });

  it('answers an unknown path under a language with the page for unknown addresses in that language, and does not serve _redirects', async () => {
    for (const { code, path } of content.site.languages) {
      const missing = await fetch(new URL(`/${path}${MISSING_PATH}`, server.origin));
      expect(missing.status, path).toBe(404);
      const html = await missing.text();
      const file = code === BINDING ? '404.html' : `${path}/404.html`;
      expect(html, path).toBe(readFileSync(join(TEST_SITE, file), 'utf8'));
      expect(select('html', readPage(TEST_SITE, file))?.properties.lang, path).toBe(code);
      expect(missing.headers.get('content-security-policy'), path).toBe(headerPolicy());
    }
    expect((await fetch(new URL('/_redirects', server.origin))).status).toBe(404);
  });

  it('serves a robots.txt that lets search engines read every page', async () => {
    const response = await fetch(new URL('/robots.txt', server.origin));
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
    const [year, month, day] = builtOn().split('-');
    const expires =
      builtOn() === '2025-06-01'
        ? '2026-06-01T00:00:00Z'
        : `${Number(year) + 1}-${month}-${day}T00:00:00Z`;
    const response = await fetch(new URL('/.well-known/security.txt', server.origin));
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
    const canonical = select('link[rel="canonical"]', readPage(TEST_SITE, BINDING))?.properties
      .href;
    expect(Object.fromEntries(fields)).toMatchObject({
      Expires: expires,
      Canonical: new URL('/.well-known/security.txt', String(canonical)).href,
    });
    expect(fields.get('Contact')).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
    expect(fields.get('Preferred-Languages')).toMatch(/^[a-z]{2}(, [a-z]{2})*$/);
  });
});
