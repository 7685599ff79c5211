import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';
import { parseMdx } from './statement-outline.ts';

/**
 * One unit of a statement that a diff compares as a whole: a heading, a paragraph, a list item,
 * or the place of a component that stands for other content (e.g. <Audiences />).
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item' | 'component';
  /** Only for headings: 2 for `##`, 4 for `####`. */
  depth?: number;
  /** Plain text, whitespace folded to single spaces. '' for a component block. */
  text: string;
  /**
   * The text of the heading this block falls under: the nearest heading before it, or, for a
   * heading, the heading itself (a heading opens its section). '' before the first heading.
   */
  section: string;
  /** Only for components: the JSX element's name, e.g. 'Audiences'. */
  name?: string;
}

export interface BlockOptions {
  /**
   * The text a component stands for (e.g. 'Email' -> the address), or undefined when it has none.
   * Resolving before diffing lets a change of contact details show as a change of text.
   */
  resolveComponent?: (name: string) => string | undefined;
}

function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads an MDX statement into its blocks, in document order. */
export function mdxToBlocks(source: string, options: BlockOptions = {}): Block[] {
  const resolve = options.resolveComponent ?? (() => undefined);
  const blocks: Block[] = [];
  let section = '';

  const push = (block: Omit<Block, 'section'>): void => {
    // An empty paragraph (e.g. one holding only an {expression}) has nothing a reader could see change.
    if (block.kind !== 'component' && block.text === '') return;
    blocks.push({ ...block, section });
  };

  const inlineText = (node: Nodes): string => {
    if (node.type === 'mdxJsxTextElement' && node.children.length === 0) {
      return node.name === null ? '' : (resolve(node.name) ?? `⟨${node.name}⟩`);
    }
    // Code-like expressions ({...}) are not text a reader sees.
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
    if (node.type === 'break') return ' ';
    if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
    return toString(node);
  };

  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading': {
        const text = foldWhitespace(inlineText(node));
        section = text;
        push({ kind: 'heading', depth: node.depth, text });
        return;
      }
      case 'paragraph':
      case 'code':
        push({ kind: 'paragraph', text: foldWhitespace(inlineText(node)) });
        return;
      case 'list':
        node.children.forEach(visit);
        return;
      case 'listItem': {
        // The item's own paragraphs make one block; a nested list follows as blocks of its own.
        const own = node.children.filter((child) => child.type !== 'list');
        push({ kind: 'list-item', text: foldWhitespace(own.map(inlineText).join(' ')) });
        node.children.filter((child) => child.type === 'list').forEach(visit);
        return;
      }
      case 'table':
        for (const row of node.children) {
          push({ kind: 'paragraph', text: foldWhitespace(row.children.map(inlineText).join(' | ')) });
        }
        return;
      case 'blockquote':
        node.children.forEach(visit);
        return;
      case 'mdxJsxFlowElement': {
        // A wrapper around content is transparent: its content is what changes.
        if (node.children.length > 0) {
          node.children.forEach(visit);
          return;
        }
        if (node.name === null) return;
        const resolved = resolve(node.name);
        if (resolved === undefined) {
          push({ kind: 'component', text: '', name: node.name });
        } else {
          push({ kind: 'paragraph', text: foldWhitespace(resolved) });
        }
        return;
      }
      default:
        // thematicBreak, html, definitions, imports/exports and expressions show no text.
        return;
    }
  };

  // Frontmatter is not part of the statement's text, and remark-mdx alone would read it as a
  // thematic break followed by a setext heading ("title: ..." underlined by ---).
  parseMdx(splitFrontmatter(source)?.body ?? source).children.forEach(visit);
  return blocks;
}
