import {
  calendarHref,
  href,
  retentionDataHref,
  versionDataHref,
  versionFileHref,
} from './hrefs.ts';
import { versionFingerprint } from './record.ts';
import { previousVersion } from '../versions/timeline.ts';
import { audiencesOf, CONTENT, TIMELINE } from './content.ts';
import { versionMetadata, versionStatus } from './versions.ts';

/**
 * Every published version in one language, with when it applied, where it came from, whether it
 * was material, its seal and fingerprint, and the addresses of its pages and data: enough for a
 * tool to answer "which version applied on this date" and to verify what it says. The fingerprint
 * is the SHA-256 of the canonical JSON (RFC 8785) of { seal, version }, so anyone can recompute it
 * from this list.
 */
export function versionsExport(locale: string, site: URL | undefined) {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    locale,
    current: TIMELINE.current.date,
    versions: [...TIMELINE.all].reverse().map((version) => {
      const previous = previousVersion(TIMELINE.all, version.date);
      const seal = CONTENT.seals?.[version.date];
      const status = versionStatus(version.date);
      return {
        version: version.date,
        ...versionMetadata(version, locale),
        seal: seal ?? null,
        fingerprint: versionFingerprint(version.date) ?? null,
        urls: {
          page: absolute(href({ kind: 'version', locale, version: version.date })),
          roles: Object.fromEntries(
            audiencesOf(version.date).map((audience) => [
              audience,
              absolute(href({ kind: 'version', locale, version: version.date, audience })),
            ]),
          ),
          data: absolute(versionDataHref(locale, version.date)),
          file: seal ? absolute(versionFileHref(locale, version.date)) : null,
          retention: absolute(retentionDataHref(locale, version.date)),
          changes: previous
            ? absolute(href({ kind: 'changes', locale, from: previous.date, to: version.date }))
            : null,
          calendar: status === 'upcoming' ? absolute(calendarHref(locale, version.date)) : null,
        },
      };
    }),
  };
}
