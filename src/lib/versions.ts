import type { Version } from '../schemas/versions.ts';

/** The versions with their role at a given build date. */
export interface VersionTimeline {
  /** Oldest first. */
  all: Version[];
  /** The latest version in effect on the build date. */
  current: Version;
  /** Versions that take effect after the build date, oldest first. */
  upcoming: Version[];
  /** Versions no longer in effect, newest first. */
  archived: Version[];
}

export function versionTimeline(versions: readonly Version[], buildDate: string): VersionTimeline {
  const all = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  const inEffect = all.filter((version) => version.date <= buildDate);
  const current = inEffect.at(-1);
  if (!current) {
    throw new Error(
      `content/versions.yaml: no version is in effect on the build date ${buildDate}; the earliest is ${all[0]?.date}. ` +
        'How to fix: add a version dated on or before today, or build with SOURCE_DATE_EPOCH set later.',
    );
  }
  return {
    all,
    current,
    upcoming: all.filter((version) => version.date > buildDate),
    archived: inEffect.slice(0, -1).reverse(),
  };
}

/** The version just before `date`, if any. */
export function previousVersion(versions: readonly Version[], date: string): Version | undefined {
  return [...versions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((version) => version.date < date)
    .at(-1);
}
