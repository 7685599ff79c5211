import { readHeader } from '../model/parse.ts';
import { setScalar } from './yaml-in-place.ts';

/**
 * Sets one value of a statement file's header (--- … --- at its top), changing nothing else of
 * the file: not the other header lines, not a byte of the text.
 */
export function setHeaderValue(fileText: string, path: string[], value: string): string {
  const header = readHeader(fileText);
  if (!header) throw new Error('the file has no header (--- ... ---) at its top');
  const start = fileText.indexOf('\n') + 1;
  const end = start + header.yaml.length;
  return `${fileText.slice(0, start)}${setScalar(header.yaml, path, value).trimEnd()}${fileText.slice(end)}`;
}
