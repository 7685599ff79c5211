// The security headers are written once (src/build/security-headers.ts) and the build writes them
// for every kind of host: _headers (Netlify, Cloudflare Pages), nginx and Apache. Netlify's own
// parser reads the _headers file; the nginx and Apache files say the same for the same folders.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { afterAll, describe, expect, it } from 'vitest';
import {
  apacheHtaccess,
  apacheLanguageHtaccess,
  netlifyHeaders,
  netlifyRedirects,
  nginxConf,
} from '../../src/build/host-files.ts';
import { headerRules, PAGE_POLICY } from '../../src/build/security-headers.ts';

const dir = mkdtempSync(join(tmpdir(), 'host-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function netlifyRead(text: string) {
  const file = join(dir, '_headers');
  writeFileSync(file, text);
  return parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: true });
}

const HASHES = new Set(["'sha256-BBBB'", "'sha256-AAAA'"]);

describe('the headers of every host', () => {
  it('are read by Netlify as rules for the folder of the site, with the policy of the pages plus framing', async () => {
    const { headers, errors } = await netlifyRead(
      netlifyHeaders(headerRules({ inlineStyles: HASHES, base: '/privacy/' }), '/privacy/'),
    );
    expect(errors).toEqual([]);
    expect(headers.map((rule) => rule.for)).toEqual(['/privacy/*', '/privacy/_astro/*']);
    const policy = String(headers[0]!.values['Content-Security-Policy']);
    for (const directive of PAGE_POLICY) expect(policy).toContain(directive);
    expect(policy).toContain("style-src 'self' 'sha256-AAAA' 'sha256-BBBB';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers[1]!.values).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  });

  it("leave every subdomain to the host's owner when the site is only a folder of the host", () => {
    const hsts = (base: string) =>
      headerRules({ base })[0]!.headers.find(([name]) => name === 'Strict-Transport-Security')![1];
    expect(hsts('/')).toBe('max-age=63072000; includeSubDomains');
    expect(hsts('/privacy/')).toBe('max-age=63072000');
  });

  it('are sent by nginx in the folder, on errors too, with each location listing all it sends', () => {
    const conf = nginxConf(headerRules({ base: '/privacy/' }), '/privacy/');
    const headerCount = headerRules()[0]!.headers.length;
    expect(conf).toMatch(/^location \^~ \/privacy\/ \{$/m);
    expect(conf).toMatch(/^ {4}location \^~ \/privacy\/_astro\/ \{$/m);
    expect(conf.match(/add_header Content-Security-Policy "[^"]+" always;/g)).toHaveLength(2);
    expect(conf.match(/ always;$/gm)).toHaveLength(headerCount * 2 + 1);
    expect(conf).toContain('error_page 404 /privacy/404.html;');
    expect(conf).toContain(
      'location ~ ^/privacy/(_headers|_redirects|\\.htaccess|_nginx\\.conf)$ {\n        return 404;',
    );
    expect(nginxConf(headerRules(), '/')).toMatch(/^location \^~ \/ \{$/m);
  });

  it('are set by Apache for the folder it reads the file in, with the assets by their path', () => {
    const htaccess = apacheHtaccess(headerRules({ base: '/privacy/' }), '/privacy/');
    expect(htaccess.match(/^Header always set /gm)).toHaveLength(
      headerRules()[0]!.headers.length + 1,
    );
    expect(htaccess).toContain(
      'Header always set Cache-Control "public, max-age=31536000, immutable" "expr=%{REQUEST_URI} =~ m#^/privacy/_astro/#"',
    );
    expect(htaccess).toContain('ErrorDocument 404 /privacy/404.html');
    expect(htaccess).toContain('RedirectMatch 404 ^/privacy/(_headers|_redirects|_nginx\\.conf)$');
    // Nothing that needs more than AllowOverride FileInfo, nor hides a missing mod_headers.
    expect(htaccess).not.toMatch(/<If|IfModule/);
  });

  it("answer an unknown address under a translation's folder with that language's page, on every host", () => {
    expect(netlifyRedirects('/privacy/', ['fr', 'en'])).toMatch(
      /\n\/privacy\/fr\/\*  \/privacy\/fr\/404\.html  404\n\/privacy\/en\/\*  \/privacy\/en\/404\.html  404\n\/privacy\/\*  \/privacy\/404\.html  404\n$/,
    );
    // At the root of a host Netlify answers the rest with /404.html by itself.
    expect(netlifyRedirects('/', ['en']).trimEnd().split('\n').at(-1)).toBe(
      '/en/*  /en/404.html  404',
    );
    const conf = nginxConf(headerRules({ base: '/privacy/' }), '/privacy/', ['fr']);
    const french = conf.slice(conf.indexOf('    location ^~ /privacy/fr/ {'));
    expect(french).toMatch(/^ {4}location \^~ \/privacy\/fr\/ \{\n/);
    // A location that adds headers gets none of the one around it: it lists them all again.
    expect(french.slice(0, french.indexOf('\n    }')).match(/ always;$/gm)).toHaveLength(
      headerRules()[0]!.headers.length,
    );
    expect(french).toContain('        error_page 404 /privacy/fr/404.html;\n');
    expect(french).toContain('location ~ /\\.htaccess$ {\n            return 404;');
    expect(apacheLanguageHtaccess('fr', '/privacy/')).toMatch(
      /\nErrorDocument 404 \/privacy\/fr\/404\.html\n$/,
    );
  });

  it('refuse a rule that is not a folder, or a value that cannot be quoted', () => {
    expect(() => nginxConf([{ path: '/x.html', why: '', headers: [['A', 'b']] }], '/')).toThrow(
      'names a folder',
    );
    expect(() =>
      apacheHtaccess([{ path: '/*', why: '', headers: [['A', 'say "hi"']] }], '/'),
    ).toThrow('cannot be quoted');
  });
});
