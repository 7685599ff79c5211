import type { Heading, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { COMPONENTS, isComponentName } from '../schemas/components-schema.ts';
import { retentionFactOf, type RetentionFact } from '../schemas/facts-schema.ts';
import { RIGHT_KINDS, type RightKind } from '../schemas/rights-schema.ts';
import { bodyOf, parseBody } from './parse.ts';

/** A fact marked in the text: its words, and for a retention its typed attributes. */
type Fact =
  | { kind: 'purpose' | 'recipients'; text: string }
  | { kind: 'retention'; text: string; retention: RetentionFact };

/**
 * One unit of a statement that is read, linked to and compared as a whole: a heading, a paragraph,
 * a list item, or the place of a component that stands for other content (<Audiences />).
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item' | 'component';
  /** Only for headings: 2 for `##`, 4 for `####`. */
  depth?: number;
  /** Plain text as a reader sees it, whitespace folded. '' for a component block. */
  text: string;
  /** The text of the heading the block falls under (for a heading, its own). '' before the first. */
  section: string;
  /** Only for components: e.g. 'Audiences'. */
  name?: string;
  /** Its id on every page that shows it (the same in every language and, unless removed, version). */
  anchor: string;
  /** The facts its words mark, in order. */
  facts: Fact[];
  /** The rights it names (<Right kind>). */
  rights: RightKind[];
  /** Line in its file. */
  line: number;
  /** The language of its text when a page assembles it (set by src/model/assemble.ts). */
  lang?: string;
}

/** The node of the Markdown tree that renders a block: it carries the block's id. */
export type BlockNode = Heading | Paragraph | ListItem | MdxJsxFlowElement;

/** The text the components that stand for organisation details show (<Email /> -> the address). */
export type DetailResolver = (name: 'Email' | 'Phone' | 'Organization') => string;

/**
 * Visits the blocks of a statement tree in reading order. Both the content model and the MDX
 * pipeline walk the tree with this one function, so that block n of the model is node n of the
 * rendered page and gets its anchor.
 */
export function walkBlocks(
  tree: Root,
  onBlock: (node: BlockNode, kind: Block['kind']) => void,
): void {
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        onBlock(node, 'heading');
        return;
      case 'paragraph':
        onBlock(node, 'paragraph');
        return;
      case 'list':
        node.children.forEach(visit);
        return;
      case 'listItem':
        // The item's own paragraphs make one block; a nested list follows as blocks of its own.
        onBlock(node, 'list-item');
        node.children.filter((child) => child.type === 'list').forEach(visit);
        return;
      case 'mdxJsxFlowElement':
        // A component around paragraphs is transparent; one on its own stands for content.
        if (node.children.length > 0) node.children.forEach(visit);
        else onBlock(node, node.name === 'Organization' ? 'paragraph' : 'component');
        return;
      default:
        return;
    }
  };
  tree.children.forEach(visit);
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of a node as a reader sees them, with organisation details filled in. */
function inlineText(node: Nodes, resolve: DetailResolver): string {
  if (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    node.children.length === 0
  ) {
    const name = node.name ?? '';
    return name === 'Email' || name === 'Phone' || name === 'Organization' ? resolve(name) : '';
  }
  if (
    node.type === 'mdxTextExpression' ||
    node.type === 'mdxFlowExpression' ||
    node.type === 'mdxjsEsm'
  )
    return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'list') return '';
  if ('children' in node)
    return node.children
      .map((child) => inlineText(child as Nodes, resolve))
      .join(node.type === 'listItem' ? ' ' : '');
  return toString(node);
}

function attributesOf(node: MdxJsxTextElement | MdxJsxFlowElement): Record<string, string | true> {
  return Object.fromEntries(
    node.attributes
      .filter(
        (attribute): attribute is MdxJsxAttribute =>
          attribute.type === 'mdxJsxAttribute' &&
          (attribute.value === null || typeof attribute.value === 'string'),
      )
      .map((attribute) => [attribute.name, (attribute.value as string | null) ?? true]),
  );
}

/** The facts and rights inside a block's node, in reading order (not those of a nested list). */
function marksOf(node: BlockNode, resolve: DetailResolver): { facts: Fact[]; rights: RightKind[] } {
  const facts: Fact[] = [];
  const rights: RightKind[] = [];
  const visit = (current: Nodes) => {
    if (current.type === 'list' && current !== (node as Nodes)) return;
    if (
      (current.type === 'mdxJsxTextElement' || current.type === 'mdxJsxFlowElement') &&
      current.name &&
      isComponentName(current.name)
    ) {
      const spec = COMPONENTS[current.name];
      const attributes = attributesOf(current);
      const text = fold(inlineText(current, resolve));
      if ('fact' in spec && spec.fact === 'retention')
        facts.push({ kind: 'retention', text, retention: retentionFactOf(attributes) });
      else if ('fact' in spec && spec.fact) facts.push({ kind: spec.fact, text });
      if (
        current.name === 'Right' &&
        (RIGHT_KINDS as readonly string[]).includes(String(attributes.kind))
      )
        rights.push(attributes.kind as RightKind);
    }
    if ('children' in current) current.children.forEach((child) => visit(child as Nodes));
  };
  if (node.type === 'listItem')
    node.children
      .filter((child) => child.type !== 'list')
      .forEach((child) => visit(child as Nodes));
  else visit(node);
  return { facts, rights };
}

/** Reads a statement tree into its blocks, in reading order, without anchors yet. */
export function extractBlocks(tree: Root, resolve: DetailResolver): Block[] {
  const blocks: Block[] = [];
  let section = '';
  walkBlocks(tree, (node, kind) => {
    const line = node.position?.start.line ?? 0;
    if (kind === 'component') {
      blocks.push({
        kind,
        text: '',
        section,
        name: (node as MdxJsxFlowElement).name ?? '',
        anchor: '',
        facts: [],
        rights: [],
        line,
      });
      return;
    }
    const text = fold(inlineText(node, resolve));
    if (kind === 'heading') section = text;
    blocks.push({
      kind,
      ...(node.type === 'heading' ? { depth: node.depth } : {}),
      text,
      section,
      anchor: '',
      ...marksOf(node, resolve),
      line,
    });
  });
  return blocks;
}

/**
 * The blocks of a statement file's text, for tools and tests that start from text rather than
 * from the content model. Components that stand for organisation details show as ⟨Email⟩ unless
 * `resolve` is given.
 */
export function mdxToBlocks(
  fileText: string,
  resolve: DetailResolver = (name) => `⟨${name}⟩`,
): Block[] {
  const parsed = parseBody(bodyOf(fileText));
  if ('failure' in parsed)
    throw new Error(
      `not valid MDX at ${parsed.failure.line}:${parsed.failure.column}: ${parsed.failure.reason}`,
    );
  return extractBlocks(parsed.tree, resolve);
}
