import { Document, isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml';

/**
 * Changes to a YAML file of content/ that touch only what they must: every byte around the change,
 * comments, order and line wrapping included, stays as the editor wrote it. The yaml package's
 * Document API finds where a value is (its source range); the change is spliced into the text at
 * that place, never by writing the whole document out again (which would re-wrap it).
 */

/** The YAML of a value as a new part of a file: block style, lines never wrapped. */
function yamlOf(value: unknown): string {
  return new Document(value, { version: '1.2' }).toString({ lineWidth: 0 });
}

const withFinalNewline = (text: string): string =>
  text === '' || text.endsWith('\n') ? text : `${text}\n`;

/** Adds an entry at the end of the list that is the whole file (content/versions.yaml), in its style. */
export function appendToList(text: string, entry: unknown): string {
  const document = parseDocument(text, { version: '1.2' });
  if (document.contents !== null && !isSeq(document.contents)) {
    throw new Error('the file is not a list of entries');
  }
  // Entries separated by a blank line get one too.
  const separator = /\n[ \t]*\n-[ \t]/.test(text) ? '\n' : '';
  return `${withFinalNewline(text)}${separator}${yamlOf([entry])}`;
}

/**
 * Sets one top-level key of a map file (content/seals.yaml) to a value: replaces that key's block
 * where it is, or adds it where the sorted order of the keys puts it.
 */
export function setTopLevelKey(text: string, key: string, value: unknown): string {
  const block = yamlOf({ [key]: value });
  const document = parseDocument(text, { version: '1.2' });
  const map = document.contents;
  if (map === null) return `${withFinalNewline(text)}${block}`;
  if (!isMap(map)) throw new Error('the file is not a map of keys');
  const pairs = map.items as Pair[];
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : '');
  const existing = pairs.find((pair) => keyOf(pair) === key);
  if (existing) {
    const [start] = rangeOf(existing.key);
    const end = rangeOf(existing.value)[2];
    return `${text.slice(0, start)}${block}${text.slice(end)}`;
  }
  const next = pairs.find((pair) => keyOf(pair) > key);
  if (!next) return `${withFinalNewline(text)}${block}`;
  const [start] = rangeOf(next.key);
  return `${text.slice(0, start)}${block}${text.slice(start)}`;
}

/**
 * Sets a scalar at a path of a map (a statement file's header: ['translation', 'source']): its
 * value is replaced where it stands; a key that is not there yet is added, with the keys of the
 * path it needs, at the end of the deepest map of the path that exists.
 */
export function setScalar(text: string, path: readonly string[], value: string): string {
  const document = parseDocument(text, { version: '1.2' });
  const node = document.getIn(path, true);
  if (isScalar(node)) {
    const [start, end] = rangeOf(node);
    return `${text.slice(0, start)}${yamlOf(value).trimEnd()}${text.slice(end)}`;
  }
  let depth = path.length - 1;
  while (depth > 0 && !isMap(document.getIn(path.slice(0, depth), true))) depth--;
  const parent = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
  if (parent !== null && !isMap(parent))
    throw new Error(`${path.slice(0, depth).join('.') || 'the file'} is not a map`);
  const added = path.slice(depth).reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const lines = yamlOf(added)
    .split('\n')
    .filter(Boolean)
    .map((line) => `${' '.repeat(2 * depth)}${line}\n`)
    .join('');
  const end = parent?.range ? parent.range[2] : text.length;
  return `${withFinalNewline(text.slice(0, end))}${lines}${text.slice(end)}`;
}

function rangeOf(node: unknown): [number, number, number] {
  const range = (node as { range?: [number, number, number] | null }).range;
  if (!range) throw new Error('a value without a place in the text');
  return range;
}
