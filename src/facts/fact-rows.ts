import type { RetentionFact } from '../schemas/facts-schema.ts';
import { audienceBlocks, partOf, type PartShown, type StatementView } from '../model/assemble.ts';
import type { Block } from '../model/blocks.ts';

/** One passage that marks facts, as the summaries show it. */
export interface FactRow {
  /** The passage's anchor: the row links to it. */
  anchor: string;
  /** The part it belongs to ("general" or an audience id). */
  part: string;
  /** The heading it falls under. */
  section: string;
  /** The language of its words. */
  lang: string;
  purposes: string[];
  recipients: string[];
  retention: { text: string; retention: RetentionFact }[];
}

function rowOf(block: Block, part: string, lang: string): FactRow {
  return {
    anchor: block.anchor,
    part,
    section: block.section,
    lang,
    purposes: block.facts.filter((fact) => fact.kind === 'purpose').map((fact) => fact.text),
    recipients: block.facts.filter((fact) => fact.kind === 'recipients').map((fact) => fact.text),
    retention: block.facts.flatMap((fact) =>
      fact.kind === 'retention' ? [{ text: fact.text, retention: fact.retention }] : [],
    ),
  };
}

/** The passages with facts that readers of some audiences read: the general sections' and those audiences' own, in reading order. */
export function factRows(view: StatementView, audiences: readonly string[]): FactRow[] {
  const parts = [
    { shown: view.general, blocks: view.general.document.blocks },
    ...audiences
      .filter((audience) => view.parts[audience])
      .map((audience) => ({
        shown: view.parts[audience]!,
        blocks: audienceBlocks(view.parts[audience]!),
      })),
  ];
  return parts.flatMap(({ shown, blocks }) =>
    blocks
      .filter((block) => block.facts.length > 0)
      .map((block) => rowOf(block, shown.part, shown.lang)),
  );
}

/** The retention schedule of a view: each part that states a retention period, with its passages that do, in reading order. */
export function retentionSchedule(view: StatementView): { shown: PartShown; rows: FactRow[] }[] {
  const rows = factRows(view, view.audiences).filter((row) => row.retention.length > 0);
  return [...new Set(rows.map((row) => row.part))].map((part) => ({
    shown: partOf(view, part)!,
    rows: rows.filter((row) => row.part === part),
  }));
}
