import type { Version } from '../schemas/versions-schema.ts';
import { isPublished, validityOf, type Validity } from '../versions/timeline.ts';
import { BINDING, BUILD_DATE, SHOW_DRAFTS, TIMELINE } from './content.ts';

/** 'draft' only in the preview of npm run dev, which shows versions not announced yet. */
export type VersionStatus = 'current' | 'archived' | 'upcoming' | 'draft';

export function versionByDate(date: string): Version {
  const version = TIMELINE.all.find((candidate) => candidate.date === date);
  if (!version) throw new Error(`No published version ${date} in content/versions.yaml`);
  return version;
}

export function versionStatus(date: string): VersionStatus {
  if (date === TIMELINE.current.date) return 'current';
  if (date < TIMELINE.current.date) return 'archived';
  return SHOW_DRAFTS && !isPublished(versionByDate(date), BUILD_DATE) ? 'draft' : 'upcoming';
}

/** From when until when a published version applies (or applied). */
export function versionValidity(date: string): Validity {
  return validityOf(versionByDate(date), TIMELINE.all);
}

/** A text of versions.yaml (a summary, a correction's reason) in a language, or in the binding language where it has not been translated. */
export function inLanguage(
  texts: Record<string, string>,
  locale: string,
): { text: string; lang: string } {
  const text = texts[locale];
  return text ? { text, lang: locale } : { text: texts[BINDING] ?? '', lang: BINDING };
}

/** A version's summary in a language, or in the binding language where it has not been translated. */
export function versionSummary(version: Version, locale: string): { text: string; lang: string } {
  return inLanguage(version.summary, locale);
}

/** What both JSON exports say of a version: its status and period, where it came from, and what it says of itself. */
export function versionMetadata(version: Version, locale: string) {
  const validity = versionValidity(version.date);
  return {
    status: versionStatus(version.date),
    validFrom: validity.from,
    validUntil: validity.until ?? null,
    provenance: version.provenance,
    material: version.material,
    announced: version.announced ?? null,
    summary: versionSummary(version, locale),
    // Every correction, in the data of every language, with the languages whose pages list it.
    corrections: version.corrections.map((correction) => ({
      date: correction.date,
      reason: correction.reason[locale] ?? null,
      languages: correction.languages ?? null,
    })),
  };
}

/** The corrections of a version that the pages of a language list: those that concern it (all, unless a correction names its languages). */
export function correctionsIn(version: Version, locale: string): Version['corrections'] {
  return version.corrections.filter(
    (correction) => !correction.languages || correction.languages.includes(locale),
  );
}
