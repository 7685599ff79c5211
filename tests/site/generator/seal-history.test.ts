// A published version cannot be rewritten and sealed again: in a git repository, the check reads
// the history of content/seals.yaml and refuses a seal that differs from one committed before,
// unless a correction recorded since explains it. One repository, made here from a copy of the
// second organisation with commits of a fixed author and date, goes through what an editor (or
// someone hiding a change) would do; a shallow clone and a copy outside git say what they cannot
// prove.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runScript } from '../../harness/project-copy.ts';
import { CLINIC, contentReport, edit, publish, scenario, treeHash } from '../../helpers/copies.ts';
import { builtSite } from '../../helpers/sites.ts';

/** git in a test repository: a fixed author and date, no configuration of this machine. */
function git(dir: string, args: string[], date = '2025-04-01T12:00:00Z'): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Redactie',
    GIT_AUTHOR_EMAIL: 'redactie@example.org',
    GIT_COMMITTER_NAME: 'Redactie',
    GIT_COMMITTER_EMAIL: 'redactie@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  const result = spawnSync(
    'git',
    ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, encoding: 'utf8', env },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

const commit = (dir: string, message: string, date: string) => {
  git(dir, ['add', '-A'], date);
  git(dir, ['commit', '-q', '-m', message], date);
  return git(dir, ['rev-parse', '--short=7', 'HEAD']);
};

/** A seal as written before seals recorded the version's own entry (the format of that time). */
const withoutRecords = (seals: string) => seals.replace(/^ {2}record:\n(?: {4}.*\n)+/gm, '');

describe('the history of the seals, in a git repository of the second organisation', () => {
  const dir = scenario({ content: CLINIC });
  const before = publish(dir, builtSite('secondOrganization'));
  writeFileSync(join(dir, '.gitignore'), 'node_modules\ndist\n.build\n.astro\n');
  git(dir, ['init', '-q']);
  // Sealed in the older format, then renewed in the newer one: an honest change of format.
  edit(dir, 'content/seals.yaml', withoutRecords);
  const first = commit(dir, 'Publish the versions of 2024 and 2025', '2025-04-01T12:00:00Z');
  cpSync(join(PROJECT_ROOT, CLINIC, 'seals.yaml'), join(dir, 'content/seals.yaml'));
  const renewed = commit(dir, 'Seals record the entries of the versions', '2025-04-02T12:00:00Z');

  it('passes the check: a seal renewed in a newer format with the same values is no rewrite', () => {
    // The content check as npm run check runs it, in this process (the commands themselves run below).
    const report = contentReport(dir, { warnings: true });
    expect(report).not.toMatch(/seals\.yaml.*(rewritten|removed|git repository|shallow)/);
    expect(contentReport(dir)).toBe('');
  });

  it('refuses a published version whose seal was deleted, its text edited, sealed again and committed: check and build name the version and the first sealing commit, dist/ stays', () => {
    edit(dir, 'content/seals.yaml', (text) => text.replace(/^2025-04-01:\n(?: {2}.*\n)+/m, ''));
    edit(dir, 'content/patient/2025-04-01/de.mdx', (text) =>
      text.replace('Behandlung', 'Nachbehandlung'),
    );
    const seal = runScript(dir, 'seal', ['2025-04-01']);
    expect(seal.status, seal.output).toBe(0);
    commit(dir, 'Wording', '2025-05-01T12:00:00Z');

    const rewritten = new RegExp(
      `the seal of version 2025-04-01 was rewritten: since commit ${first} \\(2025-04-01\\) sealed it, content/patient/2025-04-01/de\\.mdx was changed, and no correction recorded since then explains it\\. A published version changes only through a correction; version 2025-04-01 was first sealed in commit ${first} \\(2025-04-01\\)`,
    );
    const check = runScript(dir, 'check');
    expect(check.status).toBe(1);
    expect(check.output).toMatch(rewritten);
    expect(check.output).toContain(
      `How to fix: restore what was published, as in commit ${renewed}: the text (git checkout ${renewed} -- content/patient/2025-04-01/de.mdx), and the block of 2025-04-01 in content/seals.yaml`,
    );
    const build = runScript(dir, 'build');
    expect(build.status).toBe(1);
    expect(build.output).toMatch(rewritten);
    expect(build.output).toContain('nothing was published, dist/ is as it was');
    expect(treeHash(join(dir, 'dist'))).toBe(before);
  });

  it('refuses a seal that was committed and then removed, naming the commit that has it', () => {
    edit(dir, 'content/seals.yaml', (text) => text.replace(/^2024-03-01:\n(?: {2}.*\n)+/m, ''));
    const report = contentReport(dir);
    expect(report).toContain(
      `the seal of version 2024-03-01 was removed, and a seal, once committed, stays: commit `,
    );
    expect(report).toContain(
      `(version 2024-03-01 was first sealed in commit ${first} (2025-04-01))`,
    );
    git(dir, ['checkout', '-q', '--', 'content/seals.yaml']);
  });

  it('accepts the same change made through a correction recorded after the seal', () => {
    edit(dir, 'content/versions.yaml', (text) =>
      text.replace(
        '- date: 2025-04-01\n',
        '- date: 2025-04-01\n  corrections:\n    - date: 2025-05-02\n      reason: { de: Nachbehandlung statt Behandlung., en: Aftercare instead of treatment., fr: Suivi au lieu du traitement. }\n',
      ),
    );
    expect(runScript(dir, 'seal', ['2025-04-01']).status).toBe(0);
    commit(dir, 'Correct 2025-04-01', '2025-05-02T12:00:00Z');
    expect(contentReport(dir)).toBe('');
  });

  describe('a shallow clone', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'shallow-clone-'));
    afterAll(() => rmSync(shallow, { recursive: true, force: true }));

    it('says once that it cannot prove the history before its oldest commit, and passes', () => {
      git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
      expect(contentReport(shallow)).toBe('');
      const report = contentReport(shallow, { warnings: true });
      expect(report.match(/this is a shallow clone/g)).toHaveLength(1);
      expect(report).toContain('How to fix: fetch the whole history: git fetch --unshallow');
    });
  });
});

describe('a copy outside git', () => {
  it('says once, as a warning, that it cannot read the history, and the check passes', () => {
    const dir = scenario({ content: CLINIC });
    expect(contentReport(dir)).toBe('');
    expect(
      contentReport(dir, { warnings: true }).match(
        /^⚠ warning: content\/seals\.yaml: this copy of the project is not in a git repository/gm,
      ),
    ).toHaveLength(1);
  });
});
