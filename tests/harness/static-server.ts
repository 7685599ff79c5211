import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import sirv from 'sirv';

/**
 * A static host for a built site on 127.0.0.1, behaving like Netlify or Cloudflare Pages: files
 * are served by sirv (MIME types, index.html for folders), the headers of the site's `_headers`
 * file are sent with every response they match, an unknown path gets the page its `_redirects`
 * rule names (`/en/* /en/404.html 404`) or else 404.html, with status 404, and neither `_headers`
 * nor `_redirects` is served. A site published in a folder of its host (`base`, "/privacy/") is
 * served only there: every other path of the host is another site's, and answers 404 without
 * anything of this site.
 */
export interface StaticServer {
  /** e.g. http://127.0.0.1:43123 */
  origin: string;
  close(): Promise<void>;
}

/** The headers a rule of `_headers` sets, and the paths it applies to (Netlify's own parser and matching). */
interface HeaderRule {
  for: string;
  forRegExp: RegExp;
  values: Record<string, string>;
}

/** The rules of a built site's `_headers` file, read by Netlify's parser (@netlify/headers-parser). */
async function readHeaderRules(site: string): Promise<HeaderRule[]> {
  const file = join(site, '_headers');
  if (!existsSync(file)) return [];
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [file],
    configHeaders: [],
    minimal: false,
  });
  if (errors.length > 0)
    throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  return headers as HeaderRule[];
}

/** The headers the rules give a path: every matching rule applies, as on Netlify. */
function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.forRegExp.test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const existing = headers.get(name);
      headers.set(name, existing ? `${existing}, ${value}` : value);
    }
  }
  return headers;
}

/** A rule of `_redirects` that answers the unknown paths under a prefix with a page and status 404. */
interface NotFoundRule {
  prefix: string;
  page: string;
}

/**
 * The rules of a built site's `_redirects`. The build writes only rules of one kind, `/en/*
 * /en/404.html 404`; any other line is refused, so that a test never passes on a rule this server
 * does not apply as Netlify would. The first rule that matches applies, as on Netlify.
 */
function readNotFoundRules(site: string, base: string): NotFoundRule[] {
  const file = join(site, '_redirects');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status, ...rest] = line.split(/\s+/);
      if (!from?.endsWith('/*') || !to?.startsWith('/') || status !== '404' || rest.length > 0)
        throw new Error(
          `${file}: the test server applies only rules like "/en/* /en/404.html 404", not: ${line}`,
        );
      if (!to.startsWith(base))
        throw new Error(
          `${file}: the page of a rule is outside the site's folder ${base}: ${line}`,
        );
      return { prefix: from.slice(0, -1), page: join(site, to.slice(base.length)) };
    });
}

export async function startStaticServer(
  site: string,
  { base = '/' }: { base?: string } = {},
): Promise<StaticServer> {
  const rules = await readHeaderRules(site);
  const notFoundRules = readNotFoundRules(site, base);
  const serve = sirv(site, { dev: true, etag: true, dotfiles: false });

  const notFound = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    res.statusCode = 404;
    const notFoundPage =
      notFoundRules.find((rule) => pathname.startsWith(rule.prefix))?.page ??
      join(site, '404.html');
    if (existsSync(notFoundPage)) {
      res.setHeader('Content-Type', 'text/html;charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : readFileSync(notFoundPage));
    } else {
      res.setHeader('Content-Type', 'text/plain;charset=utf-8');
      res.end('Not found');
    }
  };

  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.statusCode = 400;
      return res.end('Bad request');
    }
    if (`${pathname}/` === base) {
      // As hosts do for a folder asked for without its slash.
      res.writeHead(301, { Location: base });
      return res.end();
    }
    if (!pathname.startsWith(base)) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain;charset=utf-8');
      return res.end(`Not found: ${pathname} is outside ${base}, where the site is`);
    }
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    const inSite = `/${pathname.slice(base.length)}`;
    if (inSite === '/_headers' || inSite === '/_redirects') return notFound(req, res, pathname);
    req.url = `/${(req.url ?? '/').slice(base.length)}`;
    serve(req, res, () => notFound(req, res, pathname));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
