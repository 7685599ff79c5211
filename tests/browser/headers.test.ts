// What the static host sends besides the pages: the headers of public/_headers (applied by the
// test server the way Netlify and Cloudflare Pages apply them), the 404 page, /robots.txt and
// /.well-known/security.txt (RFC 9116).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { crawlSite } from '../helpers/crawl.ts';
import { readPage, select } from '../helpers/html.ts';
import { FIXED_EPOCH, PROJECT_ROOT, TEST_SITE } from '../helpers/project.ts';
import { headersFor, readHeaderRules, startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { MISSING_PATH } from './site-pages.ts';

type Policy = Map<string, string[]>;

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

const headerPolicy = () => headersFor(readHeaderRules(TEST_SITE), '/nl/').get('Content-Security-Policy') ?? '';

describe('the headers of public/_headers', () => {
  const headers = () => headersFor(readHeaderRules(TEST_SITE), '/nl/volledig/');

  it('protect every path', () => {
    const sent = headers();
    expect(sent.get('Strict-Transport-Security')).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(sent.get('Strict-Transport-Security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(sent.get('X-Content-Type-Options')).toBe('nosniff');
    expect(sent.get('Referrer-Policy')).toBe('no-referrer');
    expect(sent.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    const permissions = sent.get('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) {
      expect(permissions, `Permissions-Policy denies ${feature}`).toMatch(new RegExp(`(^|,\\s*)${feature}=\\(\\)`));
    }
    for (const path of ['/', '/favicon.svg', '/_astro/x.css', '/.well-known/security.txt', MISSING_PATH]) {
      expect(headersFor(readHeaderRules(TEST_SITE), path).get('Content-Security-Policy'), path).toBe(sent.get('Content-Security-Policy'));
    }
  });

  it('send a strict Content-Security-Policy that forbids framing', () => {
    const policy = parsePolicy(headerPolicy());
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const [directive, sources] of policy) {
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
      expect(sources.filter((source) => !source.startsWith("'")), `${directive} names no host`).toEqual([]);
    }
  });

  it('agree with the <meta> policy of every page (the header adds only frame-ancestors)', () => {
    const header = parsePolicy(headerPolicy());
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
        const own = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
        if (!sent) problems.push(`${page.path}: the header has no ${directive} (meta: ${sources.join(' ')})`);
        else if (own.join(' ') !== sent.join(' ')) problems.push(`${page.path}: ${directive} is "${own.join(' ')}" in the meta policy (hashes aside) but "${sent.join(' ')}" in the header`);
        for (const source of sources) if (/unsafe/.test(source)) problems.push(`${page.path}: meta ${directive} allows ${source}`);
      }
      for (const directive of header.keys()) {
        if (!meta.has(directive) && directive !== 'frame-ancestors') problems.push(`${page.path}: the meta policy has no ${directive}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the static host', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(TEST_SITE);
  });
  afterAll(() => server?.close());

  it('sends the _headers headers with pages and files', async () => {
    for (const path of ['/nl/', '/favicon.svg']) {
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

  it('serves a robots.txt that lets search engines read every page', async () => {
    const response = await fetch(new URL('/robots.txt', server.origin));
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toContain('User-agent: *');
    expect(lines.filter((line) => /^Disallow:\s*\S/.test(line))).toEqual([]);
  });

  it('serves /.well-known/security.txt (RFC 9116) from organization.yaml, expiring a year after the build', async () => {
    const response = await fetch(new URL('/.well-known/security.txt', server.origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const fields = new Map(
      (await response.text())
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const organization = parseYaml(readFileSync(join(PROJECT_ROOT, 'content/organization.yaml'), 'utf8')) as { email: string };
    const built = new Date(Number(FIXED_EPOCH) * 1000);
    const expires = new Date(Date.UTC(built.getUTCFullYear() + 1, built.getUTCMonth(), built.getUTCDate()));
    const canonical = select('link[rel="canonical"]', readPage(TEST_SITE, 'nl'))?.properties.href;
    expect(Object.fromEntries(fields)).toEqual({
      Contact: `mailto:${organization.email}`,
      Expires: expires.toISOString().replace('.000Z', 'Z'),
      'Preferred-Languages': 'nl, en',
      Canonical: new URL('/.well-known/security.txt', String(canonical)).href,
    });
  });
});
