import type { Version } from '../schemas/versions-schema.ts';
import { dayBefore } from '../time/dates.ts';

/** The versions with their audience at a given build date. */
export interface VersionTimeline {
  /** Every published version, oldest first: in effect before, now, or announced to come. */
  all: Version[];
  /** The latest version in effect on the build date. */
  current: Version;
  /** Published versions that take effect after the build date, oldest first. */
  upcoming: Version[];
  /** Versions no longer in effect, newest first. */
  archived: Version[];
  /** Later versions not announced yet (no announcement date, or one still to come): drafts, not published. */
  drafts: Version[];
}

/**
 * Whether a version is public on the build date: in effect, or announced on or before it. A later
 * version without an announcement date is a draft: not on the site, free to change.
 */
export function isPublished(version: Version, buildDate: string): boolean {
  return (
    version.date <= buildDate || (version.announced !== undefined && version.announced <= buildDate)
  );
}

/** The version in effect on the build date: the latest dated on or before it (none before the first). */
export function currentVersion(
  versions: readonly Version[],
  buildDate: string,
): Version | undefined {
  return versions
    .filter((version) => version.date <= buildDate)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
}

/**
 * The versions on the build date. `showDrafts` (the preview of npm run dev only) shows drafts as
 * versions to come, so that an editor sees them before they are announced.
 */
export function versionTimeline(
  versions: readonly Version[],
  buildDate: string,
  options: { showDrafts?: boolean } = {},
): VersionTimeline {
  const sorted = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  const all = sorted.filter((version) => options.showDrafts || isPublished(version, buildDate));
  const inEffect = all.filter((version) => version.date <= buildDate);
  const current = currentVersion(sorted, buildDate);
  if (!current) {
    throw new Error(
      `content/versions.yaml: no version is in effect on the build date ${buildDate}; the earliest is ${sorted[0]?.date}. ` +
        'How to fix: add a version dated on or before today, or build with SOURCE_DATE_EPOCH set later.',
    );
  }
  return {
    all,
    current,
    upcoming: all.filter((version) => version.date > buildDate),
    archived: inEffect.slice(0, -1).reverse(),
    drafts: options.showDrafts ? [] : sorted.filter((version) => !isPublished(version, buildDate)),
  };
}

/** The version just before `date` among `versions`, if any. */
export function previousVersion(versions: readonly Version[], date: string): Version | undefined {
  return [...versions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((version) => version.date < date)
    .at(-1);
}

/** When a version applied: from its date until the day before the next one took effect (none while it applies). */
export interface Validity {
  from: string;
  /** The last day it applied; undefined for the current and upcoming versions' open end. */
  until?: string;
}

export function validityOf(version: Version, published: readonly Version[]): Validity {
  const next = [...published]
    .sort((a, b) => a.date.localeCompare(b.date))
    .find((other) => other.date > version.date);
  return next ? { from: version.date, until: dayBefore(next.date) } : { from: version.date };
}
