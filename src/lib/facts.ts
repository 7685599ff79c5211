import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { retentionFormSchema, type FactRow, type Retention, type RetentionAttributes } from '../schemas/facts.ts';
import { describeIssues } from './zod-issues.ts';

/** The components that mark facts inside a sentence; their text stays exactly as written. */
export const FACT_COMPONENTS = ['Purpose', 'Retention', 'Recipients'] as const;

export interface FactProblem {
  line: number;
  message: string;
}

function attributesOf(node: MdxJsxTextElement): Record<string, unknown> {
  return Object.fromEntries(
    node.attributes
      .filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute')
      // A bare attribute (<Retention relevant>) has no value: it means true.
      .map((attribute) => [attribute.name, attribute.value ?? true]),
  );
}

function text(node: Nodes): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/**
 * Collects the facts marked in one statement file, grouped per list item or paragraph, and gives
 * every fact an `id` attribute (`<prefix>-fact-<n>`) so that a table row can link to its sentence.
 * Bad attributes come back as problems with their line, so that the check and the build can name them.
 */
export function collectFacts(tree: Root, idPrefix: string): { rows: FactRow[]; problems: FactProblem[] } {
  const rows = new Map<Nodes, FactRow>();
  const problems: FactProblem[] = [];
  let section = '';
  let count = 0;
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'heading') section = text(node);
    if (node.type !== 'mdxJsxTextElement' || !(FACT_COMPONENTS as readonly string[]).includes(node.name ?? '')) return;
    const anchor = `${idPrefix}-fact-${++count}`;
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: anchor });
    // A list item is one processing even when it has two paragraphs; elsewhere the paragraph is.
    const nearest = [...ancestors].reverse();
    const container = nearest.find((ancestor) => ancestor.type === 'listItem') ?? nearest.find((ancestor) => ancestor.type === 'paragraph') ?? tree;
    const row = rows.get(container as Nodes) ?? { anchor, section, purposes: [], retention: [], recipients: [] };
    rows.set(container as Nodes, row);
    const { id: _id, ...attributes } = attributesOf(node);
    const line = node.position?.start.line ?? 0;
    if (node.name === 'Purpose') row.purposes.push(text(node));
    if (node.name === 'Recipients') row.recipients.push(text(node));
    if (node.name === 'Retention') {
      const parsed = retentionFormSchema(attributes).safeParse(attributes);
      if (!parsed.success) {
        problems.push({ line, message: `<Retention> attributes: ${describeIssues(parsed.error.issues, attributes).join('; ')}. Use period="P7Y" from="end-of-employment" [upTo], until="attachment-lifted", or relevant.` });
        return;
      }
      row.retention.push(toRetention(anchor, text(node), parsed.data));
    }
  });
  return { rows: [...rows.values()], problems };
}

function toRetention(anchor: string, words: string, attributes: RetentionAttributes): Retention {
  if ('period' in attributes) {
    return { anchor, text: words, kind: 'period', period: attributes.period, from: attributes.from, upTo: attributes.upTo ?? false };
  }
  if ('until' in attributes) return { anchor, text: words, kind: 'until', until: attributes.until };
  return { anchor, text: words, kind: 'relevant' };
}
