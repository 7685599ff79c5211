import type { RetentionFact } from '../schemas/facts-schema.ts';
import { partOf, type PartShown, type StatementView } from '../model/assemble.ts';
import type { Block } from '../model/blocks.ts';
import { isCondition } from './conditions.ts';

/** A retention as a row shows it. */
interface RowRetention {
  /** The words the text marks ("maximaal 6 maanden"). */
  text: string;
  retention: RetentionFact;
  /** The sentence of the text that holds those words: it says which data the period is for. */
  sentence: string;
  /**
   * Whether a summary quotes the sentence: when the same purpose has periods in several sentences
   * of its part, the marked words alone would not tell them apart.
   */
  quoteSentence: boolean;
}

/** One passage that marks facts, as the summaries show it. */
export interface FactRow {
  /** The passage's anchor: the row links to it. */
  anchor: string;
  /** The part it belongs to ("general" or an audience id). */
  part: string;
  /** The heading it falls under within its part ('' before the part's first heading). */
  section: string;
  /** The language of its words. */
  lang: string;
  /** The purposes its marks state: a mark that holds a condition ("Als je jezelf ziek meldt") states none. */
  purposes: string[];
  /** The marks that hold a condition instead: when the data is used, not what for. */
  conditions: string[];
  recipients: string[];
  retention: RowRetention[];
}

const sentences = new Map<string, Intl.Segmenter>();

/** The sentences of a text, by Intl's rules for its language. */
function sentencesOf(text: string, lang: string): { start: number; end: number; text: string }[] {
  let segmenter = sentences.get(lang);
  if (!segmenter)
    sentences.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return [...segmenter.segment(text)].map(({ segment, index }) => ({
    start: index,
    end: index + segment.length,
    text: segment.trim(),
  }));
}

function rowOf(block: Block, part: string, lang: string): FactRow {
  const spans = sentencesOf(block.text, lang);
  // Facts are in reading order: each is looked for after the one before, so that the same words
  // marked twice ("7 jaar") are found where each stands.
  let from = 0;
  const retention: RowRetention[] = [];
  for (const fact of block.facts) {
    const at = block.text.indexOf(fact.text, from);
    if (at >= 0) from = at + fact.text.length;
    if (fact.kind !== 'retention') continue;
    const sentence = spans.find((span) => at >= span.start && at < span.end)?.text ?? fact.text;
    retention.push({ text: fact.text, retention: fact.retention, sentence, quoteSentence: false });
  }
  return {
    anchor: block.anchor,
    part,
    section: block.section,
    lang,
    purposes: block.facts
      .filter((fact) => fact.kind === 'purpose' && !isCondition(fact.text, lang))
      .map((fact) => fact.text),
    conditions: block.facts
      .filter((fact) => fact.kind === 'purpose' && isCondition(fact.text, lang))
      .map((fact) => fact.text),
    recipients: block.facts.filter((fact) => fact.kind === 'recipients').map((fact) => fact.text),
    retention,
  };
}

/** Marks the periods whose sentence a summary quotes: those of one purpose stated in several sentences of a part. */
function tellApart(rows: readonly FactRow[]): void {
  const byPurpose = new Map<string, RowRetention[]>();
  for (const row of rows.filter((candidate) => candidate.purposes.length > 0)) {
    const key = row.purposes.join('\n');
    byPurpose.set(key, [...(byPurpose.get(key) ?? []), ...row.retention]);
  }
  for (const entries of byPurpose.values())
    if (new Set(entries.map((entry) => entry.sentence)).size > 1)
      for (const entry of entries) entry.quoteSentence = true;
}

/** The passages with facts that readers of some audiences read: the general sections' and those audiences' own, in reading order. */
export function factRows(view: StatementView, audiences: readonly string[]): FactRow[] {
  const parts = [
    view.general,
    ...audiences.flatMap((audience) => (view.parts[audience] ? [view.parts[audience]] : [])),
  ];
  return parts.flatMap((shown) => {
    const rows = shown.document.blocks
      .filter((block) => block.facts.length > 0)
      .map((block) => rowOf(block, shown.part, shown.lang));
    tellApart(rows);
    return rows;
  });
}

/** The retention schedule of a view: each part that states a retention period, with its passages that do, in reading order. */
export function retentionSchedule(view: StatementView): { shown: PartShown; rows: FactRow[] }[] {
  const rows = factRows(view, view.audiences).filter((row) => row.retention.length > 0);
  return [...new Set(rows.map((row) => row.part))].map((part) => ({
    shown: partOf(view, part)!,
    rows: rows.filter((row) => row.part === part),
  }));
}
