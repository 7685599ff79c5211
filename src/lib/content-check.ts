import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { organizationSchema, type Organization } from '../schemas/organization.ts';
import { sealsSchema, type Seals } from '../schemas/seals.ts';
import { versionsSchema, type Version } from '../schemas/versions.ts';
import { organizationWarnings } from './contact.ts';
import { ContentError } from './content-error.ts';
import type { ContentProblem } from './content-problem.ts';
import { validateStatementFiles } from './content-validation.ts';
import { loadYaml } from './load-yaml.ts';
import { checkSeals, SEALS_FILE } from './seals.ts';

export interface CheckedContent {
  organization: Organization | undefined;
  versions: Version[] | undefined;
  seals: Seals;
  problems: ContentProblem[];
}

function attempt<T>(problems: ContentProblem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (cause) {
    if (!(cause instanceof ContentError)) throw cause;
    problems.push({ file: cause.file, message: cause.problem, fix: cause.fix, severity: 'error' });
    return undefined;
  }
}

/** Everything that can be known about the content without rendering it: one list of problems. */
export function checkContent(root: string, locales: readonly string[], sourceLocale: string): CheckedContent {
  const problems: ContentProblem[] = [];
  const organization = attempt(problems, () =>
    loadYaml(root, 'content/organization.yaml', organizationSchema, 'correct the field as described; see docs/editing.md, "Contact details"'),
  );
  const versions = attempt(problems, () =>
    loadYaml(root, 'content/versions.yaml', versionsSchema, 'correct the entry as described; see docs/editing.md, "Versions"'),
  );
  const seals =
    (existsSync(join(root, SEALS_FILE))
      ? attempt(problems, () => loadYaml(root, SEALS_FILE, sealsSchema, 'content/seals.yaml is written by npm run seal; restore it with git checkout -- content/seals.yaml'))
      : {}) ?? {};
  if (organization) {
    problems.push(...organizationWarnings(organization, 'content/organization.yaml'));
  }
  if (versions) {
    problems.push(...missingSummaries(versions, locales, sourceLocale));
    problems.push(...validateStatementFiles({ root, locales, sourceLocale, versionDates: versions.map((v) => v.date) }));
    problems.push(...checkSeals(root, seals, versions));
  }
  return { organization, versions, seals, problems };
}

/** A summary in the source language is required; a missing translation of it falls back, with a warning. */
function missingSummaries(versions: readonly Version[], locales: readonly string[], sourceLocale: string): ContentProblem[] {
  return versions.flatMap((version, index) =>
    locales
      .filter((locale) => !version.summary[locale])
      .map((locale): ContentProblem => ({
        file: 'content/versions.yaml',
        message: `${index}.summary.${locale}: version ${version.date} has no summary in "${locale}"${locale === sourceLocale ? '' : '; readers of that language see the summary in the source language'}`,
        fix: `write a short summary of what changed in this version under summary: ${locale}:`,
        severity: locale === sourceLocale ? 'error' : 'warning',
      })),
  );
}
