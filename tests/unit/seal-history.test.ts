// What the history of content/seals.yaml proves, on histories written out here (the git side, with
// real repositories and the commands editors run, is in tests/site/generator/seal-history.test.ts).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Content } from '../../src/model/content-model.ts';
import { readContent } from '../../src/model/read-content.ts';
import type { Seal } from '../../src/schemas/seals-schema.ts';
import type { Version } from '../../src/schemas/versions-schema.ts';
import { checkSealHistory } from '../../src/versions/seal-history.ts';
import type { SealCommit, SealHistory } from '../../src/versions/git-history.ts';
import { readSealHistory } from '../../src/versions/git-history.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

const FILE = 'content/general/2024-01-01/nl.mdx';
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const TYPO = { date: '2024-02-01', reason: { nl: 'Tikfout.', en: 'Typo.' } };

/** A seal as npm run seal writes it, in the format of its time. */
function seal(hash: string, corrections = 0, format: 'old' | 'new' = 'new'): Seal {
  return {
    corrections,
    files: { [FILE]: hash },
    ...(format === 'new'
      ? {
          details: { Email: 'privacy@example.org' },
          record: {
            provenance: 'original' as const,
            material: true,
            summary: 'c'.repeat(64),
            corrections: String(corrections).repeat(64),
          },
        }
      : {}),
  };
}

function version(corrections: Version['corrections'] = []): Version {
  return { date: '2024-01-01', provenance: 'original', material: true, summary: {}, corrections };
}

/** A commit of both files, seals.yaml and versions.yaml. */
function commit(hash: string, date: string, sealed: Seal | undefined, entry: Version): SealCommit {
  return {
    hash: hash.padEnd(40, '0'),
    date,
    seals: stringify(sealed ? { '2024-01-01': sealed } : {}),
    versions: stringify([entry]),
  };
}

const history = (...commits: SealCommit[]): Extract<SealHistory, { available: true }> => ({
  available: true,
  shallow: false,
  commits,
});

function check(now: { seal?: Seal; version: Version }, past: SealHistory) {
  const content = {
    versions: [now.version],
    seals: now.seal ? { '2024-01-01': now.seal } : {},
  } as unknown as Content;
  return checkSealHistory(content, past);
}

const errors = (problems: ReturnType<typeof check>) =>
  problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);

describe('the history of the seals', () => {
  it('accepts a seal as committed, and a seal renewed in a newer format with the same values', () => {
    const past = history(
      commit('1111111', '2024-01-01', seal(A, 0, 'old'), version()),
      commit('2222222', '2024-03-01', seal(A, 0, 'new'), version()),
    );
    expect(check({ seal: seal(A, 0, 'new'), version: version() }, past)).toEqual([]);
  });

  it('refuses a seal rewritten without a correction, naming the version, what changed and the first sealing commit', () => {
    const past = history(
      commit('1111111', '2024-01-01', seal(A, 0, 'old'), version()),
      commit('2222222', '2024-03-01', seal(A, 0, 'new'), version()),
    );
    const [message, ...rest] = errors(check({ seal: seal(B), version: version() }, past));
    expect(rest).toEqual([]);
    expect(message).toBe(
      `the seal of version 2024-01-01 was rewritten: since commit 1111111 (2024-01-01) sealed it, ${FILE} was changed, and no correction recorded since then explains it. A published version changes only through a correction; version 2024-01-01 was first sealed in commit 1111111 (2024-01-01)`,
    );
  });

  it('accepts a seal renewed with a correction recorded after it was committed', () => {
    const past = history(commit('1111111', '2024-01-01', seal(A), version()));
    expect(check({ seal: seal(B, 1), version: version([TYPO]) }, past)).toEqual([]);
  });

  it('refuses a renewal whose correction was already recorded when the seal was committed', () => {
    // The correction was there, unsealed, when the seal was made: it explains nothing done since.
    const past = history(
      commit('1111111', '2024-01-01', seal(A), version([TYPO])),
      commit('2222222', '2024-03-01', seal(A), version([TYPO])),
    );
    expect(errors(check({ seal: seal(B, 1), version: version([TYPO]) }, past))).toEqual([
      expect.stringMatching(/^the seal of version 2024-01-01 was rewritten: since commit 1111111/),
    ]);
  });

  it('refuses a seal that includes fewer corrections than one committed before', () => {
    const past = history(commit('1111111', '2024-01-01', seal(A, 1), version([TYPO])));
    expect(errors(check({ seal: seal(A, 0, 'old'), version: version() }, past))).toEqual([
      expect.stringContaining('it includes 0 correction(s) where it included 1'),
    ]);
  });

  it('refuses a committed seal that is gone, naming the last commit that has it', () => {
    const past = history(
      commit('1111111', '2024-01-01', seal(A), version()),
      commit('2222222', '2024-03-01', undefined, version()),
    );
    expect(errors(check({ version: version() }, past))).toEqual([
      'the seal of version 2024-01-01 was removed, and a seal, once committed, stays: commit 1111111 (2024-01-01) has it (version 2024-01-01 was first sealed in commit 1111111 (2024-01-01))',
    ]);
  });

  it('judges a rewrite against every earlier seal, so that a later honest correction does not hide an older rewrite', () => {
    // Sealed, rewritten without a correction, then a correction recorded and sealed: the seal now
    // differs from the first one, and the correction recorded after it explains that.
    const past = history(
      commit('1111111', '2024-01-01', seal(A), version()),
      commit('2222222', '2024-02-01', seal(B), version()),
    );
    expect(check({ seal: seal(B, 1), version: version([TYPO]) }, past)).toEqual([]);
    expect(errors(check({ seal: seal(B), version: version() }, past))).toHaveLength(1);
  });

  it('says once, as a warning, where there is no history to read', () => {
    for (const why of ['not-a-repository', 'no-git'] as const) {
      const problems = check({ seal: seal(A), version: version() }, { available: false, why });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'content/seals.yaml', severity: 'warning' });
    }
    const shallow = check(
      { seal: seal(A), version: version() },
      { ...history(commit('1111111', '2024-01-01', seal(A), version())), shallow: true },
    );
    expect(shallow).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(
          /^this is a shallow clone: the history of the seals before 1111111 \(2024-01-01\) is not here/,
        ),
      }),
    ]);
  });

  it("holds for this project's own history, where it is a git repository", () => {
    const past = readSealHistory(PROJECT_ROOT);
    const content = readContent(PROJECT_ROOT).content!;
    if (!past.available) return;
    expect(past.commits.length).toBeGreaterThan(0);
    expect(checkSealHistory(content, past).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
