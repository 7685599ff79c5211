import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import sirv from 'sirv';

/**
 * A static host for a built site on 127.0.0.1, behaving like Netlify or Cloudflare Pages: files
 * are served by sirv (MIME types, index.html for folders), the headers of the site's `_headers`
 * file are sent with every response they match, an unknown path gets 404.html with status 404,
 * and `_headers` itself is not served. A site published in a folder of its host (`base`,
 * "/privacy/") is served only there: every other path of the host is another site's, and answers
 * 404 without anything of this site.
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

export async function startStaticServer(
  site: string,
  { base = '/' }: { base?: string } = {},
): Promise<StaticServer> {
  const rules = await readHeaderRules(site);
  const notFoundPage = join(site, '404.html');
  const serve = sirv(site, { dev: true, etag: true, dotfiles: false });

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 404;
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
    if (inSite === '/_headers' || inSite === '/_redirects') return notFound(req, res);
    req.url = `/${(req.url ?? '/').slice(base.length)}`;
    serve(req, res, () => notFound(req, res));
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
