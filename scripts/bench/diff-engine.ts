// Times the diff engine (src/diff/block-diff.ts) on the real statement and on inputs built to be as hard
// as possible for it. Its bounds are counts of edits, not timeouts: these figures show what they
// cost in time.
import { performance } from 'node:perf_hooks';
import { diffBlocks, type BlockDiff } from '../../src/diff/block-diff.ts';
import { statementBlocks, statementView } from '../../src/model/assemble.ts';
import type { Block } from '../../src/model/blocks.ts';
import { readContent } from '../../src/model/read-content.ts';
import { type Content } from '../../src/model/content-model.ts';
import { wordsOf } from '../../src/diff/word-diff.ts';
import { spread, type Spread } from './stats.ts';

/** The most one diff may take, on any input. */
export const DIFF_BOUND_SECONDS = 0.5;

export interface DiffCase {
  name: string;
  /** What the inputs are: blocks and words per side. */
  shape: string;
  /** Wall time, and the CPU time of this process (less disturbed by other work on the machine). */
  seconds: Spread;
  cpuSeconds: Spread;
  /** What the diff showed: counts of each type of change. */
  result: string;
}

/** The blocks a reader of a version sees on the full statement, as the comparison pages diff them. */
function fullStatement(content: Content, version: string): Block[] {
  return statementBlocks(
    statementView(content, version, content.binding.code),
    content.site.audiences.map((audience) => audience.id),
  );
}

/** A deterministic pseudo-random generator (mulberry32), so that every run diffs the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` words drawn from `vocabulary`, with a full stop after every 15th: text that looks like prose to the tokenizer. */
function prose(vocabulary: readonly string[], count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from(
    { length: count },
    (_, i) => `${vocabulary[Math.floor(next() * vocabulary.length)]}${i % 15 === 14 ? '.' : ''}`,
  );
}

const block = (text: string): Block => ({
  kind: 'paragraph',
  text,
  section: '',
  anchor: '',
  facts: [],
  rights: [],
  line: 0,
});
const oneBlock = (words: readonly string[]): Block[] => [block(words.join(' '))];
const paragraphs = (words: readonly string[], size: number): Block[] =>
  Array.from({ length: Math.ceil(words.length / size) }, (_, i) =>
    block(words.slice(i * size, (i + 1) * size).join(' ')),
  );

function describe(diff: BlockDiff): string {
  const counts = new Map<string, number>();
  for (const change of diff.changes) counts.set(change.type, (counts.get(change.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => `${count} ${type}`).join(', ');
}

function time(
  before: Block[],
  after: Block[],
  runs: number,
): { seconds: Spread; cpuSeconds: Spread; diff: BlockDiff } {
  let diff = diffBlocks(before, after); // warm-up: compiled code, not the first interpretation
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    diff = diffBlocks(before, after);
    const used = process.cpuUsage(startCpu);
    wall.push((performance.now() - start) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { seconds: spread(wall), cpuSeconds: spread(cpu), diff };
}

const wordCount = (blocks: readonly Block[]) =>
  blocks.reduce((sum, block) => sum + block.text.split(/\s+/).filter(Boolean).length, 0);
const shapeOf = (before: Block[], after: Block[]) =>
  `${before.length} → ${after.length} blocks, ${wordCount(before).toLocaleString('en')} → ${wordCount(after).toLocaleString('en')} words`;

/** Every case, each diffed `runs` times after one warm-up run. */
export function benchDiffEngine(root: string, runs: number): DiffCase[] {
  const cases: DiffCase[] = [];
  const add = (name: string, before: Block[], after: Block[]) => {
    const { seconds, cpuSeconds, diff } = time(before, after, runs);
    cases.push({
      name,
      shape: shapeOf(before, after),
      seconds,
      cpuSeconds,
      result: describe(diff),
    });
  };

  const { content } = readContent(root);
  if (!content) throw new Error('The content has problems: run npm run check');
  const dates = content.versions.map((version) => version.date);
  const [from, to] = [dates.at(-2) ?? dates[0]!, dates.at(-1)!];
  add(
    `real: full statement ${from} → ${to} (${content.binding.code})`,
    fullStatement(content, from),
    fullStatement(content, to),
  );

  // Hostile texts use the statement's own words, so that the texts share many tokens, as real text does.
  const vocabulary = [
    ...new Set(fullStatement(content, to).flatMap((entry) => wordsOf(entry.text))),
  ];
  const text = prose(vocabulary, 20_000, 1);
  const unrelated = prose(vocabulary, 20_000, 2);
  const reversed = [...text].reverse();
  add(
    'hostile: two unrelated 20,000-word texts, one block each',
    oneBlock(text),
    oneBlock(unrelated),
  );
  add(
    'hostile: two unrelated 20,000-word texts, 100-word paragraphs',
    paragraphs(text, 100),
    paragraphs(unrelated, 100),
  );
  add(
    'hostile: 20,000 words against its word-reversed self, one block',
    oneBlock(text),
    oneBlock(reversed),
  );
  add(
    'hostile: 20,000 words against its word-reversed self, 100-word paragraphs',
    paragraphs(text, 100),
    paragraphs(reversed, 100),
  );
  return cases;
}
