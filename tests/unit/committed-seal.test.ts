// The seal npm run seal compares with: the one the last commit holds (what was published), read
// from a real git repository, also where the project is a folder of a larger repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { committedSeal } from '../../src/versions/seal-history.ts';

const HASH = 'a'.repeat(64);
const sealsText = (hash: string) =>
  `2024-01-01:\n  corrections: 0\n  files:\n    content/general/2024-01-01/nl.mdx: ${hash}\n`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository with the project in `folder` ('' for its top), its seals committed once. */
function repository(folder: string): string {
  const top = mkdtempSync(join(tmpdir(), 'committed-seal-'));
  made.push(top);
  const project = join(top, folder);
  mkdirSync(join(project, 'content'), { recursive: true });
  writeFileSync(join(project, 'content/seals.yaml'), sealsText(HASH));
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
      cwd: top,
      encoding: 'utf8',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Seal 2024-01-01');
  return project;
}

describe('the seal the last commit holds', () => {
  it('is read at the top of a repository, and not from the working copy', () => {
    const project = repository('');
    writeFileSync(join(project, 'content/seals.yaml'), sealsText('b'.repeat(64)));
    const committed = committedSeal(project, '2024-01-01');
    expect(committed.inGit).toBe(true);
    expect(committed.seal?.files['content/general/2024-01-01/nl.mdx']).toBe(HASH);
  });

  it('is read where the project is a folder of the repository', () => {
    const committed = committedSeal(repository('website/privacy'), '2024-01-01');
    expect(committed.inGit).toBe(true);
    expect(committed.seal?.files['content/general/2024-01-01/nl.mdx']).toBe(HASH);
  });

  it('is none for a version not sealed in that commit, and git is not asked outside a repository', () => {
    expect(committedSeal(repository(''), '2025-01-01')).toEqual({ inGit: true });
    const outside = mkdtempSync(join(tmpdir(), 'no-git-'));
    made.push(outside);
    expect(committedSeal(outside, '2024-01-01')).toEqual({ inGit: false });
  });
});
