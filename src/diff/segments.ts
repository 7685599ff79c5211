import type { BlockChange } from './block-diff.ts';
import type { DiffBlock } from './diff-block.ts';

/** A stretch of a comparison: shown, or unchanged text folded away behind a "show" control. */
export type DiffSegment<Block extends DiffBlock = DiffBlock> = {
  folded: boolean;
  changes: BlockChange<Block>[];
  /** The passages (paragraphs and list items) among them: what a fold says it holds. */
  passages: number;
};

const blockOf = (change: BlockChange<DiffBlock>): DiffBlock =>
  change.type === 'changed' ? change.after : change.block;

/**
 * The headings a change falls under, nearest first and each of a higher level than the one
 * after it ("Wat doen we met jouw gegevens?" › "Ik werk via of bij Cachet" › "Algemeen"): the
 * place of a change, without the text between.
 */
function headingsAbove(changes: readonly BlockChange<DiffBlock>[], index: number): number[] {
  const found: number[] = [];
  let depth = Infinity;
  for (let at = index - 1; at >= 0 && depth > 1; at--) {
    const block = blockOf(changes[at]!);
    if (block.kind !== 'heading' || (block.depth ?? 2) >= depth) continue;
    found.push(at);
    depth = block.depth ?? 2;
  }
  return found;
}

/**
 * Folds unchanged text, keeping in view every change, `context` unchanged blocks on either side
 * of it and the headings it falls under, so that a reader sees where a change is and what stands
 * around it, and little else. A fold holds at least two passages: one alone saves nothing and
 * costs a click.
 */
export function foldUnchanged<Block extends DiffBlock>(
  changes: readonly BlockChange<Block>[],
  context = 1,
): DiffSegment<Block>[] {
  const shown = changes.map((change) => change.type !== 'unchanged');
  changes.forEach((change, index) => {
    if (change.type === 'unchanged') return;
    for (let at = Math.max(0, index - context); at <= index + context; at++)
      if (at < changes.length) shown[at] = true;
    for (const at of headingsAbove(changes, index)) shown[at] = true;
  });
  const segments: DiffSegment<Block>[] = [];
  changes.forEach((change, index) => {
    const folded = !shown[index];
    const passage = ['paragraph', 'list-item'].includes(blockOf(change).kind) ? 1 : 0;
    const last = segments.at(-1);
    if (last && last.folded === folded) {
      last.changes.push(change);
      last.passages += passage;
    } else segments.push({ folded, changes: [change], passages: passage });
  });
  return segments.map((segment) =>
    segment.folded && segment.passages < 2 ? { ...segment, folded: false } : segment,
  );
}
