import { parseDocument } from 'yaml';
import { readHeader } from './parse.ts';

/** Rewrites one value of a statement file's header, keeping the rest of the file as it is. */
export function setHeaderValue(fileText: string, path: string[], value: string): string {
  const header = readHeader(fileText);
  if (!header) throw new Error('the file has no header (--- ... ---) at its top');
  const document = parseDocument(header.yaml, { version: '1.2' });
  document.setIn(path, value);
  const rest = fileText.slice(fileText.indexOf('\n---', 4) + 4).replace(/^[ \t]*\r?\n/, '');
  return `---\n${document.toString().trimEnd()}\n---\n${rest}`;
}
