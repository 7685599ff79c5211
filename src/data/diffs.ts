import { comparableViews, statementBlocks } from '../model/assemble.ts';
import { diffBlocks, type BlockDiff } from '../diff/block-diff.ts';
import type { Block } from '../model/blocks.ts';
import { CONTENT } from './content.ts';

/**
 * What changed between two versions in one language, for some audiences (the general sections
 * always). Each comparison page asks for its own, once; the blocks it compares are the content
 * model's, parsed once per build. A diff is not kept after its page: the diffs of every pair of
 * versions in every language and for every audience would take more memory than all the rest
 * of the build.
 */
export function versionDiff(
  from: string,
  to: string,
  locale: string,
  audiences: readonly string[],
): BlockDiff<Block> {
  const [before, after] = comparableViews(CONTENT, from, to, locale);
  return diffBlocks(statementBlocks(before, audiences), statementBlocks(after, audiences));
}
