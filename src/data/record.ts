import { detailsAt } from '../organization/contact-details.ts';
import { fingerprintOf } from '../versions/fingerprint.ts';
import { CONTENT } from './content.ts';
import { useTranslations } from './language.ts';

const fingerprints = new Map<string, string | undefined>();

/**
 * The fingerprint of a published version: the SHA-256 of its sealed record (src/versions/
 * fingerprint.ts). Undefined for a version without a seal, which only the preview of drafts shows.
 */
export function versionFingerprint(version: string): string | undefined {
  if (!fingerprints.has(version)) {
    const seal = CONTENT.seals?.[version];
    fingerprints.set(version, seal && fingerprintOf(version, seal));
  }
  return fingerprints.get(version);
}

/** The name a reader's browser saves the file of a version under: privacy-statement-2023-09-27-nl.html. */
export function versionFileName(locale: string, version: string): string {
  return `${useTranslations(locale)('record.fileName')}-${version}-${locale}.html`;
}

/** The organisation's name as the version states it (its details on the version's date). */
export function versionOrganization(version: string): string {
  return detailsAt(CONTENT.organization, version).name;
}
