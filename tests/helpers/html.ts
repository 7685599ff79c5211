import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Nodes, Root } from 'hast';

export function readPage(site: string, path: string): Root {
  return fromHtml(
    readFileSync(join(site, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'),
  );
}

/** The text a reader sees (innerText rules: blocks on lines of their own), whitespace folded. */
export function visibleText(root: Root, selector = 'main'): string {
  const node = select(selector, root);
  if (!node) throw new Error(`No ${selector} on the page`);
  return textOf(node);
}

/** The text of one node (a cell, a list item, a block), whitespace folded as in visibleText. */
export function textOf(node: Nodes): string {
  return normalizeSpace(toText(node));
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a built page is the file of a version (src/layouts/VersionFile.astro): a document to keep,
 * without the site's header, navigation and footer, not one of the site's pages.
 */
export function isVersionFile(site: string, path: string): boolean {
  return select('body.version-file', readPage(site, path)) !== undefined;
}

/** Every HTML file of a built site, as paths relative to it. */
export function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(site, join(site, file)))
    .sort();
}

export { select, selectAll };
