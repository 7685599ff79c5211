/** The localized slugs of one locale (from its UI strings file). */
export interface RouteSlugs {
  /** The language's URL segment (site.yaml languages[].path; its code in lower case by default). */
  language: string;
  /** Per audience id. */
  audiences: Record<string, string>;
  full: string;
  versions: string;
  changes: string;
  search: string;
  retention: string;
  /** A version as one file (route.file): /nl/versies/2023-09-27/bestand/. */
  file: string;
}

/**
 * Every kind of page, with what it shows. `home`, `audience` and `full` show the current version;
 * `version` is a version's permanent address, `changes` compares two versions, both in full or for
 * one audience.
 */
export type PageRef =
  | { kind: 'home'; locale: string }
  | { kind: 'audience'; locale: string; audience: string }
  | { kind: 'full'; locale: string }
  | { kind: 'archive'; locale: string }
  | { kind: 'search'; locale: string }
  | { kind: 'retention'; locale: string }
  | { kind: 'version'; locale: string; version: string; audience?: string | undefined }
  | { kind: 'changes'; locale: string; from: string; to: string; audience?: string | undefined };

/** Every URL of the site is made here, so that links and pages cannot disagree. */
export function urlFor(page: PageRef, slugs: RouteSlugs): string {
  const base = `/${slugs.language}/`;
  const audienceSuffix = (audience: string | undefined) =>
    audience ? `${slugs.audiences[audience]}/` : '';
  switch (page.kind) {
    case 'home':
      return base;
    case 'audience':
      return `${base}${slugs.audiences[page.audience]}/`;
    case 'full':
      return `${base}${slugs.full}/`;
    case 'archive':
      return `${base}${slugs.versions}/`;
    case 'search':
      return `${base}${slugs.search}/`;
    case 'retention':
      return `${base}${slugs.retention}/`;
    case 'version':
      return `${base}${slugs.versions}/${page.version}/${audienceSuffix(page.audience)}`;
    case 'changes':
      return `${base}${slugs.changes}/${page.from}/${page.to}/${audienceSuffix(page.audience)}`;
  }
}

/** Every ordered pair of versions (older, newer), oldest pairs first. */
function versionPairs(dates: readonly string[]): [string, string][] {
  const sorted = [...dates].sort();
  return sorted.flatMap((from, index) =>
    sorted.slice(index + 1).map((to): [string, string] => [from, to]),
  );
}

/** The published versions, each with the audiences it has, and which one is current. */
export interface SiteVersions {
  /** Oldest first. */
  versions: readonly { date: string; audiences: readonly string[] }[];
  current: string;
}

/**
 * Every page of the site, per locale, in a stable order. An audience has pages in the versions that
 * have it; a comparison for an audience exists when either version has it (then the other shows only
 * the general sections).
 */
export function allPages(locales: readonly string[], site: SiteVersions): PageRef[] {
  const audiencesOf = (date: string) =>
    site.versions.find((version) => version.date === date)?.audiences ?? [];
  const dates = site.versions.map((version) => version.date);
  return locales.flatMap((locale): PageRef[] => [
    { kind: 'home', locale },
    ...audiencesOf(site.current).map((audience): PageRef => ({
      kind: 'audience',
      locale,
      audience,
    })),
    { kind: 'full', locale },
    { kind: 'archive', locale },
    { kind: 'search', locale },
    { kind: 'retention', locale },
    ...dates.flatMap((version) =>
      [undefined, ...audiencesOf(version)].map((audience): PageRef => ({
        kind: 'version',
        locale,
        version,
        audience,
      })),
    ),
    ...versionPairs(dates).flatMap(([from, to]) =>
      [undefined, ...new Set([...audiencesOf(from), ...audiencesOf(to)])].map(
        (audience): PageRef => ({ kind: 'changes', locale, from, to, audience }),
      ),
    ),
  ]);
}

/** The same page in another locale, for the language switch and hreflang alternates. */
export function inLocale(page: PageRef, locale: string): PageRef {
  return { ...page, locale };
}

/** Checks that no two pages of a locale share a URL (two audiences given one slug by mistake). */
export function assertUniqueUrls(
  pages: readonly PageRef[],
  slugsOf: (locale: string) => RouteSlugs,
): void {
  const seen = new Map<string, PageRef>();
  for (const page of pages) {
    const url = urlFor(page, slugsOf(page.locale));
    const other = seen.get(url);
    if (other) {
      throw new Error(
        `Two pages share the URL ${url} (${other.kind} and ${page.kind}). How to fix: give them different slugs (audiences in content/site.yaml, other pages "route.*" in content/strings/${page.locale}.yaml).`,
      );
    }
    seen.set(url, page);
  }
}

/** The JSON export of one version in one language: its page address with ".json". */
export function versionDataUrl(locale: string, version: string, slugs: RouteSlugs): string {
  return urlFor({ kind: 'version', locale, version }, slugs).replace(/\/$/, '.json');
}

/** The retention schedule of one version in one language, as JSON, beside the version's page. */
export function retentionDataUrl(locale: string, version: string, slugs: RouteSlugs): string {
  return `${urlFor({ kind: 'version', locale, version }, slugs)}${slugs.retention}.json`;
}

/** Every version of one language as data, for tools that ask which version applied on a date. */
export function versionsDataUrl(locale: string, slugs: RouteSlugs): string {
  return urlFor({ kind: 'archive', locale }, slugs).replace(/\/$/, '.json');
}

/**
 * A version in one language as one self-contained HTML file that a reader can keep (its page is
 * the file's index.html), under the version's page.
 */
export function versionFileUrl(locale: string, version: string, slugs: RouteSlugs): string {
  return `${urlFor({ kind: 'version', locale, version }, slugs)}${slugs.file}/`;
}

/** The day a version takes effect as a calendar file, beside the version's page. */
export function calendarUrl(locale: string, version: string, slugs: RouteSlugs): string {
  return urlFor({ kind: 'version', locale, version }, slugs).replace(/\/$/, '.ics');
}

/** The Atom feed of the versions, per language. */
export function feedUrl(slugs: RouteSlugs): string {
  return `/${slugs.language}/feed.xml`;
}
