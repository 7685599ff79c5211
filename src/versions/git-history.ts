import { spawnSync } from 'node:child_process';
import { SEALS_FILE } from '../model/content-model.ts';

const VERSIONS_FILE = 'content/versions.yaml';

/** One commit that changed content/seals.yaml, with both files as they were in it. */
export interface SealCommit {
  hash: string;
  /** The committer's day, YYYY-MM-DD. */
  date: string;
  /** content/seals.yaml in this commit; undefined where the commit removed it. */
  seals: string | undefined;
  /** content/versions.yaml in this commit (which corrections were recorded then). */
  versions: string | undefined;
}

/** What git can tell about the history of content/seals.yaml. */
export type SealHistory =
  | { available: false; why: 'no-git' | 'not-a-repository' }
  | {
      available: true;
      /** A shallow clone: commits before the oldest one here are missing. */
      shallow: boolean;
      /** Oldest first, each after its parents. */
      commits: SealCommit[];
    };

/**
 * The environment git runs in: the repository is the one the project's folder is in, whatever a
 * git hook or a test around it has set, and no configuration changes what is read.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR'])
    delete env[name];
  return env;
}

function git(root: string, args: string[], input?: string) {
  return spawnSync('git', args, {
    cwd: root,
    input,
    maxBuffer: 256 * 1024 * 1024,
    env: gitEnvironment(),
  });
}

/**
 * The answers of `git cat-file --batch`, in the order asked: each object's bytes as text, or
 * undefined for a name that does not exist (a commit without the file).
 */
function readObjects(root: string, names: readonly string[]): (string | undefined)[] {
  if (names.length === 0) return [];
  const result = git(root, ['cat-file', '--batch'], `${names.join('\n')}\n`);
  const output = result.stdout;
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let index = 0; index < names.length; index++) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      texts.push(undefined);
      continue;
    }
    texts.push(output.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

/**
 * Every commit that changed content/seals.yaml, in the git repository the project is in, with the
 * seals and the versions of that commit. Read with the git command (no network: a shallow clone
 * says so instead of fetching).
 */
export function readSealHistory(root: string): SealHistory {
  const where = git(root, [
    'rev-parse',
    '--is-inside-work-tree',
    '--is-shallow-repository',
    '--show-prefix',
  ]);
  if (where.error) return { available: false, why: 'no-git' };
  const [inside, shallow, prefix = ''] = where.stdout.toString('utf8').split('\n');
  if (where.status !== 0 || inside !== 'true') return { available: false, why: 'not-a-repository' };
  // Every commit that changed the file, on every branch merged into this one, parents first.
  const log = git(root, [
    'log',
    '--full-history',
    '--topo-order',
    '--reverse',
    '--format=%H %cI',
    '--',
    SEALS_FILE,
  ]);
  const commits = log.status === 0 ? log.stdout.toString('utf8').split('\n').filter(Boolean) : [];
  const listed = commits.map((line) => {
    const [hash = '', date = ''] = line.split(' ');
    return { hash, date: date.slice(0, 10) };
  });
  const objects = readObjects(
    root,
    listed.flatMap(({ hash }) => [
      `${hash}:${prefix}${SEALS_FILE}`,
      `${hash}:${prefix}${VERSIONS_FILE}`,
    ]),
  );
  return {
    available: true,
    shallow: shallow === 'true',
    commits: listed.map(({ hash, date }, index) => ({
      hash,
      date,
      seals: objects[index * 2],
      versions: objects[index * 2 + 1],
    })),
  };
}

/**
 * content/seals.yaml as the last commit (HEAD) has it: `inGit` false outside a repository or
 * before its first commit; no text where that commit has no seals yet.
 */
export function committedSealsFile(root: string): { inGit: boolean; text?: string } {
  const where = git(root, ['rev-parse', '--verify', '--show-prefix', 'HEAD']);
  if (where.error || where.status !== 0) return { inGit: false };
  const [prefix = ''] = where.stdout.toString('utf8').split('\n');
  const [text] = readObjects(root, [`HEAD:${prefix}${SEALS_FILE}`]);
  return text === undefined ? { inGit: true } : { inGit: true, text };
}
