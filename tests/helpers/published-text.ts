import type { Element, Nodes } from 'hast';
import { readPage, select, selectAll } from './html.ts';

/** What a page adds to the statement's words: the link after a right, the way to other languages. */
const NOT_THE_TEXT = new Set(['right-action', 'section-languages']);

/** The words of a block as a reader reads them: without the page's additions, nor a nested list (a block of its own). */
function wordsOf(node: Nodes, top = true): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    if (classes.some((name) => NOT_THE_TEXT.has(String(name)))) return '';
    if (!top && (node.tagName === 'ul' || node.tagName === 'ol')) return '';
  }
  return node.children.map((child) => wordsOf(child as Nodes, false)).join('');
}

const PREFIX: Record<string, string> = { h2: '## ', h3: '### ', h4: '#### ', li: '- ', p: '' };

/**
 * The statement text of a built page as plain text, one block a line: its title ("# "), each
 * heading ("## ", "### ", "#### "), paragraph and list item ("- ") in reading order, with the
 * words a reader sees, whitespace folded.
 */
export function publishedText(site: string, path: string): string {
  const page = readPage(site, path);
  const statement = select('.statement', page);
  if (!statement) throw new Error(`${path} has no statement text`);
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [`# ${fold(wordsOf(select('h1', page)!))}`];
  for (const node of selectAll('h2[id], h3[id], h4[id], p[id], li[id]', statement) as Element[])
    lines.push(`${PREFIX[node.tagName]}${fold(wordsOf(node))}`);
  return `${lines.join('\n')}\n`;
}
