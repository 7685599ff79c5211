import type { BlockChange } from './block-diff.ts';
import type { DiffBlock } from './diff-block.ts';

/** What a reader counts as one change: a block added, removed or changed, or moved (once, where it now stands). */
type ListedType = 'added' | 'removed' | 'changed' | 'moved-to';

/** One change of a comparison, as the list at the top of the page shows it. */
export interface ListedChange {
  /** The id of the change in the page: change-1, change-2, … in the order of the text. */
  id: string;
  type: ListedType;
  /** The heading the changed block falls under ('' before the first heading). */
  section: string;
  /** The first words of the block, to recognise it by. */
  excerpt: string;
  /** The language of the block's words (a part shown in the binding language when its translation falls back). */
  lang: string | undefined;
}

/** The interface text that labels each kind of change, on a changed block and in the list. */
export const CHANGE_LABEL = {
  added: 'diff.added',
  removed: 'diff.removed',
  changed: 'diff.changed',
  'moved-from': 'diff.movedFrom',
  'moved-to': 'diff.movedTo',
} as const satisfies Record<Exclude<BlockChange['type'], 'unchanged'>, string>;

/** The interface text that counts each kind of change, in the order the figures give them. */
export const CHANGE_COUNT = {
  added: 'changes.added',
  removed: 'changes.removed',
  changed: 'changes.changed',
  'moved-to': 'changes.moved',
} as const satisfies Record<ListedType, string>;

/** Words of a block shown in the list; the link leads to all of it. */
const EXCERPT_WORDS = 8;

function excerptOf(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > EXCERPT_WORDS
    ? `${words.slice(0, EXCERPT_WORDS).join(' ')} …`
    : words.join(' ');
}

/**
 * The changes of a comparison, each with the id its block gets on the page, so that the list at
 * the top links to every change and every change links to the one before and after it. The list
 * is the one definition of a change on the page: its figures count it. A moved block is one
 * change, listed where it now stands; its old place links there (`newPlaceOf`).
 */
export function listChanges<Block extends DiffBlock>(
  changes: readonly BlockChange<Block>[],
): {
  listed: ListedChange[];
  idOf: Map<BlockChange<Block>, string>;
  newPlaceOf: Map<BlockChange<Block>, string>;
} {
  const idOf = new Map<BlockChange<Block>, string>();
  const movedTo = new Map<Block, string>();
  const listed = changes.flatMap((change): ListedChange[] => {
    if (change.type === 'unchanged' || change.type === 'moved-from') return [];
    const id = `change-${idOf.size + 1}`;
    idOf.set(change, id);
    const block = change.type === 'changed' ? change.after : change.block;
    if (change.type === 'moved-to') movedTo.set(change.block, id);
    return [
      {
        id,
        type: change.type,
        section: block.kind === 'heading' ? block.text : block.section,
        excerpt: excerptOf(block.text),
        lang: block.lang,
      },
    ];
  });
  const newPlaceOf = new Map<BlockChange<Block>, string>();
  for (const change of changes) {
    if (change.type !== 'moved-from') continue;
    const target = movedTo.get(change.twin);
    if (target) newPlaceOf.set(change, target);
  }
  return { listed, idOf, newPlaceOf };
}

/** How many changes of each kind the list holds, in the order of CHANGE_COUNT, kinds with none left out. */
export function countChanges(listed: readonly ListedChange[]): [ListedType, number][] {
  return (Object.keys(CHANGE_COUNT) as ListedType[])
    .map((type): [ListedType, number] => [type, listed.filter((item) => item.type === type).length])
    .filter(([, count]) => count > 0);
}
