import { createHash } from 'node:crypto';
import type { Seal, Seals } from '../schemas/seals-schema.ts';
import type { Version } from '../schemas/versions-schema.ts';
import { detailsAt, shownDetails } from '../organization/contact-details.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { SEALS_FILE, type ContentAsRead } from '../model/content-model.ts';
import { firstChangedLine, restoreCommand } from './changed-line.ts';
import { versionEntry } from './entries.ts';
import { isPublished } from './timeline.ts';

/** Every file of a version, relative to the repository, in a stable order. */
function versionFiles(content: ContentAsRead, version: string): string[] {
  return [...content.fileHashes.keys()].filter((file) => file.split('/')[2] === version).sort();
}

/** What a seal of the version records now: its files' SHA-256, the organisation details it shows and its own entry. */
export function sealVersion(content: ContentAsRead, version: string, corrections: number): Seal {
  const entry = content.versions.find((candidate) => candidate.date === version);
  return {
    corrections,
    // Unknown while organization.yaml cannot be read: then only the files and the entry are compared.
    ...(content.organization
      ? { details: shownDetails(detailsAt(content.organization, version)) }
      : {}),
    files: Object.fromEntries(
      versionFiles(content, version).map((file) => [file, content.fileHashes.get(file)!]),
    ),
    ...(entry ? { record: versionRecord(entry, corrections) } : {}),
  };
}

/**
 * The version's entry in content/versions.yaml as a seal keeps it: what it says of itself
 * (provenance, material, announced) as written, its summary and the corrections the seal includes
 * as SHA-256, so that none of them can change after publication without a trace.
 */
function versionRecord(version: Version, corrections: number): NonNullable<Seal['record']> {
  return {
    provenance: version.provenance,
    material: version.material,
    ...(version.announced ? { announced: version.announced } : {}),
    summary: sha256(canonicalJson(version.summary)),
    // What was corrected and why; the languages whose pages list a correction are where it is
    // shown, which may be set after publication (and seals made before there was such a field
    // stay valid).
    corrections: sha256(
      canonicalJson(
        version.corrections.slice(0, corrections).map(({ date, reason }) => ({ date, reason })),
      ),
    ),
  };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with the keys of every object sorted, so that the order an editor wrote them in does not count. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The parts of a version's entry a seal keeps, and how a change of each reads. */
const RECORD_FIELDS: Record<
  keyof NonNullable<Seal['record']>,
  (before?: string | boolean, after?: string | boolean) => string
> = {
  provenance: (before, after) => `its provenance changed from "${before}" to "${after}"`,
  material: (before, after) => `material changed from ${before} to ${after}`,
  announced: (before, after) =>
    `its announcement day changed from ${before ?? 'none'} to ${after ?? 'none'}`,
  summary: () => 'its summary changed',
  corrections: () =>
    'a correction that its seal includes was changed, removed or moved (a new correction goes at the end of the list)',
};

/** The version's entry in content/versions.yaml as it is now, against its seal. */
function recordBreaks(version: Version | undefined, seal: Seal): SealBreak[] {
  if (!version) return [];
  if (!seal.record)
    return [
      {
        kind: 'seal',
        file: SEALS_FILE,
        change:
          "does not record the version's entry in content/versions.yaml, so a change of its summary, provenance or corrections would go unnoticed",
        renewable: true,
      },
    ];
  const now = versionRecord(version, seal.corrections);
  return (Object.keys(RECORD_FIELDS) as (keyof typeof RECORD_FIELDS)[])
    .filter((field) => seal.record![field] !== now[field])
    .map((field) => ({
      kind: 'entry' as const,
      file: VERSIONS_FILE,
      change: RECORD_FIELDS[field](seal.record![field], now[field]),
    }));
}

export interface SealBreak {
  /**
   * What broke: a statement file; the version's entry in content/versions.yaml; a detail of
   * content/organization.yaml it shows; or the seal itself, which lacks a record.
   */
  kind: 'file' | 'entry' | 'details' | 'seal';
  /** The file to look at. */
  file: string;
  /** What is different, as a sentence. */
  change: string;
  /** A seal written before it recorded this; npm run seal renews it when nothing else changed. */
  renewable?: boolean;
}

const VERSIONS_FILE = 'content/versions.yaml';

/** How a sealed version differs from its seal: files changed, added or removed; details changed. */
export function brokenSeal(content: ContentAsRead, version: string, seal: Seal): SealBreak[] {
  const now = sealVersion(content, version, seal.corrections);
  const files = [...new Set([...Object.keys(seal.files), ...Object.keys(now.files)])].sort();
  const breaks: SealBreak[] = files.flatMap((file) => {
    const [sealed, current] = [seal.files[file], now.files[file]];
    if (sealed === current) return [];
    return [
      {
        kind: 'file' as const,
        file,
        change: `was ${sealed === undefined ? 'added' : current === undefined ? 'removed' : 'changed'}`,
      },
    ];
  });
  breaks.push(
    ...recordBreaks(
      content.versions.find((candidate) => candidate.date === version),
      seal,
    ),
  );
  if (!seal.details) {
    breaks.push({
      kind: 'seal',
      file: SEALS_FILE,
      change:
        'does not record the organisation details the version shows, so a change of them would go unnoticed',
    });
    return breaks;
  }
  if (!now.details) return breaks;
  for (const name of [
    ...new Set([...Object.keys(seal.details), ...Object.keys(now.details)]),
  ].sort()) {
    if (seal.details[name] === now.details![name]) continue;
    breaks.push({
      kind: 'details',
      file: 'content/organization.yaml',
      change: `changes what the version shows for ${name === 'complaint' ? 'the complaint link' : `<${name} />`}: "${seal.details[name] ?? ''}" is now "${now.details![name] ?? ''}"`,
    });
  }
  return breaks;
}

/**
 * A published version never changes silently. A version dated on or before the build date is
 * published and must be sealed; a later one may still be a draft. A sealed version whose files or
 * shown details differ from the seal is an error, unless a correction was recorded (then it must
 * be sealed again). A seal of a version that does not exist is an error too.
 */
export function checkSeals(content: ContentAsRead, buildDate: string): ContentProblem[] {
  const seals: Seals = content.seals ?? {};
  const problems: ContentProblem[] = [];
  const published = content.versions.filter((version) => isPublished(version, buildDate));
  if (!content.seals && published.length > 0) {
    problems.push({
      file: SEALS_FILE,
      message: `the file is missing, so nothing proves that the published version(s) ${published.map((version) => version.date).join(', ')} are as published`,
      fix: `for a first publication, seal ${published.length === 1 ? 'the version' : 'each version'} on the site: ${published.map((version) => `npm run seal -- ${version.date}`).join(', ')}, then commit content/seals.yaml. If the file was deleted by mistake, restore it instead: git checkout -- content/seals.yaml`,
      severity: 'error',
    });
    return problems;
  }
  for (const date of Object.keys(seals)) {
    if (!content.versions.some((version) => version.date === date)) {
      problems.push({
        file: SEALS_FILE,
        message: `a seal for version ${date}, which content/versions.yaml does not have`,
        fix: `restore the version's entry in content/versions.yaml (a published version is never removed), or, if it never was published, remove its seal`,
        severity: 'error',
      });
    }
  }
  for (const version of content.versions) {
    const seal = seals[version.date];
    if (!seal) {
      // Public means sealed: what readers were shown, in effect or announced, cannot change unseen.
      if (isPublished(version, buildDate)) {
        problems.push({
          file: `content/*/${version.date}/`,
          message:
            version.date <= buildDate
              ? `version ${version.date} is in effect (dated on or before ${buildDate}) but not sealed, so it could change without a trace`
              : `version ${version.date} is announced (on ${version.announced}) and so on the site, but not sealed, so it could change without a trace`,
          fix: `seal it when its text is final: npm run seal -- ${version.date}, and commit content/seals.yaml${version.date > buildDate ? `; until then, remove announced: to keep it a draft` : ''}`,
          severity: 'error',
        });
      }
      continue;
    }
    problems.push(...sealProblems(content, version, seal));
  }
  return problems;
}

function sealProblems(content: ContentAsRead, version: Version, seal: Seal): ContentProblem[] {
  const corrected = version.corrections.length > seal.corrections;
  const breaks = brokenSeal(content, version.date, seal);
  if (breaks.length === 0 && corrected) {
    return [
      {
        file: versionEntry(content, version.date, 'corrections').place,
        message: `a correction of version ${version.date} is recorded, but the seal does not include it yet`,
        fix: `seal the corrected version: npm run seal -- ${version.date}`,
        severity: 'error',
      },
    ];
  }
  return breaks.map((found) => {
    // An edited file is named at its first changed line, where git still has the sealed copy.
    const changed =
      found.kind === 'file' && seal.files[found.file]
        ? firstChangedLine(content.root, found.file, seal.files[found.file]!)
        : undefined;
    const entry = found.kind === 'entry' ? versionEntry(content, version.date).place : undefined;
    return {
      file: changed ? `${found.file}:${changed.line}` : (entry ?? found.file),
      message: `${breakMessage(found, version.date)}${changed?.sealed ? ` (the sealed text of this line: "${changed.sealed}")` : ''}`,
      fix: corrected
        ? `a correction is recorded for ${version.date} in content/versions.yaml; seal the corrected version: npm run seal -- ${version.date}`
        : breakFix(found, version.date, newestSealed(content), content.root),
      severity: 'error' as const,
    };
  });
}

function breakMessage({ kind, change }: SealBreak, date: string): string {
  const published = `after version ${date} was published and sealed; a published version may not change`;
  switch (kind) {
    case 'seal':
      return `the seal of version ${date} ${change}`;
    case 'entry':
      return `the entry of version ${date}: ${change} after it was published and sealed; a published version may not change`;
    case 'details':
      return `this change ${change} ${published}`;
    case 'file':
      return `this file ${change} ${published}`;
  }
}

/** The date of the newest sealed version: a change of details must take effect after it. */
function newestSealed(content: ContentAsRead): string {
  return (
    Object.keys(content.seals ?? {})
      .sort()
      .at(-1) ?? ''
  );
}

function breakFix(
  { kind, file, change, renewable }: SealBreak,
  date: string,
  newest: string,
  root: string,
): string {
  const correct = `add a correction (date and reason) to version ${date} in content/versions.yaml and run npm run seal -- ${date}`;
  if (kind === 'entry')
    return `restore the entry of ${date} in content/versions.yaml as it was published (git diff content/versions.yaml shows the change). To mend an error in it, ${correct}`;
  if (renewable)
    return `renew the seal: npm run seal -- ${date} (it adds what the seal lacks when nothing else changed), and commit content/seals.yaml`;
  if (kind === 'details')
    return `keep the details at the top of content/organization.yaml as they were, and record the new ones under changes: with the day they take effect, after ${newest} (each sealed version shows the details of its own date, and ${newest} is the newest sealed one); if the published details were wrong, ${correct}`;
  return `${change === 'was removed' ? 'restore it' : 'undo the change'} (${change === 'was removed' ? restoreCommand(root, file) : `git checkout -- ${file}`}). To change the statement, start a new version: npm run new-version -- YYYY-MM-DD. To mend an error in the published text, ${correct}.`;
}
