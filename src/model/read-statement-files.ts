import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { textRules } from '../guard/characters.ts';
import { STRINGS_FOLDER } from '../i18n/interface-texts.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';
import type { Version } from '../schemas/versions-schema.ts';
import { isRealIsoDate } from '../time/dates.ts';
import { GENERAL, partIds } from './parts.ts';
import { readStatementFile, type ParsedStatementFile } from './statement-file.ts';

/** Files of content/ other than statement folders. */
const DATA_FILES = ['site.yaml', 'organization.yaml', 'versions.yaml', 'seals.yaml', 'search.yaml'];

const error = (file: string, message: string, fix: string): ContentProblem => ({
  file,
  message,
  fix,
  severity: 'error',
});

/** Every statement file under content/, each read and checked once; unknown folders and files are problems. */
export function readStatementFiles(
  root: string,
  site: SiteConfig,
  versions: readonly Version[] | undefined,
  problems: ContentProblem[],
  sealed: ReadonlySet<string> = new Set(),
): { parsed: ParsedStatementFile[]; fileHashes: Map<string, string>; missing: string[] } {
  const missing: string[] = [];
  const parts = partIds(site);
  const codes = site.languages.map((language) => language.code);
  const binding = site.languages.find((language) => language.binding)!.code;
  const dates = versions?.map((version) => version.date);
  const logo = site.brand?.logo;
  const parsed: ParsedStatementFile[] = [];
  const fileHashes = new Map<string, string>();
  for (const name of readdirSync(join(root, 'content')).sort()) {
    const isFolder = statSync(join(root, 'content', name)).isDirectory();
    if (isFolder && parts.includes(name)) {
      readPart(name);
    } else if (
      (!isFolder && (DATA_FILES.includes(name) || name === logo)) ||
      (isFolder && name === STRINGS_FOLDER)
    ) {
      continue;
    } else {
      problems.push(
        error(
          `content/${name}${isFolder ? '/' : ''}`,
          isFolder
            ? `the folder "${name}" is not a part of the statement: content/site.yaml has no audience "${name}"`
            : `unknown file in content/`,
          isFolder
            ? `statement parts go in ${parts.map((part) => `content/${part}/`).join(', ')}. Rename the folder, or add the audience to content/site.yaml (audiences)`
            : `content/ holds ${DATA_FILES.join(', ')}${logo ? `, ${logo}` : ''}, strings/ and the statement folders. Rename or remove it.`,
        ),
      );
    }
  }
  // The general sections are in every version; an audience may join in a later version, and
  // is then in every version after it (a published audience is never dropped silently).
  // An audience of site.yaml with a text in no version is missing from the newest one; a version's
  // folder of a part holds its binding text (translations alone are not a part).
  for (const part of parts) {
    const present = (dates ?? []).map((version) =>
      existsSync(join(root, `content/${part}/${version}/${binding}.mdx`)),
    );
    const first = present.indexOf(true);
    (dates ?? []).forEach((version, index) => {
      if (present[index]) return;
      const file = `content/${part}/${version}/${binding}.mdx`;
      const newest = index === dates!.length - 1;
      const hasFolder = existsSync(join(root, `content/${part}/${version}`));
      const laterVersion = first !== -1 && index > first;
      const message =
        part === GENERAL
          ? `version ${version} is listed in content/versions.yaml but this file is missing`
          : laterVersion
            ? `the audience "${part}" is in version ${dates![first]} and later versions, but this file of version ${version} is missing`
            : hasFolder
              ? `the folder of the audience "${part}" in version ${version} has no binding text: this file is missing`
              : first === -1 && newest
                ? `the audience "${part}" of content/site.yaml has no text in any version: this file is missing`
                : undefined;
      if (!message) return;
      // The seal's check names a sealed file that is gone, with the command that brings it back.
      if (sealed.has(file)) {
        missing.push(file);
        return;
      }
      problems.push(
        error(
          file,
          message,
          part === GENERAL || laterVersion
            ? 'create it (npm run new-version copies a whole version), or remove the version from content/versions.yaml'
            : `write the audience's part in it (its title, then the text), or remove ${hasFolder ? `the folder content/${part}/${version}/` : `the audience "${part}" from content/site.yaml`}`,
        ),
      );
    });
  }
  return { parsed, fileHashes, missing };

  function readPart(part: string): void {
    const folder = join(root, 'content', part);
    for (const version of readdirSync(folder).sort()) {
      const path = `content/${part}/${version}`;
      if (!statSync(join(folder, version)).isDirectory()) {
        problems.push(
          error(
            path,
            'a file directly in a part folder',
            `statement files go in a version folder: content/${part}/<YYYY-MM-DD>/<language>.mdx`,
          ),
        );
      } else if (!isRealIsoDate(version)) {
        problems.push(
          error(
            `${path}/`,
            `the folder "${version}" is not a version date`,
            'name it after the date the version takes effect, written YYYY-MM-DD (e.g. 2023-09-27)',
          ),
        );
      } else if (dates && !dates.includes(version)) {
        problems.push(
          error(
            `${path}/`,
            `version ${version} has a folder but no entry in content/versions.yaml`,
            `add an entry with date: ${version} to content/versions.yaml, or remove the folder`,
          ),
        );
      } else {
        for (const name of readdirSync(join(folder, version)).sort()) readFile(part, version, name);
      }
    }
  }

  function readFile(part: string, version: string, name: string): void {
    const file = `content/${part}/${version}/${name}`;
    const locale = /^(.+)\.mdx$/.exec(name)?.[1];
    const language = site.languages.find((candidate) => candidate.code === locale);
    if (!locale || !language) {
      problems.push(
        error(
          file,
          `not a statement file: expected <language>.mdx with a language of this site (${codes.join(', ')})`,
          `rename it (e.g. ${binding}.mdx), or add the language to content/site.yaml`,
        ),
      );
      return;
    }
    const result = readStatementFile(
      readFileSync(join(root, file)),
      { file, part, version, locale },
      site,
      textRules(language),
    );
    fileHashes.set(file, result.sha256);
    problems.push(...result.problems);
    if (result.parsed) parsed.push(result.parsed);
  }
}
