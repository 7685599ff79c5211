import type { DiffBlock } from './diff-block.ts';
import { wordsOf } from './word-diff.ts';

/**
 * How alike a removed and an added block must be to be shown as one edited block: the Dice
 * coefficient of their word multisets (2 × shared words / all words) at least 0.5, i.e. on
 * average half of the words survive. A one-word edit of a 4-word list item scores 0.75 and of a
 * 3-word heading 0.67, so small edits of short blocks still pair. Measured on the 2023-09-27
 * statement: the versions of one item across audiences score 0.79–0.93, most unrelated blocks
 * below 0.4, and a few items of the employee list sharing the sentence "We hanteren daarbij een
 * wettelijke bewaartermijn van 7 jaar ..." up to 0.79. Word sets cannot tell those apart from
 * edits, but pairing only happens between blocks at the same place (between the same unchanged
 * neighbours), and best matches are taken first, so a wrong pair is rare and shows as a readable
 * word diff whose shared words really are shared.
 */
const SIMILARITY_THRESHOLD = 0.5;

/**
 * Pairing compares every removed block with every added block of a stretch. A stretch with more
 * pairs than this (e.g. 200 × 200 blocks; the whole statement has about 100) is left unpaired.
 */
const MAX_PAIR_COMPARISONS = 40_000;

/**
 * Word look-ups all pairings of one diff may make together (about 0.1 s): 200 × 200 paragraphs
 * of 500 words would otherwise take seconds. Rewriting every block of the statement costs well
 * under a tenth of it. A stretch that would exceed what is left is left unpaired.
 */
export const MAX_PAIRING_WORK = 2_000_000;

/** What is left of MAX_PAIRING_WORK; shared by the stretches of one diff. */
export type PairingBudget = { remaining: number };

type WordBag = { counts: Map<string, number>; size: number };

function bagOf(text: string): WordBag {
  const counts = new Map<string, number>();
  const words = wordsOf(text);
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length };
}

function dice(a: WordBag, b: WordBag): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Dice coefficient of the two texts' word multisets, from 0 (no word shared) to 1 (same words). */
export function wordSimilarity(a: string, b: string): number {
  return dice(bagOf(a), bagOf(b));
}

/**
 * Pairs removed blocks with added blocks that look like edits of them: same kind (components
 * never: they have no words), similarity at least SIMILARITY_THRESHOLD, most similar first, and
 * never crossing (if removed i pairs with added j, a later removed block only pairs with a later
 * added block), so that the pairs can be shown in the order of both texts.
 * Returns [removed index, added index] pairs in increasing order; none when the stretch would
 * exceed MAX_PAIR_COMPARISONS or what is left of the budget.
 */
export function pairSimilarBlocks(
  removed: readonly DiffBlock[],
  added: readonly DiffBlock[],
  budget: PairingBudget,
): [number, number][] {
  if (removed.length * added.length > MAX_PAIR_COMPARISONS) return [];
  const removedBags = removed.map((block) => bagOf(block.text));
  const addedBags = added.map((block) => bagOf(block.text));

  // The pairs worth measuring, and what measuring them costs, before measuring any.
  const worth: [number, number][] = [];
  let work = 0;
  removed.forEach((r, i) => {
    added.forEach((a, j) => {
      if (r.kind !== a.kind || r.kind === 'component') return;
      const rb = removedBags[i]!;
      const ab = addedBags[j]!;
      // Dice can be no higher than this when every word of the shorter text is shared.
      if ((2 * Math.min(rb.size, ab.size)) / (rb.size + ab.size) < SIMILARITY_THRESHOLD) return;
      worth.push([i, j]);
      work += Math.min(rb.counts.size, ab.counts.size);
    });
  });
  if (work > budget.remaining) return [];
  budget.remaining -= work;

  const candidates: PairCandidate[] = [];
  for (const [i, j] of worth) {
    const score = dice(removedBags[i]!, addedBags[j]!);
    if (score >= SIMILARITY_THRESHOLD) candidates.push({ i, j, score });
  }
  return bestFirst(candidates, { crossing: false }).sort((x, y) => x[0] - y[0]);
}

/** Item i of one list and item j of another, and how well they match. */
export interface PairCandidate {
  i: number;
  j: number;
  score: number;
}

/**
 * Pairs greedily, the best-scoring candidates first (ties in the order of the lists, so that the
 * result does not depend on sort internals), each item at most once. Without `crossing`, a pair
 * that would cross one already taken (i after and j before it, or the reverse) is passed over, so
 * that the pairs can be shown in the order of both lists.
 */
export function bestFirst(
  candidates: readonly PairCandidate[],
  { crossing }: { crossing: boolean },
): [number, number][] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const pairs: [number, number][] = [];
  const [usedI, usedJ] = [new Set<number>(), new Set<number>()];
  for (const { i, j } of sorted) {
    if (usedI.has(i) || usedJ.has(j)) continue;
    if (!crossing && pairs.some(([pi, pj]) => pi < i !== pj < j)) continue;
    usedI.add(i);
    usedJ.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
