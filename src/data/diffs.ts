import { comparableViews, statementBlocks } from '../model/assemble.ts';
import { diffBlocks, type BlockDiff } from '../diff/block-diff.ts';
import type { Block } from '../model/blocks.ts';
import { CONTENT } from './content.ts';

// Every pair of versions is compared, in full and per audience, in every language: each comparison is
// worked out once per build, though a page and the feed may both ask for it.
const diffs = new Map<string, BlockDiff<Block>>();

/** What changed between two versions in one language, for some audiences (the general sections always). */
export function versionDiff(
  from: string,
  to: string,
  locale: string,
  audiences: readonly string[],
): BlockDiff<Block> {
  const key = [from, to, locale, ...audiences].join('/');
  let diff = diffs.get(key);
  if (!diff) {
    const [before, after] = comparableViews(CONTENT, from, to, locale);
    diff = diffBlocks(statementBlocks(before, audiences), statementBlocks(after, audiences));
    diffs.set(key, diff);
  }
  return diff;
}
