import type { RetentionFact } from '../schemas/facts-schema.ts';
import type { RightKind } from '../schemas/rights-schema.ts';
import { bestFirst, wordSimilarity, type PairCandidate } from '../diff/pairing.ts';
import { partOf, type StatementView } from '../model/assemble.ts';
import type { Block } from '../model/blocks.ts';
import { GENERAL } from '../model/parts.ts';
import { stopWordsOf } from '../i18n/stop-words.ts';
import { durationDays } from '../time/durations.ts';
import { isCondition } from './conditions.ts';

/**
 * A place in a version's text: a block of a part (its index in the part's file) and, for a
 * fact, its index among the block's facts. A translation has the structure of its binding file,
 * so the same place holds the same fact in every language.
 */
export interface FactPlace {
  part: string;
  block: number;
  fact?: number;
  /** The block's anchor, to link to. */
  anchor: string;
}

/** One change of what the statement says it does, between two versions. */
export type FactChange =
  | { kind: 'purpose-added' | 'purpose-removed'; purpose: FactPlace }
  | {
      kind: 'retention-changed';
      purpose: FactPlace | undefined;
      before: FactPlace;
      after: FactPlace;
      longer: boolean | undefined;
    }
  | {
      kind: 'retention-added' | 'retention-removed';
      purpose: FactPlace | undefined;
      retention: FactPlace;
    }
  | {
      kind: 'recipient-added' | 'recipient-removed';
      purpose: FactPlace | undefined;
      recipient: FactPlace;
    }
  | { kind: 'right-added' | 'right-removed'; right: RightKind; place: FactPlace };

/** Changes that matter to readers and so must be announced as material: more processing, longer, fewer rights. */
export function isMaterialChange(change: FactChange): boolean {
  switch (change.kind) {
    case 'purpose-added':
    case 'recipient-added':
    case 'retention-added':
    case 'right-removed':
      return true;
    case 'retention-changed':
      // A change that cannot be compared (a period becoming "as long as relevant") counts as longer.
      return change.longer !== false;
    default:
      return false;
  }
}

/** How alike two purposes must be worded to be the same purpose (as edited blocks in the diff). */
const SAME_PURPOSE = 0.5;

/** A passage that marks facts, with where its facts are. */
interface Row {
  part: string;
  index: number;
  block: Block;
  /** The words of its purpose marks, conditions too: they tell which processing it is. */
  purpose: string;
  /** The language of its words. */
  lang: string;
}

function rowsOf(part: string, blocks: readonly Block[], lang: string): Row[] {
  return blocks.flatMap((block, index) =>
    block.facts.length > 0
      ? [
          {
            part,
            index,
            block,
            purpose: block.facts
              .filter((fact) => fact.kind === 'purpose')
              .map((fact) => fact.text)
              .join(' '),
            lang,
          },
        ]
      : [],
  );
}

const place = (row: Row, fact?: number): FactPlace => ({
  part: row.part,
  block: row.index,
  anchor: row.block.anchor,
  ...(fact === undefined ? {} : { fact }),
});
/** Where the row's purpose is stated: a mark that holds a condition states none. */
const purposePlace = (row: Row): FactPlace | undefined => {
  const index = row.block.facts.findIndex(
    (fact) => fact.kind === 'purpose' && !isCondition(fact.text, row.lang),
  );
  return index === -1 ? undefined : place(row, index);
};

/**
 * Pairs the passages of two versions of one part by meaning: the same purpose, worded the same or
 * alike, most alike first; a passage without a purpose by its anchor (the same passage, continued).
 */
function pairRows(before: readonly Row[], after: readonly Row[]): [Row, Row][] {
  const candidates: PairCandidate[] = [];
  before.forEach((b, i) =>
    after.forEach((a, j) => {
      const score =
        b.purpose && a.purpose
          ? b.purpose === a.purpose
            ? 2
            : wordSimilarity(b.purpose, a.purpose)
          : b.block.anchor === a.block.anchor
            ? 1
            : 0;
      if (score >= SAME_PURPOSE) candidates.push({ i, j, score });
    }),
  );
  // Rows are in reading order, so the order of the lists is the order of the text.
  return bestFirst(candidates, { crossing: true }).map(([i, j]) => [before[i]!, after[j]!]);
}

function facts(row: Row, kind: 'retention' | 'recipients') {
  return row.block.facts.flatMap((fact, index) => (fact.kind === kind ? [{ fact, index }] : []));
}

/** Which of two retentions is longer: undefined when they cannot be compared. */
function longer(before: RetentionFact, after: RetentionFact): boolean | undefined {
  if (before.kind === 'period' && after.kind === 'period' && before.from === after.from)
    return durationDays(after.period) > durationDays(before.period);
  return undefined;
}

const sameRetention = (a: RetentionFact, b: RetentionFact) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The words of a recipient that name someone: lower case, without the language's stop words ("onze", "en"). */
function namingWords(text: string, stopWords: ReadonlySet<string>): Set<string> {
  return new Set(
    text
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '' && !stopWords.has(word)),
  );
}

const covers = (outer: ReadonlySet<string>, inner: ReadonlySet<string>): boolean =>
  [...inner].every((word) => outer.has(word));

/** The retention and recipient changes within one purpose, kept or reworded. */
function rowChanges(b: Row, a: Row, stopWords: ReadonlySet<string>): FactChange[] {
  const changes: FactChange[] = [];
  const purpose = purposePlace(a) ?? purposePlace(b);
  // Retentions: the same ones stay; the rest pair in order, then are added or removed.
  const before = facts(b, 'retention');
  const after = facts(a, 'retention');
  const kept = new Set<number>();
  const unmatched = before.filter(({ fact }) => {
    const same = after.findIndex(
      ({ fact: other }, index) =>
        !kept.has(index) &&
        fact.kind === 'retention' &&
        other.kind === 'retention' &&
        sameRetention(fact.retention, other.retention),
    );
    if (same === -1) return true;
    kept.add(same);
    return false;
  });
  const added = after.filter((_, index) => !kept.has(index));
  unmatched.forEach(({ fact, index }, n) => {
    const next = added[n];
    if (next && fact.kind === 'retention' && next.fact.kind === 'retention') {
      changes.push({
        kind: 'retention-changed',
        purpose,
        before: place(b, index),
        after: place(a, next.index),
        longer: longer(fact.retention, next.fact.retention),
      });
    } else {
      changes.push({ kind: 'retention-removed', purpose, retention: place(b, index) });
    }
  });
  for (const { index } of added.slice(unmatched.length))
    changes.push({ kind: 'retention-added', purpose, retention: place(a, index) });
  // Recipients, by the words that name them: one that names someone the version before did not
  // name (a word more: "onze pensioenuitvoerder en een adviesbureau") is a new recipient, and one
  // whose words are no longer all named somewhere is a recipient removed.
  const recipientsBefore = facts(b, 'recipients').map((entry) => ({
    ...entry,
    words: namingWords(entry.fact.text, stopWords),
  }));
  const recipientsAfter = facts(a, 'recipients').map((entry) => ({
    ...entry,
    words: namingWords(entry.fact.text, stopWords),
  }));
  for (const { words, index } of recipientsAfter) {
    if (!recipientsBefore.some((other) => covers(other.words, words)))
      changes.push({ kind: 'recipient-added', purpose, recipient: place(a, index) });
  }
  for (const { words, index } of recipientsBefore) {
    if (!recipientsAfter.some((other) => covers(other.words, words)))
      changes.push({ kind: 'recipient-removed', purpose, recipient: place(b, index) });
  }
  return changes;
}

function rightsOf(part: string, blocks: readonly Block[]): Map<RightKind, FactPlace> {
  const rights = new Map<RightKind, FactPlace>();
  blocks.forEach((block, index) =>
    block.rights.forEach((right) =>
      rights.set(right, { part, block: index, anchor: block.anchor }),
    ),
  );
  return rights;
}

/**
 * What changed in what the statement says it does, between two versions, for readers of some
 * audiences (the general sections count for every audience): purposes, retention periods, recipients and
 * rights, added, removed or changed. Facts are matched by meaning, not by position. Both views
 * must be in the binding language, where the facts are authoritative.
 */
export function factChanges(
  before: StatementView,
  after: StatementView,
  audiences: readonly string[],
): FactChange[] {
  return [GENERAL, ...audiences].flatMap((part) => partFactChanges(before, after, part));
}

/** factChanges within one part (the general sections, or an audience's): the same in every view that shows the part. */
export function partFactChanges(
  before: StatementView,
  after: StatementView,
  part: string,
): FactChange[] {
  const stopWords = new Set(stopWordsOf(after.locale));
  const changes: FactChange[] = [];
  const [b, a] = [partOf(before, part), partOf(after, part)];
  const rowsBefore = b ? rowsOf(part, b.document.blocks, b.lang) : [];
  const rowsAfter = a ? rowsOf(part, a.document.blocks, a.lang) : [];
  const pairs = pairRows(rowsBefore, rowsAfter);
  const paired = new Set(pairs.flat());
  for (const row of rowsAfter.filter((candidate) => !paired.has(candidate))) {
    const purpose = purposePlace(row);
    if (purpose) changes.push({ kind: 'purpose-added', purpose });
    else
      changes.push(...rowChanges({ ...row, block: { ...row.block, facts: [] } }, row, stopWords));
  }
  for (const row of rowsBefore.filter((candidate) => !paired.has(candidate))) {
    const purpose = purposePlace(row);
    if (purpose) changes.push({ kind: 'purpose-removed', purpose });
    else
      changes.push(...rowChanges(row, { ...row, block: { ...row.block, facts: [] } }, stopWords));
  }
  for (const [x, y] of pairs) changes.push(...rowChanges(x, y, stopWords));
  const rightsBefore = b ? rightsOf(part, b.document.blocks) : new Map<RightKind, FactPlace>();
  const rightsAfter = a ? rightsOf(part, a.document.blocks) : new Map<RightKind, FactPlace>();
  for (const [right, where] of rightsAfter)
    if (!rightsBefore.has(right)) changes.push({ kind: 'right-added', right, place: where });
  for (const [right, where] of rightsBefore)
    if (!rightsAfter.has(right)) changes.push({ kind: 'right-removed', right, place: where });
  return changes;
}
