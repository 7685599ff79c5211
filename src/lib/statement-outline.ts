import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

/** The component that marks, in the general sections, where the audience sections go. */
export const AUDIENCES_MARKER = 'Audiences';

const parser = remark().use(remarkMdx);

export function parseMdx(source: string): Root {
  return parser.parse(source);
}

function isMarker(node: RootContent): boolean {
  return node.type === 'mdxJsxFlowElement' && node.name === AUDIENCES_MARKER;
}

/**
 * The heading under which the audience sections go: the last heading before the one
 * <Audiences /> marker. Fails with a message for the editor when the marker is missing or repeated.
 */
export function audiencesParentHeading(source: string, file: string): string {
  const children = parseMdx(source).children;
  const markers = children.filter(isMarker).length;
  if (markers !== 1) {
    throw new Error(
      `${file}: ${markers === 0 ? 'the general sections do not say' : `<${AUDIENCES_MARKER} /> appears ${markers} times; it must say once`} where the audience sections go. ` +
        `How to fix: put <${AUDIENCES_MARKER} /> on a line of its own, once, where the sections for visitors, contacts, job seekers and employees belong.`,
    );
  }
  const before = children.slice(0, children.findIndex(isMarker));
  const heading = before.filter((node) => node.type === 'heading').at(-1);
  if (!heading) {
    throw new Error(`${file}: <${AUDIENCES_MARKER} /> must come after a heading (## ...), so that it belongs to a section.`);
  }
  return toString(heading);
}
