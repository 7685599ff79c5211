import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import type { ContentProblem } from '../problems/content-problem.ts';

/** A logo larger than this is not a logo (and would slow every page). */
const MAX_LOGO_BYTES = 100_000;

/** The drawing elements of SVG: shapes, text, gradients, groups and references inside the file. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
]);

const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  png: (bytes) =>
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (bytes) =>
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP',
};

/**
 * The logo of site.yaml (brand.logo) is shown on every page and served from the site itself, so it
 * must be what its name says and nothing more: a PNG or WebP image, or an SVG drawing with no
 * script, event handler, style sheet, embedded document or reference to another file.
 */
export function checkLogo(root: string, name: string): ContentProblem[] {
  const file = `content/${name}`;
  const path = join(root, file);
  const problem = (message: string, fix: string): ContentProblem[] => [
    { file, message, fix, severity: 'error' },
  ];
  if (!existsSync(path))
    return problem(
      'content/site.yaml names this logo (brand.logo), but the file is missing',
      `put the logo at ${file}, or remove brand.logo from content/site.yaml`,
    );
  const size = statSync(path).size;
  if (size > MAX_LOGO_BYTES)
    return problem(
      `the logo is ${Math.round(size / 1000)} kB; a logo may be at most ${MAX_LOGO_BYTES / 1000} kB`,
      'export it smaller (an SVG, or a PNG of about 200 px high)',
    );
  const bytes = readFileSync(path);
  const extension = name.split('.').pop()!.toLowerCase();
  if (extension !== 'svg')
    return SIGNATURES[extension]!(bytes)
      ? []
      : problem(
          `the file is not a ${extension.toUpperCase()} image`,
          `save the logo as ${extension.toUpperCase()}, or name the file after what it is`,
        );

  const text = bytes.toString('utf8');
  if (/<!ENTITY/i.test(text))
    return problem(
      'the SVG declares entities (<!ENTITY …>), which can expand without limit',
      'export the SVG again without a DOCTYPE, or remove the <!ENTITY> declarations',
    );
  const tree = fromHtml(text, { fragment: true, space: 'svg' });
  if (!hasSvgRoot(tree))
    return problem(
      'the file is not an SVG drawing (no <svg> element)',
      'save the logo as SVG, PNG or WebP',
    );
  const found = unsafeParts(tree);
  return found.length
    ? problem(
        `the SVG holds more than a drawing: ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (and ${found.length - 5} more)` : ''}`,
        'export it again as a plain SVG (for example with "Save as plain SVG" or svgo), or use a PNG',
      )
    : [];
}

function hasSvgRoot(tree: Nodes): boolean {
  return (
    'children' in tree &&
    tree.children.some((child) => child.type === 'element' && child.tagName.toLowerCase() === 'svg')
  );
}

/** What is not drawing in the tree: other elements, event handlers, styles, and references that leave the file. */
function unsafeParts(node: Nodes): string[] {
  const found: string[] = [];
  const visit = (current: Nodes) => {
    if (current.type === 'element') found.push(...elementProblems(current));
    if ('children' in current) current.children.forEach(visit);
  };
  visit(node);
  return found;
}

function elementProblems(element: Element): string[] {
  const name = element.tagName.toLowerCase();
  if (!SVG_ELEMENTS.has(name)) return [`<${element.tagName}>`];
  return Object.entries(element.properties).flatMap(([property, value]): string[] => {
    const attribute = property.toLowerCase();
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (attribute.startsWith('on'))
      return [`an event handler (${property}) on <${element.tagName}>`];
    if (attribute === 'style') return [`a style attribute on <${element.tagName}>`];
    if ((attribute === 'href' || attribute === 'xlinkhref') && !text.startsWith('#'))
      return [`a reference to "${text.slice(0, 60)}" on <${element.tagName}>`];
    if (/url\(\s*['"]?(?!#)/i.test(text))
      return [`a reference outside the file in ${property} on <${element.tagName}>`];
    return [];
  });
}
