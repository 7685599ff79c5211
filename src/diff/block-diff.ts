import { diffArrays } from 'diff';
import type { DiffBlock } from './diff-block.ts';
import { MAX_PAIRING_WORK, pairSimilarBlocks, type PairingBudget } from './pairing.ts';
import { countWords, diffTextByWords, type WordPart } from './word-diff.ts';

export type { DiffBlock } from './diff-block.ts';
export type { WordPart } from './word-diff.ts';

export type BlockChange<Block extends DiffBlock = DiffBlock> =
  /** `block` is the newer text's block, `before` the same block in the older text. */
  | { type: 'unchanged'; block: Block; before: Block }
  | { type: 'added'; block: Block }
  | { type: 'removed'; block: Block }
  /** The identical block (same kind, depth and text) removed in one place and added in another: `twin` is the other end. */
  | { type: 'moved-from' | 'moved-to'; block: Block; twin: Block }
  | { type: 'changed'; before: Block; after: Block; parts: WordPart[] };

/** How much text changed; how many changes there are is the list's to say (change-list.ts). */
interface DiffSummary {
  /** Words of added blocks and added parts; moved blocks count as neither added nor removed. */
  wordsAdded: number;
  wordsRemoved: number;
}

export interface BlockDiff<Block extends DiffBlock = DiffBlock> {
  /** Every block of both texts once, in an order that keeps the order of each text. */
  changes: BlockChange<Block>[];
  summary: DiffSummary;
}

export interface DiffOptions {
  /** See DEFAULT_MAX_EDIT_LENGTH. */
  maxEditLength?: number;
}

/**
 * The most edits jsdiff may explore, at both levels: blocks inserted plus deleted when aligning
 * the texts, and tokens (a word, a run of spaces, a punctuation mark) inserted plus deleted inside
 * one edited block. Myers' search costs about the square of this bound whatever the length of the
 * texts: 800 keeps the worst case (20,000-word paragraphs that share no word order) near 50 ms on
 * an idle 2-core machine. It still allows about 400 changed words in one block (the longest
 * paragraph of the statement has about 100) and eight times the blocks of the whole statement.
 * Beyond it a word diff would be unreadable anyway: the block is shown as removed and added whole
 * (and a text with more block edits as removed and added whole, block by block).
 * Bounds are counts, not timeouts, so that a build gives the same diff on every machine.
 */
const DEFAULT_MAX_EDIT_LENGTH = 800;

/**
 * Word-level edits all edited blocks of one diff may use together, as a multiple of the bound for
 * one block: without it, 200 long paragraphs each near the bound would take 200 times as long.
 * Twice the bound is about 800 words changed inside edited blocks (the statement has about 2,600
 * words in all); once it is used up, further edited blocks are shown whole.
 */
const WORD_EDIT_BUDGET_FACTOR = 2;

/** Identity of a block for alignment: everything a reader sees, not the section it falls under. */
function keyOf(block: DiffBlock): string {
  return JSON.stringify([block.kind, block.depth ?? 0, block.name ?? '', block.text]);
}

/** A block and its place in its text, so that equal blocks at different places stay apart. */
type Placed = { block: DiffBlock; at: number };

/** A block the alignment kept (in both texts), or a stretch of removed and added blocks between two kept ones. */
type Step =
  | { kept: true; block: DiffBlock; before: DiffBlock }
  | { kept: false; removed: Placed[]; added: Placed[] };

const placed = (blocks: DiffBlock[]): Placed[] => blocks.map((block, at) => ({ block, at }));

function align(before: DiffBlock[], after: DiffBlock[], maxEditLength: number): Step[] {
  const alignment = diffArrays(before.map(keyOf), after.map(keyOf), { maxEditLength });
  // Too many block edits to align: everything is removed and added.
  if (alignment === undefined)
    return [{ kept: false, removed: placed(before), added: placed(after) }];

  const steps: Step[] = [];
  let b = 0;
  let a = 0;
  for (const change of alignment) {
    if (change.added || change.removed) {
      let last = steps[steps.length - 1];
      if (!last || last.kept) {
        last = { kept: false, removed: [], added: [] };
        steps.push(last);
      }
      for (let n = 0; n < change.count; n++) {
        if (change.added) last.added.push({ block: after[a]!, at: a++ });
        else last.removed.push({ block: before[b]!, at: b++ });
      }
    } else {
      // The after block carries the section it now falls under.
      for (let n = 0; n < change.count; n++)
        steps.push({ kept: true, block: after[a + n]!, before: before[b + n]! });
      a += change.count;
      b += change.count;
    }
  }
  return steps;
}

/** The blocks reported as moved, by their place in before and in after, each with its twin. */
type Moves = { from: Map<number, DiffBlock>; to: Map<number, DiffBlock> };

/**
 * Removed blocks whose identical twin is added in another stretch: those moved. Within one
 * stretch an identical pair cannot occur (the alignment, being minimal, would have kept it),
 * except when the alignment gave up, and then nothing is called moved.
 */
function findMoves(steps: Step[]): Moves {
  const moves: Moves = { from: new Map(), to: new Map() };
  if (steps.filter((step) => !step.kept).length < 2) return moves;
  const removedByKey = new Map<string, { step: Step; at: number; block: DiffBlock }[]>();
  for (const step of steps) {
    if (step.kept) continue;
    for (const { block, at } of step.removed) {
      const key = keyOf(block);
      const list = removedByKey.get(key) ?? [];
      list.push({ step, at, block });
      removedByKey.set(key, list);
    }
  }
  for (const step of steps) {
    if (step.kept) continue;
    for (const { block, at } of step.added) {
      const candidates = removedByKey.get(keyOf(block)) ?? [];
      const index = candidates.findIndex((candidate) => candidate.step !== step);
      if (index === -1) continue;
      moves.from.set(candidates[index]!.at, block);
      moves.to.set(at, candidates[index]!.block);
      candidates.splice(index, 1);
    }
  }
  return moves;
}

/** The bounds of one diff, and what is left of those shared by all its stretches. */
type Budget = { maxEditLength: number; wordEdits: number; pairing: PairingBudget };

function pairChanges(before: DiffBlock, after: DiffBlock, budget: Budget): BlockChange[] {
  if (keyOf(before) === keyOf(after)) return [{ type: 'unchanged', block: after, before }];
  const limit = Math.min(budget.maxEditLength, budget.wordEdits);
  const diff = limit > 0 ? diffTextByWords(before.text, after.text, limit) : undefined;
  budget.wordEdits -= diff?.editLength ?? limit;
  // Too different to show word by word (or the budget is spent): show the old block and the new one whole.
  if (diff === undefined)
    return [
      { type: 'removed', block: before },
      { type: 'added', block: after },
    ];
  return [{ type: 'changed', before, after, parts: diff.parts }];
}

/** The changes of one stretch, in the order of both texts, removed before added at each place. */
function stretchChanges(
  removed: Placed[],
  added: Placed[],
  moves: Moves,
  budget: Budget,
): BlockChange[] {
  // Indices into `removed` and `added` of the blocks that did not move.
  const stayingRemoved = removed.flatMap((entry, i) => (moves.from.has(entry.at) ? [] : [i]));
  const stayingAdded = added.flatMap((entry, j) => (moves.to.has(entry.at) ? [] : [j]));
  const pairs = pairSimilarBlocks(
    stayingRemoved.map((i) => removed[i]!.block),
    stayingAdded.map((j) => added[j]!.block),
    budget.pairing,
  ).map(([i, j]) => [stayingRemoved[i]!, stayingAdded[j]!] as const);

  const changes: BlockChange[] = [];
  let r = 0;
  let a = 0;
  const flushUntil = (removedEnd: number, addedEnd: number): void => {
    for (; r < removedEnd; r++) {
      const { block, at } = removed[r]!;
      const twin = moves.from.get(at);
      changes.push(twin ? { type: 'moved-from', block, twin } : { type: 'removed', block });
    }
    for (; a < addedEnd; a++) {
      const { block, at } = added[a]!;
      const twin = moves.to.get(at);
      changes.push(twin ? { type: 'moved-to', block, twin } : { type: 'added', block });
    }
  };
  for (const [i, j] of pairs) {
    flushUntil(i, j);
    changes.push(...pairChanges(removed[i]!.block, added[j]!.block, budget));
    r = i + 1;
    a = j + 1;
  }
  flushUntil(removed.length, added.length);
  return changes;
}

function summarize(changes: BlockChange[]): DiffSummary {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const change of changes) {
    if (change.type === 'added') wordsAdded += countWords(change.block.text);
    if (change.type === 'removed') wordsRemoved += countWords(change.block.text);
    if (change.type === 'changed')
      for (const part of change.parts) {
        if (part.type === 'added') wordsAdded += countWords(part.text);
        if (part.type === 'removed') wordsRemoved += countWords(part.text);
      }
  }
  return { wordsAdded, wordsRemoved };
}

/**
 * What changed between two versions of a statement, block by block and, inside an edited block,
 * word by word. Bounded by options.maxEditLength (DEFAULT_MAX_EDIT_LENGTH): it never hangs, it
 * shows less detail instead.
 */
export function diffBlocks<Block extends DiffBlock>(
  before: Block[],
  after: Block[],
  options: DiffOptions = {},
): BlockDiff<Block> {
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH;
  const steps = align(before, after, maxEditLength);
  const moves = findMoves(steps);
  const budget: Budget = {
    maxEditLength,
    wordEdits: WORD_EDIT_BUDGET_FACTOR * maxEditLength,
    pairing: { remaining: MAX_PAIRING_WORK },
  };
  const changes = steps.flatMap((step): BlockChange[] =>
    step.kept
      ? [{ type: 'unchanged', block: step.block, before: step.before }]
      : stretchChanges(step.removed, step.added, moves, budget),
  );
  // Every block in the changes is one of those given: the caller's own type.
  return { changes: changes as BlockChange<Block>[], summary: summarize(changes) };
}
