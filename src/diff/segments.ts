import type { BlockChange } from './block-diff.ts';
import type { DiffBlock } from './diff-block.ts';

/** A stretch of a comparison: shown, or unchanged text folded away behind a "show" control. */
export type DiffSegment<Block extends DiffBlock = DiffBlock> = {
  folded: boolean;
  changes: BlockChange<Block>[];
};

/**
 * Folds runs of unchanged blocks, keeping `context` unchanged blocks next to every change and every
 * unchanged heading visible, so that a reader sees where a change is without the whole text.
 */
export function foldUnchanged<Block extends DiffBlock>(
  changes: readonly BlockChange<Block>[],
  context = 1,
): DiffSegment<Block>[] {
  const near = changes.map((_, index) =>
    changes
      .slice(Math.max(0, index - context), index + context + 1)
      .some((change) => change.type !== 'unchanged'),
  );
  const segments: DiffSegment<Block>[] = [];
  changes.forEach((change, index) => {
    const folded = change.type === 'unchanged' && change.block.kind !== 'heading' && !near[index];
    const last = segments.at(-1);
    if (last && last.folded === folded) last.changes.push(change);
    else segments.push({ folded, changes: [change] });
  });
  // A fold of a single block saves nothing and costs a click.
  return segments.map((segment) =>
    segment.folded && segment.changes.length < 2 ? { ...segment, folded: false } : segment,
  );
}
