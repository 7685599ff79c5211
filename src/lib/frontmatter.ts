import { parseDocument, type Document } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML header of an MDX file and the text after it. */
export function splitFrontmatter(fileText: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(fileText);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: fileText.slice(match[0].length) };
}

export function readFrontmatter(fileText: string): Document | undefined {
  const parts = splitFrontmatter(fileText);
  return parts ? parseDocument(parts.yaml, { version: '1.2' }) : undefined;
}

/** Rewrites one value of the header, keeping the rest of the file as it is. */
export function setFrontmatterValue(fileText: string, path: string[], value: string): string {
  const parts = splitFrontmatter(fileText);
  if (!parts) throw new Error('the file has no frontmatter (--- ... ---) at its top');
  const document = parseDocument(parts.yaml, { version: '1.2' });
  document.setIn(path, value);
  return `---\n${document.toString().trimEnd()}\n---\n${parts.body}`;
}
