import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { AUDIENCES } from '../lib/audiences.ts';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading an id before Astro does, so that the ids of the audience sections are
 * prefixed with their audience ("employee-algemeen"): several audiences have a section with the
 * same name, and the full statement shows them all on one page.
 */
export function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const audience = AUDIENCES.find((name) => file.path.includes(`/content/${name}/`));
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName) || node.properties.id) return;
      const slug = slugger.slug(toString(node));
      node.properties.id = audience ? `${audience}-${slug}` : slug;
    });
  };
}
