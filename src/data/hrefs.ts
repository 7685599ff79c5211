import { CONTENT } from './content.ts';
import { routeSlugs } from '../routes/slugs.ts';
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

export function href(page: PageRef): string {
  return urlFor(page, slugsOf(page.locale));
}

export function versionDataHref(locale: string, version: string): string {
  return versionDataUrl(locale, version, slugsOf(locale));
}

export function versionFileHref(locale: string, version: string): string {
  return versionFileUrl(locale, version, slugsOf(locale));
}

export function retentionDataHref(locale: string, version: string): string {
  return retentionDataUrl(locale, version, slugsOf(locale));
}

export function versionsDataHref(locale: string): string {
  return versionsDataUrl(locale, slugsOf(locale));
}

export function calendarHref(locale: string, version: string): string {
  return calendarUrl(locale, version, slugsOf(locale));
}

export function feedHref(locale: string): string {
  return feedUrl(slugsOf(locale));
}
