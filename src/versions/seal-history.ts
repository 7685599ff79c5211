import { readYaml } from '../guard/safe-yaml.ts';
import { SEALS_FILE, type ContentAsRead } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { sealSchema, type Seal } from '../schemas/seals-schema.ts';
import {
  committedSealsFile,
  readSealHistory,
  type SealCommit,
  type SealHistory,
} from './git-history.ts';

/** A seal of one version as history shows it: the first commit that held it, and the corrections recorded then. */
interface SealState {
  commit: SealCommit;
  /** The last commit in a row that held the same seal. */
  lastCommit: SealCommit;
  seal: Seal;
  /** The corrections of the version recorded in content/versions.yaml in that commit. */
  recorded: Set<string>;
}

/** Each version's seal in a committed content/seals.yaml. Entries it cannot read promise nothing and are left out. */
function sealsIn(text: string | undefined): Map<string, Seal> {
  const seals = new Map<string, Seal>();
  if (text === undefined) return seals;
  const { data } = readYaml(text, { file: SEALS_FILE });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return seals;
  for (const [version, entry] of Object.entries(data)) {
    const seal = sealSchema.safeParse(entry);
    if (seal.success) seals.set(version, seal.data);
  }
  return seals;
}

/**
 * The seal of a version as the last commit has it (what was published), for npm run seal: none
 * before its first seal was committed, and `inGit` false where there is no history to ask.
 */
export function committedSeal(root: string, version: string): { inGit: boolean; seal?: Seal } {
  const { inGit, text } = committedSealsFile(root);
  const seal = sealsIn(text).get(version);
  return seal ? { inGit, seal } : { inGit };
}

/**
 * A correction as written, whatever the order of its keys and the spaces around its texts (as the
 * schema reads them): what tells one correction from another.
 */
const correctionKey = (correction: unknown): string =>
  JSON.stringify(correction, (_key, value: unknown) =>
    typeof value === 'string'
      ? value.trim()
      : value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
        : value,
  );

/** The corrections of each version in a text of content/versions.yaml, as written. */
function correctionsIn(text: string | undefined): Map<string, string[]> {
  const corrections = new Map<string, string[]>();
  if (text === undefined) return corrections;
  const { data } = readYaml(text, { file: 'content/versions.yaml' });
  if (!Array.isArray(data)) return corrections;
  for (const entry of data as { date?: unknown; corrections?: unknown }[]) {
    if (!entry || typeof entry.date !== 'string') continue;
    const list = Array.isArray(entry.corrections) ? entry.corrections : [];
    corrections.set(entry.date, list.map(correctionKey));
  }
  return corrections;
}

const DETAIL_NAMES: Record<string, string> = { complaint: 'the complaint link' };

/**
 * What a later seal promises differently from an earlier one, compared value by value on what both
 * record: a seal written before a field existed (details, the entry) promises nothing about it, so
 * that a change of the format of seals.yaml is not taken for a change of a version.
 */
function differences(before: Seal, after: Seal): string[] {
  const found: string[] = [];
  const files = [...new Set([...Object.keys(before.files), ...Object.keys(after.files)])].sort();
  for (const file of files) {
    const [was, is] = [before.files[file], after.files[file]];
    if (was === is) continue;
    found.push(
      `${file} ${was === undefined ? 'was added' : is === undefined ? 'was removed' : 'was changed'}`,
    );
  }
  if (before.details && after.details) {
    for (const name of [
      ...new Set([...Object.keys(before.details), ...Object.keys(after.details)]),
    ].sort())
      if (before.details[name] !== after.details[name])
        found.push(`what it shows for ${DETAIL_NAMES[name] ?? `<${name} />`} was changed`);
  }
  if (before.record && after.record) {
    const fields = (['provenance', 'material', 'announced', 'summary', 'corrections'] as const)
      .filter((field) => before.record![field] !== after.record![field])
      .map((field) => (field === 'corrections' ? 'its corrections' : `its ${field}`));
    if (fields.length > 0)
      found.push(`its entry in content/versions.yaml was changed (${fields.join(', ')})`);
  }
  if (after.corrections < before.corrections)
    found.push(
      `it includes ${after.corrections} correction(s) where it included ${before.corrections}`,
    );
  return found;
}

/** The seals of one version through history: a new state wherever it promised something else. */
function statesOf(
  version: string,
  commits: readonly { commit: SealCommit; seals: Map<string, Seal> }[],
): SealState[] {
  const states: SealState[] = [];
  for (const { commit, seals } of commits) {
    const seal = seals.get(version);
    if (!seal) continue;
    const last = states.at(-1);
    if (
      last &&
      last.seal.corrections === seal.corrections &&
      differences(last.seal, seal).length === 0
    ) {
      // The same promise, perhaps in a newer format: keep the fuller seal, dated from its first commit.
      last.seal = seal;
      last.lastCommit = commit;
      continue;
    }
    states.push({
      commit,
      lastCommit: commit,
      seal,
      recorded: new Set(correctionsIn(commit.versions).get(version) ?? []),
    });
  }
  return states;
}

const short = (commit: SealCommit) => `${commit.hash.slice(0, 7)} (${commit.date})`;

function historyWarning(history: Exclude<SealHistory, { available: true }>): ContentProblem {
  return {
    file: SEALS_FILE,
    message:
      history.why === 'no-git'
        ? 'git is not installed, so the check cannot read the history of the seals and prove that no published version was rewritten and sealed again'
        : 'this copy of the project is not in a git repository, so the check cannot read the history of the seals and prove that no published version was rewritten and sealed again',
    fix: 'run the check in a clone of the repository (git clone), where the history is; a copy made for a test or a preview needs nothing',
    severity: 'warning',
  };
}

/**
 * A published version's seal, once committed, changes only through a correction: the history of
 * content/seals.yaml is read from git, and every seal a version had is compared, value by value,
 * with the seal it has now. Where they differ, the seal now must include a correction that
 * content/versions.yaml did not have when the earlier seal was committed. A seal that was
 * committed and is gone is an error too. Outside a git repository, or in a shallow clone, the
 * check says once that it cannot prove this (or not all of it).
 */
export function checkSealHistory(
  content: ContentAsRead,
  history: SealHistory = readSealHistory(content.root),
): ContentProblem[] {
  if (!history.available) return [historyWarning(history)];
  const problems: ContentProblem[] = [];
  if (history.shallow && history.commits.length > 0)
    problems.push({
      file: SEALS_FILE,
      message: `this is a shallow clone: the history of the seals before ${short(history.commits[0]!)} is not here, so the check cannot prove that no published version was rewritten and sealed again before it`,
      fix: 'fetch the whole history: git fetch --unshallow (in a CI job, check out with the full history, e.g. fetch-depth: 0)',
      severity: 'warning',
    });
  const commits = history.commits.map((commit) => ({ commit, seals: sealsIn(commit.seals) }));
  for (const { date, corrections } of content.versions) {
    const states = statesOf(date, commits);
    const first = states[0];
    if (!first) continue;
    const now = content.seals?.[date];
    const correct = `To mend an error in the published text instead, add a correction (date and reason per language) to version ${date} in content/versions.yaml and run npm run seal -- ${date}`;
    const firstSealed = `version ${date} was first sealed in commit ${short(first.commit)}`;
    if (!now) {
      const held = states.at(-1)!.lastCommit.hash.slice(0, 7);
      problems.push({
        file: SEALS_FILE,
        message: `the seal of version ${date} was removed, and a seal, once committed, stays: commit ${short(states.at(-1)!.lastCommit)} has it (${firstSealed})`,
        fix: `put the block of ${date} back in content/seals.yaml as it is in that commit (git show ${held}:content/seals.yaml), and undo any change to the version's text. ${correct}`,
        severity: 'error',
      });
      continue;
    }
    const recordedNow = corrections.map(correctionKey);
    const broken = states.filter((state) => {
      if (differences(state.seal, now).length === 0) return false;
      // Corrections recorded after that seal was committed, and included in the seal now.
      const since = recordedNow
        .slice(state.seal.corrections, now.corrections)
        .filter((correction) => !state.recorded.has(correction));
      return now.corrections <= state.seal.corrections || since.length === 0;
    });
    const last = broken.at(-1);
    if (!last) continue;
    const changed = differences(last.seal, now);
    const files = changed
      .map((change) => /^(content\/\S+\.mdx) was (changed|removed)$/.exec(change)?.[1])
      .filter((file): file is string => file !== undefined);
    const held = last.lastCommit.hash.slice(0, 7);
    problems.push({
      file: SEALS_FILE,
      message: `the seal of version ${date} was rewritten: since commit ${short(last.commit)} sealed it, ${changed.join('; ')}, and no correction recorded since then explains it. A published version changes only through a correction; ${firstSealed}`,
      fix: `restore what was published, as in commit ${held}: ${files.length > 0 ? `the text (git checkout ${held} -- ${files.join(' ')}), and ` : ''}the block of ${date} in content/seals.yaml (git show ${held}:content/seals.yaml). ${correct}`,
      severity: 'error',
    });
  }
  return problems;
}
