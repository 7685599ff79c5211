import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * A static host for a built site on 127.0.0.1, behaving like Netlify or Cloudflare Pages: files
 * are served by sirv (MIME types, index.html for folders), the headers of the site's `_headers`
 * file are sent with every response they match, an unknown path gets 404.html with status 404,
 * and `_headers` itself is not served.
 */
export interface StaticServer {
  /** e.g. http://127.0.0.1:43123 */
  origin: string;
  close(): Promise<void>;
}

export interface HeaderRule {
  /** The path pattern as written: `/*`, `/nl/*`, `/:locale/volledig/`, ... */
  pattern: string;
  matches(pathname: string): boolean;
  /** Headers to set, in order of appearance (a name may repeat). */
  set: Array<[name: string, value: string]>;
  /** Headers removed with `! Name` (Cloudflare): a header set by an earlier matching rule is dropped. */
  detach: string[];
}

/**
 * Parses a `_headers` file (Netlify / Cloudflare Pages format): a line that starts in the first
 * column is a path pattern, the indented `Name: value` lines below it are its headers, `#` starts
 * a comment. `*` matches anything (also across `/`), `:name` one path segment.
 */
export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const where = `${file}:${index + 1}`;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), matches: patternMatcher(line.trim()), set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path pattern: "${line.trim()}"`);
    const detached = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (detached) {
      rule.detach.push(detached[1]!);
      return;
    }
    const header = /^\s+([\w-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!header || !header[2]) throw new Error(`${where}: expected "Name: value", found "${line.trim()}"`);
    rule.set.push([header[1]!, header[2]]);
  });
  return rules;
}

function patternMatcher(pattern: string): (pathname: string) => boolean {
  // An absolute pattern (https://host/path) is matched on its path: the test host has one name.
  const path = pattern.replace(/^https?:\/\/[^/]+/, '') || '/';
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (pathname) => regex.test(pathname);
}

/** The headers the rules give a path: every matching rule applies; repeated names are joined by ", ". */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!rule.matches(pathname)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const existing = headers.get(key);
      headers.set(key, { name, value: existing ? `${existing.value}, ${value}` : value });
    }
  }
  return new Map([...headers.values()].map(({ name, value }) => [name, value]));
}

export function readHeaderRules(site: string): HeaderRule[] {
  const file = join(site, '_headers');
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8'), file) : [];
}

export async function startStaticServer(site: string): Promise<StaticServer> {
  const rules = readHeaderRules(site);
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
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    if (pathname === '/_headers' || pathname === '/_redirects') return notFound(req, res);
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
