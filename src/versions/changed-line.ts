import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';

/**
 * Where an edited sealed file first differs from what was sealed: the copy git has committed
 * (HEAD), when that copy is the sealed one (its SHA-256 is the seal's). Outside git, or when the
 * edit was committed too, there is no sealed copy to compare with and no line is named.
 */
export function firstChangedLine(
  root: string,
  file: string,
  sealedHash: string,
): { line: number; sealed: string } | undefined {
  const committed = spawnSync('git', ['show', `HEAD:${file}`], {
    cwd: root,
    encoding: 'buffer',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (committed.status !== 0) return undefined;
  if (createHash('sha256').update(committed.stdout).digest('hex') !== sealedHash) return undefined;
  let current: string;
  try {
    current = readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  let line = 1;
  const parts = diffLines(committed.stdout.toString('utf8'), current);
  for (const [index, part] of parts.entries()) {
    if (part.added || part.removed) {
      const sealed = part.removed ? (part.value.split('\n')[0] ?? '') : '';
      const next = parts[index + 1];
      const now = part.added ? part.value : next?.added ? next.value : '';
      return { line, sealed: around(sealed, now.split('\n')[0] ?? '') };
    }
    line += part.count ?? 0;
  }
  return undefined;
}

/** The words of the sealed line around its first difference from the new one, not the whole line. */
function around(sealed: string, now: string): string {
  let at = 0;
  while (at < sealed.length && sealed[at] === now[at]) at++;
  const start = Math.max(0, sealed.lastIndexOf(' ', Math.max(0, at - 30)) + 1);
  const end = sealed.indexOf(' ', Math.min(sealed.length, at + 40));
  const excerpt = sealed.slice(start, end === -1 ? undefined : end).trim();
  return `${start > 0 ? '… ' : ''}${excerpt}${end === -1 ? '' : ' …'}`;
}

/**
 * The command that brings a sealed file back: from the working copy's last commit, or, when the
 * file's removal was committed too, from the commit before the one that removed it.
 */
export function restoreCommand(root: string, file: string): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (git('cat-file', '-e', `HEAD:${file}`).status === 0) return `git checkout -- ${file}`;
  const removedIn = git('log', '-1', '--format=%h', '--', file);
  const commit = removedIn.status === 0 ? removedIn.stdout.trim() : '';
  return commit ? `git checkout ${commit}~1 -- ${file}` : `git checkout -- ${file}`;
}
