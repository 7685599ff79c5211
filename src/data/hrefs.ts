import { CONTENT } from './content.ts';
import { routeSlugs } from '../routes/slugs.ts';
import { withBase, withoutBase } from '../routes/base-path.ts';
import { siteLocation } from '../routes/site-url.ts';
import {
  calendarUrl,
  feedUrl,
  retentionDataUrl,
  urlFor,
  versionDataUrl,
  versionFileUrl,
  versionsDataUrl,
  type PageRef,
  type RouteSlugs,
} from '../routes/urls.ts';

const slugs = new Map<string, RouteSlugs>();

/** The slugs of a language, worked out once per build. */
export function slugsOf(locale: string): RouteSlugs {
  let found = slugs.get(locale);
  if (!found) slugs.set(locale, (found = routeSlugs(CONTENT, locale)));
  return found;
}

/** Where the site is published (content/site.yaml url, or SITE_URL), with the folder it lives in. */
const LOCATION = siteLocation(CONTENT.site);

/**
 * Every address the pages write goes through here: an address within the site (from
 * src/routes/) in the folder the site is published in.
 */
function inSite(path: string): string {
  return withBase(path, LOCATION.base);
}

/** The part of an address that an Astro route returns as its parameter: Astro adds the base itself. */
export function routeParam(href: string, ending = '/'): string {
  const path = withoutBase(href, LOCATION.base);
  if (path === undefined) throw new Error(`${href} is outside the site's folder ${LOCATION.base}`);
  return path.slice(1, -ending.length);
}

export function href(page: PageRef): string {
  return inSite(urlFor(page, slugsOf(page.locale)));
}

/** A file of the site that is not a page (src/routes/site-files.ts). */
export function fileHref(path: string): string {
  return inSite(path);
}

export function feedHref(locale: string): string {
  return inSite(feedUrl(slugsOf(locale)));
}

export function versionDataHref(locale: string, version: string): string {
  return inSite(versionDataUrl(locale, version, slugsOf(locale)));
}

export function versionFileHref(locale: string, version: string): string {
  return inSite(versionFileUrl(locale, version, slugsOf(locale)));
}

export function retentionDataHref(locale: string, version: string): string {
  return inSite(retentionDataUrl(locale, version, slugsOf(locale)));
}

export function versionsDataHref(locale: string): string {
  return inSite(versionsDataUrl(locale, slugsOf(locale)));
}

export function calendarHref(locale: string, version: string): string {
  return inSite(calendarUrl(locale, version, slugsOf(locale)));
}
