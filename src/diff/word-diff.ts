import { diffWordsWithSpace } from 'diff';

export type WordPart = { type: 'same' | 'added' | 'removed'; text: string };

// Whitespace and punctuation between two changes ("12" -> "6", then " ", then "maanden" ->
// "weken") carry no meaning of their own; kept as "same" they would chop one rewrite into
// confetti (a date 06-01-2020 -> 15-03-2025 into three changes).
const WITHOUT_WORDS = /^[^\p{L}\p{N}]*$/u;

export interface TextDiff {
  parts: WordPart[];
  /** Tokens inserted plus deleted: how much of an edit budget the diff used. */
  editLength: number;
}

/**
 * The word-level difference between two texts, or undefined when it needs more than
 * maxEditLength token edits (a word, a run of spaces or a punctuation mark, inserted or deleted).
 * Joining the same+removed texts gives `before` exactly and same+added gives `after`; at each
 * change point the removed part comes before the added one.
 */
export function diffTextByWords(
  before: string,
  after: string,
  maxEditLength: number,
): TextDiff | undefined {
  // diffWordsWithSpace, not diffWords: its spaces are tokens of their own, so that every part is
  // a verbatim slice of its text; diffWords redistributes whitespace between parts.
  const changes = diffWordsWithSpace(before, after, { maxEditLength });
  if (changes === undefined) return undefined;

  const editLength = changes.reduce(
    (sum, change) => sum + (change.added || change.removed ? change.count : 0),
    0,
  );
  const runs = moveSharedSpacesOut(mergeWordlessGaps(toRuns(changes)));
  const parts: WordPart[] = [];
  for (const run of runs) {
    if (run.removed !== '') parts.push({ type: 'removed', text: run.removed });
    if (run.added !== '') parts.push({ type: 'added', text: run.added });
    if (run.same !== '') parts.push({ type: 'same', text: run.same });
  }
  return { parts, editLength };
}

/** A change point: what was removed and added there (either may be ''), then the text both share up to the next one. */
type Run = { removed: string; added: string; same: string };

const isChange = (run: Run): boolean => run.removed !== '' || run.added !== '';

/** jsdiff's change objects as runs; the first run has no change when the texts start alike. */
function toRuns(changes: readonly { added: boolean; removed: boolean; value: string }[]): Run[] {
  const runs: Run[] = [{ removed: '', added: '', same: '' }];
  for (const change of changes) {
    let run = runs[runs.length - 1]!;
    if (change.added || change.removed) {
      if (run.same !== '') {
        run = { removed: '', added: '', same: '' };
        runs.push(run);
      }
      if (change.added) run.added += change.value;
      else run.removed += change.value;
    } else {
      run.same += change.value;
    }
  }
  return runs;
}

/** Folds a wordless "same" that sits between two changes into both sides of one change. */
function mergeWordlessGaps(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && isChange(previous) && isChange(run) && WITHOUT_WORDS.test(previous.same)) {
      previous.removed += previous.same + run.removed;
      previous.added += previous.same + run.added;
      previous.same = run.same;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

/**
 * "continu " -> "voortdurend " becomes "continu" -> "voortdurend" followed by a shared " ": the
 * space both sides have is not part of the change, and a highlighted trailing space looks like a
 * mistake. Only done where both sides changed; a pure insertion keeps the space it brings.
 */
function moveSharedSpacesOut(runs: Run[]): Run[] {
  runs.forEach((run, i) => {
    if (run.removed === '' || run.added === '') return;
    const trailing = sharedSpace(run.removed, run.added, /\s+$/);
    if (trailing !== '' && trailing.length < Math.min(run.removed.length, run.added.length)) {
      run.removed = run.removed.slice(0, -trailing.length);
      run.added = run.added.slice(0, -trailing.length);
      run.same = trailing + run.same;
    }
    const previous = runs[i - 1];
    const leading = sharedSpace(run.removed, run.added, /^\s+/);
    if (
      previous &&
      leading !== '' &&
      leading.length < Math.min(run.removed.length, run.added.length)
    ) {
      run.removed = run.removed.slice(leading.length);
      run.added = run.added.slice(leading.length);
      previous.same += leading;
    }
  });
  return runs;
}

/** The whitespace matched by `at` (start or end) when it is the same in both texts, else ''. */
function sharedSpace(a: string, b: string, at: RegExp): string {
  const space = a.match(at)?.[0] ?? '';
  return space !== '' && b.match(at)?.[0] === space ? space : '';
}

/** The words of a text for measuring how alike two texts are: lower-case runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many words a reader would count: space-separated pieces with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length;
}
