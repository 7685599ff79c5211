import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Seal, Seals } from '../schemas/seals.ts';
import type { Version } from '../schemas/versions.ts';
import { STATEMENT_COLLECTIONS } from './audiences.ts';
import type { ContentProblem } from './content-problem.ts';

export const SEALS_FILE = 'content/seals.yaml';

/** Every file of a version, relative to the repository, in a stable order. */
export function versionFiles(root: string, version: string): string[] {
  return STATEMENT_COLLECTIONS.flatMap((collection) => {
    const folder = join(root, 'content', collection, version);
    return existsSync(folder)
      ? readdirSync(folder)
          .sort()
          .map((file) => `content/${collection}/${version}/${file}`)
      : [];
  });
}

export function fileHash(root: string, file: string): string {
  return createHash('sha256').update(readFileSync(join(root, file))).digest('hex');
}

export function sealVersion(root: string, version: string, corrections: number): Seal {
  return {
    corrections,
    files: Object.fromEntries(versionFiles(root, version).map((file) => [file, fileHash(root, file)])),
  };
}

/** The files of a sealed version that differ from its seal: changed, added or removed. */
export function brokenSeal(root: string, version: string, seal: Seal): { file: string; change: 'changed' | 'added' | 'removed' }[] {
  const now = sealVersion(root, version, seal.corrections).files;
  const files = [...new Set([...Object.keys(seal.files), ...Object.keys(now)])].sort();
  return files.flatMap((file) => {
    const sealed = seal.files[file];
    const current = now[file];
    if (sealed === current) return [];
    return [{ file, change: sealed === undefined ? 'added' : current === undefined ? 'removed' : 'changed' }];
  });
}

/**
 * Published versions never change silently: a sealed file that changed is an error, unless a
 * correction was recorded for it (then it must be sealed again). An unsealed version is a draft.
 */
export function checkSeals(root: string, seals: Seals, versions: readonly Version[]): ContentProblem[] {
  return versions.flatMap((version): ContentProblem[] => {
    const seal = seals[version.date];
    if (!seal) {
      return [
        {
          file: `content/*/${version.date}/`,
          message: `version ${version.date} is not sealed yet, so it can still change without a trace`,
          fix: `when its text is final, seal it: npm run seal -- ${version.date}`,
          severity: 'warning',
        },
      ];
    }
    const corrected = version.corrections.length > seal.corrections;
    return brokenSeal(root, version.date, seal).map(({ file, change }) => ({
      file,
      message: `this file was ${change} after version ${version.date} was published and sealed; a published version may not change`,
      fix: corrected
        ? `a correction is recorded for ${version.date} in content/versions.yaml; seal the corrected text: npm run seal -- ${version.date}`
        : `undo the change (git checkout -- ${file}). To change the statement, start a new version: npm run new-version -- YYYY-MM-DD. ` +
          `To mend an error in the published text, add a correction (date and reason) to version ${version.date} in content/versions.yaml, then run npm run seal -- ${version.date}.`,
      severity: 'error',
    }));
  });
}
