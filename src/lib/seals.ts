import type { Seal, Seals } from '../schemas/seals.ts';
import type { Version } from '../schemas/versions.ts';
import { detailsAt, shownDetails } from './contact.ts';
import type { ContentProblem } from './content-problem.ts';
import { SEALS_FILE, type Content } from './model/content.ts';
import { isPublished } from './versions.ts';

/** Every file of a version, relative to the repository, in a stable order. */
export function versionFiles(content: Content, version: string): string[] {
  return [...content.fileHashes.keys()].filter((file) => file.split('/')[2] === version).sort();
}

/** What a seal of the version records now: its files' SHA-256 and the organisation details it shows. */
export function sealVersion(content: Content, version: string, corrections: number): Seal {
  return {
    corrections,
    details: shownDetails(detailsAt(content.organization, version)),
    files: Object.fromEntries(versionFiles(content, version).map((file) => [file, content.fileHashes.get(file)!])),
  };
}

export interface SealBreak {
  /** The file, or content/organization.yaml for a changed detail. */
  file: string;
  /** What is different, as a sentence. */
  change: string;
}

/** How a sealed version differs from its seal: files changed, added or removed; details changed. */
export function brokenSeal(content: Content, version: string, seal: Seal): SealBreak[] {
  const now = sealVersion(content, version, seal.corrections);
  const files = [...new Set([...Object.keys(seal.files), ...Object.keys(now.files)])].sort();
  const breaks: SealBreak[] = files.flatMap((file) => {
    const [sealed, current] = [seal.files[file], now.files[file]];
    if (sealed === current) return [];
    return [{ file, change: `was ${sealed === undefined ? 'added' : current === undefined ? 'removed' : 'changed'}` }];
  });
  if (!seal.details) {
    breaks.push({ file: SEALS_FILE, change: 'does not record the organisation details the version shows, so a change of them would go unnoticed' });
    return breaks;
  }
  for (const name of [...new Set([...Object.keys(seal.details), ...Object.keys(now.details!)])].sort()) {
    if (seal.details[name] === now.details![name]) continue;
    breaks.push({
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
export function checkSeals(content: Content, buildDate: string): ContentProblem[] {
  const seals: Seals = content.seals ?? {};
  const problems: ContentProblem[] = [];
  const published = content.versions.filter((version) => isPublished(version, buildDate));
  if (!content.seals && published.length > 0) {
    problems.push({
      file: SEALS_FILE,
      message: `the file is missing, so nothing proves that the published version(s) ${published.map((version) => version.date).join(', ')} are as published`,
      fix: 'restore it from git (git checkout -- content/seals.yaml). Only for a first publication: npm run seal -- <date> for each published version',
      severity: 'error',
    });
    return problems;
  }
  for (const date of Object.keys(seals)) {
    if (!content.versions.some((version) => version.date === date)) {
      problems.push({ file: SEALS_FILE, message: `a seal for version ${date}, which content/versions.yaml does not have`, fix: `restore the version's entry in content/versions.yaml (a published version is never removed), or, if it never was published, remove its seal`, severity: 'error' });
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

function sealProblems(content: Content, version: Version, seal: Seal): ContentProblem[] {
  const corrected = version.corrections.length > seal.corrections;
  const breaks = brokenSeal(content, version.date, seal);
  if (breaks.length === 0 && corrected) {
    return [{ file: 'content/versions.yaml', message: `a correction of version ${version.date} is recorded, but the seal does not include it yet`, fix: `seal the corrected version: npm run seal -- ${version.date}`, severity: 'error' }];
  }
  return breaks.map(({ file, change }) => ({
    file,
    message: file === SEALS_FILE ? `the seal of version ${version.date} ${change}` : `this ${file.endsWith('.yaml') ? 'change' : 'file'} ${change} after version ${version.date} was published and sealed; a published version may not change`,
    fix: corrected
      ? `a correction is recorded for ${version.date} in content/versions.yaml; seal the corrected version: npm run seal -- ${version.date}`
      : file.endsWith('organization.yaml')
        ? `keep the details of ${version.date} as they were, and record the new ones with the day they take effect under changes: in content/organization.yaml; if the published details were wrong, add a correction (date and reason) to version ${version.date} in content/versions.yaml and run npm run seal -- ${version.date}`
        : `undo the change (git checkout -- ${file}). To change the statement, start a new version: npm run new-version -- YYYY-MM-DD. ` +
          `To mend an error in the published text, add a correction (date and reason) to version ${version.date} in content/versions.yaml, then run npm run seal -- ${version.date}.`,
    severity: 'error' as const,
  }));
}
