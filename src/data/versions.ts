import { SOURCE_LOCALE } from '../i18n/locales.ts';
import type { Version } from '../schemas/versions.ts';
import { TIMELINE } from './site.ts';

export type VersionStatus = 'current' | 'archived' | 'upcoming';

export function versionByDate(date: string): Version {
  const version = TIMELINE.all.find((candidate) => candidate.date === date);
  if (!version) throw new Error(`No version ${date} in content/versions.yaml`);
  return version;
}

export function versionStatus(date: string): VersionStatus {
  if (date === TIMELINE.current.date) return 'current';
  return date > TIMELINE.current.date ? 'upcoming' : 'archived';
}

/** A version's summary in a language, or in the source language where it has not been translated. */
export function versionSummary(version: Version, locale: string): { text: string; lang: string } {
  const text = version.summary[locale];
  return text ? { text, lang: locale } : { text: version.summary[SOURCE_LOCALE] ?? '', lang: SOURCE_LOCALE };
}
