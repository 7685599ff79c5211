import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../routes/base-path.ts';
import type { Header, HeaderRule } from './security-headers.ts';

/** The files the build writes for the hosts, each from the same rules (security-headers.ts). */
const HOST_FILES = {
  /** Netlify and Cloudflare Pages read it at the root of what they publish, and do not serve it. */
  headers: '_headers',
  /** Netlify reads it at the root of what it publishes: which page answers an unknown address. */
  redirects: '_redirects',
  /** Apache reads it in the folder it is in (AllowOverride FileInfo, mod_headers), and never serves it. */
  apache: '.htaccess',
  /** nginx: included in the host's server block (docs/adopting.md). */
  nginx: '_nginx.conf',
} as const;

const HEADING = (what: string) =>
  `# ${what}.\n# Written by npm run build from src/build/security-headers.ts: do not edit, build again.`;

/** The folder part of a rule's path ("/_astro/*" is the folder /_astro/); every rule is a folder and all under it. */
function folderOf(rule: HeaderRule): string {
  if (!rule.path.endsWith('/*'))
    throw new Error(`A header rule's path names a folder and all under it, not "${rule.path}"`);
  return rule.path.slice(0, -1);
}

/** A header value inside double quotes; none of the values has one. */
function quoted(value: string): string {
  if (/["\\\n]/.test(value)) throw new Error(`A header value cannot be quoted: ${value}`);
  return `"${value}"`;
}

/** The format of Netlify and Cloudflare Pages (https://docs.netlify.com/routing/headers/). */
export function netlifyHeaders(rules: readonly HeaderRule[], base: string): string {
  return `${[
    `${HEADING('Response headers for Netlify and Cloudflare Pages')}\n# On a site in a folder of a host, append these rules to the _headers file at the root of\n# what the host publishes: a host reads only that one.`,
    ...rules.map((rule) =>
      [
        `# ${rule.why}`,
        withBase(rule.path, base),
        ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    ),
  ].join('\n\n')}\n`;
}

/**
 * Netlify's rules for unknown addresses (https://docs.netlify.com/routing/redirects/): those under
 * a language with a page of its own get that page, with status 404. At the root of a host Netlify
 * answers the rest with /404.html by itself; in a folder, a last rule says so for the folder.
 * (Cloudflare Pages finds the nearest 404.html up the path without rules.)
 */
export function netlifyRedirects(base: string, notFoundFolders: readonly string[]): string {
  const rule = (folder: string) =>
    `${withBase(`${folder}*`, base)}  ${withBase(`${folder}404.html`, base)}  404`;
  return `${[
    `${HEADING('Pages for unknown addresses, for Netlify')}${base === '/' ? '' : "\n# On a site in a folder of a host, append these rules to the _redirects file at the root of\n# what the host publishes, before any rule of the website's that would match them."}`,
    ...notFoundFolders.map((folder) => rule(`/${folder}/`)),
    ...(base === '/' ? [] : [rule('/')]),
  ].join('\n')}\n`;
}

/** The rules that apply to a folder: every rule of a folder that holds it, as a host applies them all. */
function headersAt(rules: readonly HeaderRule[], folder: string): Header[] {
  return rules.filter((rule) => folder.startsWith(folderOf(rule))).flatMap((rule) => rule.headers);
}

/**
 * An nginx snippet for the host's server block: the site's folder with its headers (sent with
 * errors too: `always`), its 404 page, and the hosts' files kept from readers. nginx gives a
 * location that sets a header none of the headers of the location around it, so each location
 * lists all that apply to it.
 */
export function nginxConf(
  rules: readonly HeaderRule[],
  base: string,
  notFoundFolders: readonly string[] = [],
): string {
  const [top, ...nested] = rules;
  if (!top || folderOf(top) !== '/') throw new Error('The first header rule is for every path');
  const addHeaders = (headers: readonly Header[], indent: string) =>
    headers.map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);
  const hidden = Object.values(HOST_FILES)
    .map((file) => file.replace(/\./g, '\\.'))
    .join('|');
  return `${[
    HEADING(`The privacy statement in ${base} for nginx`),
    `# Include it in the server { } block of the host, whose root holds the uploaded dist/ as`,
    `# ${base === '/' ? 'itself' : `the folder ${base}`}, and reload nginx after each upload (the policy may change with a build):`,
    `#   include /path/to/the/upload/${HOST_FILES.nginx};`,
    `location ^~ ${base} {`,
    `    # ${top.why}`,
    ...addHeaders(top.headers, '    '),
    `    error_page 404 ${withBase('/404.html', base)};`,
    ...notFoundFolders.flatMap((folder) => [
      `    # Unknown addresses under /${folder}/ get the page in that language.`,
      `    location ^~ ${withBase(`/${folder}/`, base)} {`,
      ...addHeaders(headersAt(rules, `/${folder}/`), '        '),
      `        error_page 404 ${withBase(`/${folder}/404.html`, base)};`,
      `        location ~ /\\.htaccess$ {`,
      `            return 404;`,
      `        }`,
      `    }`,
    ]),
    ...nested.flatMap((rule) => [
      `    # ${rule.why}`,
      `    location ^~ ${withBase(folderOf(rule), base)} {`,
      ...addHeaders(headersAt(rules, folderOf(rule)), '        '),
      `    }`,
    ]),
    `    # The hosts' files are not pages.`,
    `    location ~ ^${withBase('/', base)}(${hidden})$ {`,
    `        return 404;`,
    `    }`,
    `}`,
  ].join('\n')}\n`;
}

/**
 * An Apache .htaccess for the site's folder: its headers (with errors too: `always`), its 404
 * page, and the hosts' files kept from readers. It needs mod_headers and AllowOverride FileInfo;
 * without mod_headers Apache answers with an error rather than serve the site unprotected.
 */
export function apacheHtaccess(rules: readonly HeaderRule[], base: string): string {
  const hidden = Object.values(HOST_FILES)
    .filter((file) => !file.startsWith('.ht'))
    .map((file) => file.replace(/\./g, '\\.'))
    .join('|');
  // A condition on the path as Header's own argument (Apache 2.4.10), not an <If> block, which
  // a .htaccess may hold only where the host allows everything (AllowOverride All).
  const set = (headers: readonly Header[], condition?: string) =>
    headers.map(
      ([name, value]) =>
        `Header always set ${name} ${quoted(value)}${condition ? ` ${quoted(`expr=${condition}`)}` : ''}`,
    );
  return `${[
    `${HEADING(`The privacy statement in ${base} for Apache`)}\n# Apache reads it in the folder it is in where the host allows it (AllowOverride FileInfo),\n# with mod_headers on (a2enmod headers).`,
    ...rules.map((rule) => {
      const folder = folderOf(rule);
      return [
        `# ${rule.why}`,
        ...(folder === '/'
          ? set(rule.headers)
          : set(rule.headers, `%{REQUEST_URI} =~ m#^${withBase(folder, base)}#`)),
      ].join('\n');
    }),
    `ErrorDocument 404 ${withBase('/404.html', base)}`,
    `# The hosts' files are not pages (Apache never serves .ht files).\nRedirectMatch 404 ^${withBase('/', base)}(${hidden})$`,
  ].join('\n\n')}\n`;
}

/**
 * Apache's page for unknown addresses under a language with a page of its own: a .htaccess in the
 * language's folder, whose ErrorDocument replaces the site's (the headers of the site's .htaccess
 * still apply there: Apache merges the folders' settings).
 */
export function apacheLanguageHtaccess(folder: string, base: string): string {
  return `${HEADING(`Unknown addresses under ${withBase(`/${folder}/`, base)}, for Apache`)}\nErrorDocument 404 ${withBase(`/${folder}/404.html`, base)}\n`;
}

/** Writes every host's file into a built site. */
export function writeHostFiles(
  site: string,
  rules: readonly HeaderRule[],
  base: string,
  notFoundFolders: readonly string[],
): void {
  writeFileSync(join(site, HOST_FILES.headers), netlifyHeaders(rules, base));
  writeFileSync(join(site, HOST_FILES.redirects), netlifyRedirects(base, notFoundFolders));
  writeFileSync(join(site, HOST_FILES.nginx), nginxConf(rules, base, notFoundFolders));
  writeFileSync(join(site, HOST_FILES.apache), apacheHtaccess(rules, base));
  for (const folder of notFoundFolders)
    writeFileSync(join(site, folder, HOST_FILES.apache), apacheLanguageHtaccess(folder, base));
}
