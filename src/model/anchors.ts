import { slug } from 'github-slugger';
import { diffBlocks } from '../diff/block-diff.ts';
import type { Block } from './blocks.ts';

/** The ids of the page around the statement text; no anchor of the text may take one. */
export const PAGE_IDS = [
  'main',
  'top',
  'contents',
  'toc-title',
  'in-short',
  'in-short-title',
  'contact',
  'contact-title',
  'role-links-title',
  'corrections-title',
  'record-title',
  'changes',
  'changes-title',
  'fact-changes',
  'fact-changes-title',
  'diff-summary',
  'diff-summary-title',
  'diff-views-title',
  'validity',
  'search-query',
  'search-role',
  'site-search-query',
];

/** The blocks of one part (general sections or an audience) in the binding language, per version. */
export interface PartHistory {
  /** "general" or an audience id. */
  part: string;
  /** Oldest version first. */
  versions: { version: string; blocks: Block[] }[];
}

/**
 * Gives every heading, paragraph and list item of the binding text an anchor that stays the same
 * in later versions as long as the block is there, changed or not, and that every translation
 * takes over (see docs/decisions/0007-content-model.md):
 *   headings: the slug of the heading as it was first written ("wat-zijn-jouw-rechten"), after the
 *             part's prefix ("employee-algemeen"), so that an old link keeps working when the
 *             wording changes;
 *   passages: the anchor of their section and a number that is never given twice
 *             ("wat-zijn-jouw-rechten-3").
 * A block of a later version keeps the anchor of the block the diff pairs it with in the version
 * before it (unchanged, changed or moved); a new block gets a new one. Parts are given in the
 * order of the statement, so that the outcome does not depend on reading order.
 * `prefixOf(part)` is "" for the general sections and "<audience id>-" for an audience; an audience
 * section's own heading has the audience id as its anchor, and text before a part's first heading
 * counts under that.
 */
export function assignAnchors(
  parts: readonly PartHistory[],
  prefixOf: (part: string) => string,
  rootAnchorOf: (part: string) => string,
): void {
  // Every anchor ever given, across parts, so that none is reused for another block.
  const given = new Set<string>([...PAGE_IDS, ...parts.map((part) => rootAnchorOf(part.part))]);
  const passageCounters = new Map<string, number>();
  const versions = [
    ...new Set(parts.flatMap((part) => part.versions.map((entry) => entry.version))),
  ].sort();

  const fresh = (base: string): string => {
    let anchor = base;
    for (let n = 1; given.has(anchor); n++) anchor = `${base}-${n}`;
    given.add(anchor);
    return anchor;
  };
  const nextPassage = (section: string): string => {
    let n = passageCounters.get(section) ?? 0;
    let anchor: string;
    do anchor = `${section}-${++n}`;
    while (given.has(anchor));
    passageCounters.set(section, n);
    given.add(anchor);
    return anchor;
  };

  for (const version of versions) {
    // Anchors of this version, so that two blocks of one page never share one.
    const onPage = new Set<string>();
    for (const part of parts) {
      const index = part.versions.findIndex((entry) => entry.version === version);
      if (index === -1) continue;
      const { blocks } = part.versions[index]!;
      const inherited =
        index > 0
          ? inheritedAnchors(part.versions[index - 1]!.blocks, blocks)
          : new Map<Block, string>();
      let section = rootAnchorOf(part.part);
      for (const block of blocks) {
        if (block.kind === 'component') continue;
        const previous = inherited.get(block);
        if (previous !== undefined && !onPage.has(previous)) block.anchor = previous;
        else if (block.kind === 'heading')
          block.anchor = fresh(`${prefixOf(part.part)}${slug(block.text) || 'section'}`);
        else block.anchor = nextPassage(section);
        if (block.kind === 'heading') section = block.anchor;
        onPage.add(block.anchor);
      }
    }
  }
}

/**
 * For each block of `after`, the anchor of the block of `before` it continues: the diff's
 * unchanged, changed and moved blocks; and a heading reworded beyond what the diff pairs (a removed
 * heading and an added one of the same depth at the same place) keeps the old heading's anchor.
 */
function inheritedAnchors(before: readonly Block[], after: readonly Block[]): Map<Block, string> {
  const inherited = new Map<Block, string>();
  // Removed headings since the last block both versions share, waiting for a reworded successor.
  let removedHeadings: Block[] = [];
  for (const change of diffBlocks([...before], [...after]).changes) {
    if (change.type === 'unchanged') inherited.set(change.block, change.before.anchor);
    if (change.type === 'changed') inherited.set(change.after, change.before.anchor);
    if (change.type === 'moved-to') inherited.set(change.block, change.twin.anchor);
    if (change.type === 'removed' && change.block.kind === 'heading')
      removedHeadings.push(change.block);
    if (change.type === 'added' && change.block.kind === 'heading') {
      const index = removedHeadings.findIndex((heading) => heading.depth === change.block.depth);
      if (index !== -1) inherited.set(change.block, removedHeadings.splice(index, 1)[0]!.anchor);
    }
    if (change.type === 'unchanged' || change.type === 'changed') removedHeadings = [];
  }
  return inherited;
}
