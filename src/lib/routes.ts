import { AUDIENCES, type Audience } from './audiences.ts';

/** The localized slugs of one locale (from its UI strings file). */
export interface RouteSlugs {
  roles: Record<Audience, string>;
  full: string;
}

/** Every kind of page, with what it shows. A page without `version` shows the current version. */
export type PageRef =
  | { kind: 'home'; locale: string }
  | { kind: 'role'; locale: string; role: Audience }
  | { kind: 'full'; locale: string };

/** Every URL of the site is made here, so that links and pages cannot disagree. */
export function urlFor(page: PageRef, slugs: RouteSlugs): string {
  const base = `/${page.locale}/`;
  switch (page.kind) {
    case 'home':
      return base;
    case 'role':
      return `${base}${slugs.roles[page.role]}/`;
    case 'full':
      return `${base}${slugs.full}/`;
  }
}

/** Every page of the site, per locale, in a stable order. */
export function allPages(locales: readonly string[]): PageRef[] {
  return locales.flatMap((locale): PageRef[] => [
    { kind: 'home', locale },
    ...AUDIENCES.map((role): PageRef => ({ kind: 'role', locale, role })),
    { kind: 'full', locale },
  ]);
}

/** The same page in another locale, for the language switch and hreflang alternates. */
export function inLocale(page: PageRef, locale: string): PageRef {
  return { ...page, locale };
}

/** Checks that no two pages of a locale share a URL (two roles given one slug by mistake). */
export function assertUniqueUrls(pages: readonly PageRef[], slugsOf: (locale: string) => RouteSlugs): void {
  const seen = new Map<string, PageRef>();
  for (const page of pages) {
    const url = urlFor(page, slugsOf(page.locale));
    const other = seen.get(url);
    if (other) {
      throw new Error(
        `Two pages share the URL ${url} (${other.kind} and ${page.kind}). How to fix: give them different "route.*" slugs in src/i18n/strings/${page.locale}.json.`,
      );
    }
    seen.set(url, page);
  }
}
