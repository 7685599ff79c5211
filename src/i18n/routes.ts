import { AUDIENCES, type Audience } from '../lib/audiences.ts';
import { retentionDataUrl, urlFor, versionDataUrl, type PageRef, type RouteSlugs } from '../lib/routes.ts';
import { UI_STRINGS } from './ui.ts';

/** The slugs of a locale, from its UI strings. */
export function slugsOf(locale: string): RouteSlugs {
  const strings = UI_STRINGS[locale];
  if (!strings) throw new Error(`No UI strings for locale "${locale}"`);
  return {
    roles: Object.fromEntries(AUDIENCES.map((role) => [role, strings[`route.${role}`]])) as Record<
      Audience,
      string
    >,
    full: strings['route.full'],
    versions: strings['route.versions'],
    changes: strings['route.changes'],
    search: strings['route.search'],
    retention: strings['route.retention'],
  };
}

export function href(page: PageRef): string {
  return urlFor(page, slugsOf(page.locale));
}

export function versionDataHref(locale: string, version: string): string {
  return versionDataUrl(locale, version, slugsOf(locale));
}

export function retentionDataHref(locale: string, version: string): string {
  return retentionDataUrl(locale, version, slugsOf(locale));
}
