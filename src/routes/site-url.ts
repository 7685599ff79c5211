import type { ContentAsRead } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';

/** Stands in until an organisation says where its site is published. */
const PLACEHOLDER_URL = 'https://privacy.example.org/';

/** Where the site is published, as every address of the build uses it. */
export interface SiteLocation {
  /** The address, always ending in a slash: https://www.kine-example.be/privacy/ */
  url: string;
  /** https://www.kine-example.be */
  origin: string;
  /** The folder of the host the site lives in, with a slash at each end: "/" or "/privacy/". */
  base: string;
}

/** A folder name as a URL path may hold it unencoded: letters, digits, "-", ".", "_", "~". */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Why an address cannot be where a static site is published, with what to write instead; none
 * when it can. The site may live in a folder of the host (https://www.example.be/privacy/), which
 * every address of the build then starts with; anything a static host cannot serve the site
 * under is refused rather than dropped.
 */
export function siteAddressProblem(address: string): { problem: string; fix: string } | undefined {
  const example = 'https://www.example.be/ or https://www.example.be/privacy/';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { problem: 'it is not a web address', fix: `write the whole address, e.g. ${example}` };
  }
  if (url.protocol !== 'https:')
    return {
      problem: `it starts with ${url.protocol}, not https:`,
      fix: `publish the site over https and write https://${address.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '')}`,
    };
  if (url.username || url.password)
    return {
      problem: 'it holds a user name or password',
      fix: `leave them out: ${url.origin}${url.pathname}`,
    };
  if (url.search || address.includes('?'))
    return {
      problem: `it has a query (${url.search || '?'}), and a static site cannot be published under one`,
      fix: `leave it out; a folder of the host is written as a path: ${url.origin}${url.pathname}`,
    };
  if (url.hash || address.includes('#'))
    return {
      problem: `it has a fragment (${url.hash || '#'}), which names a place on a page, not a site`,
      fix: `leave it out: ${url.origin}${url.pathname}`,
    };
  const segments = url.pathname.split('/').filter(Boolean);
  const odd = segments.find((segment) => !SEGMENT.test(segment) || /^\.+$/.test(segment));
  if (odd)
    return {
      problem: `its folder "${decodeURIComponent(odd)}" has characters an address must encode`,
      fix: 'name the folder with letters, digits and hyphens only, e.g. /privacy/',
    };
  const last = segments.at(-1);
  if (last && !url.pathname.endsWith('/') && /\.[a-z0-9]+$/i.test(last))
    return {
      problem: `it ends in a file name (${last}), but the site is a folder of pages`,
      fix: `write the folder the site lives in: ${url.origin}${url.pathname.slice(0, -last.length)}`,
    };
  return undefined;
}

/**
 * Where the site is published: SITE_URL for one build, else content/site.yaml, else a placeholder.
 * A folder is kept, with a slash at its end (https://www.example.be/privacy is the folder
 * /privacy/). The content check refuses an address this cannot honour (siteAddressProblem); here
 * such an address is an error, since a build must not guess.
 */
export function siteLocation(
  site: SiteConfig,
  env: Record<string, string | undefined> = process.env,
): SiteLocation {
  const address = env.SITE_URL || site.url || PLACEHOLDER_URL;
  const problem = siteAddressProblem(address);
  if (problem)
    throw new Error(
      `${env.SITE_URL ? 'SITE_URL' : 'content/site.yaml url'} "${address}" cannot be where the site is published: ${problem.problem}. How to fix: ${problem.fix}.`,
    );
  const url = new URL(address);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { url: `${url.origin}${base}`, origin: url.origin, base };
}

/**
 * The site's address in the content check: one that cannot be honoured is an error (at its line of
 * site.yaml, or naming SITE_URL); without one, canonical links, language alternates and feeds
 * point to a placeholder, which is a warning.
 */
export function checkSiteUrl(
  content: Pick<ContentAsRead, 'site' | 'placeOf'>,
  env: Record<string, string | undefined> = process.env,
): ContentProblem[] {
  const fromEnv = Boolean(env.SITE_URL);
  const address = env.SITE_URL || content.site.url;
  if (!address)
    return [
      {
        file: 'content/site.yaml',
        message: `no url: canonical links, language alternates, feeds and security.txt point to ${PLACEHOLDER_URL}`,
        fix: 'add url: https://… (where the site is published, with its folder if it has one), or build with SITE_URL=https://…',
        severity: 'warning',
      },
    ];
  const problem = siteAddressProblem(address);
  if (!problem) return [];
  return [
    {
      file: fromEnv ? 'SITE_URL' : content.placeOf('content/site.yaml', ['url']),
      message: `the site cannot be published at "${address}": ${problem.problem}`,
      fix: fromEnv
        ? `build with SITE_URL set to an address that can be: ${problem.fix}`
        : problem.fix,
      severity: 'error',
    },
  ];
}
