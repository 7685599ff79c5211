import type { Element, Nodes, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The words of the interface that stand among the statement's text on a page, by their class.
 * They are compared without their whitespace (the links of SectionLanguages.astro stand side by side).
 */
export interface InterfaceWords {
  /** The link after a right (`Right.astro`), in each of its forms. */
  'right-action': ReadonlySet<string>;
  /** The way to the same section in other languages (`SectionLanguages.astro`). */
  'section-languages': ReadonlySet<string>;
  /** Why a part is shown in the binding language (`FallbackNotice.astro`). */
  'notice--fallback': ReadonlySet<string>;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A text without its whitespace, as the interface's words are compared. */
export const compact = (text: string) => text.replace(/\s+/g, '');

/** Elements a reader sees as blocks of their own: their text never runs on into the next. */
const BLOCKS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'header',
  'footer',
  'details',
  'summary',
  'blockquote',
  'br',
]);

const classesOf = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/**
 * The text of a node as a reader reads it, with the words of the interface left out, but only
 * where they are exactly those words: anything else written into such an element counts as text.
 * `nestedLists: false` leaves out a list inside a list item, which is a block of its own.
 */
export function readerText(
  node: Nodes,
  words: InterfaceWords,
  { nestedLists = true }: { nestedLists?: boolean } = {},
): string {
  const walk = (current: Nodes, top: boolean): string => {
    if (current.type === 'text') return current.value;
    if (current.type === 'element') {
      if (!top && !nestedLists && (current.tagName === 'ul' || current.tagName === 'ol')) return '';
      const own = classesOf(current).find((name): name is keyof InterfaceWords => name in words);
      if (own && words[own].has(compact(walk({ ...current, properties: {} }, false)))) return ' ';
    }
    const inner =
      'children' in current
        ? current.children.map((child) => walk(child as Nodes, false)).join('')
        : '';
    return current.type === 'element' && BLOCKS.has(current.tagName) ? ` ${inner} ` : inner;
  };
  return fold(walk(node, true));
}

/** Every element of a page with an id, by id (the first, where a page repeats one). */
export function elementsById(tree: Root): Map<string, Element> {
  const found = new Map<string, Element>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id === 'string' && !found.has(id)) found.set(id, node);
  });
  return found;
}

/** The elements of a page that have a class. */
export function elementsWithClass(tree: Root | Element, name: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (classesOf(node).includes(name)) found.push(node);
  });
  return found;
}
