import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { ContentProblem } from '../problems/content-problem.ts';

/** Larger than any real content file by far; a bigger one is a mistake or an attack. */
export const MAX_YAML_BYTES = 256 * 1024;

export interface YamlResult {
  /** The data, or undefined when the text is not acceptable YAML. */
  data: unknown;
  problems: ContentProblem[];
  /** "file:line" of the value at a path of the data (or of the nearest part of it that exists). */
  placeOf: (path: readonly PropertyKey[]) => string;
}

export interface YamlPlace {
  /** The file as the editor names it, e.g. content/versions.yaml. */
  file: string;
  /** Lines before the YAML text in its file (the "---" line of a header). */
  lineOffset?: number;
}

const FIX =
  'correct the YAML at the line shown (indentation, a missing colon, or a value that needs quotes)';

/**
 * Reads YAML the way content must be read: YAML 1.2 (2023-09-27 stays a string), no aliases
 * (*name), no explicit tags (!!js/function), no duplicate keys, a size limit, and every failure a
 * problem with file and line, never an exception.
 */
export function readYaml(text: string, { file, lineOffset = 0 }: YamlPlace): YamlResult {
  const problems: ContentProblem[] = [];
  const at = (line: number, column?: number) =>
    `${file}:${line + lineOffset}${column === undefined ? '' : `:${column}`}`;
  const problem = (where: string, message: string, fix = FIX) =>
    problems.push({ file: where, message, fix, severity: 'error' });

  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    problem(
      file,
      `the file has ${Buffer.byteLength(text)} bytes; YAML content files may have at most ${MAX_YAML_BYTES}`,
      'split or shorten it; content files are small',
    );
    return { data: undefined, problems, placeOf: () => file };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: true,
    lineCounter,
    merge: false,
  });
  const placeOf = (path: readonly PropertyKey[]): string => {
    for (let length = path.length; length >= 0; length--) {
      const node =
        length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return at(lineCounter.linePos(node.range[0]).line);
    }
    return file;
  };
  // An unresolved tag is reported below, with the other tags.
  const warnings = document.warnings.filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED');
  for (const error of [...document.errors, ...warnings]) {
    const position = error.linePos?.[0];
    problem(
      position ? at(position.line, position.col) : file,
      `invalid YAML: ${firstLine(error.message)}`,
    );
  }
  visit(document, (_key, node) => {
    if (!isNode(node)) return;
    const place = node.range ? lineCounter.linePos(node.range[0]) : undefined;
    const where = place ? at(place.line, place.col) : file;
    if (isAlias(node)) {
      problem(
        where,
        `an alias (*${node.source}) repeats another part of the file; content files may not use aliases`,
        'write the value out where it is needed',
      );
    } else if (node.tag) {
      // Only an explicit tag sets one; plain values are read by the core schema alone.
      problem(
        where,
        `a tag (${node.tag.replace('tag:yaml.org,2002:', '!!')}) asks for a special type; content files hold plain text, numbers, lists and maps`,
        'remove the tag',
      );
    }
  });
  if (problems.length > 0) return { data: undefined, problems, placeOf };
  try {
    return { data: document.toJS({ maxAliasCount: 0 }), problems, placeOf };
  } catch (cause) {
    problem(
      file,
      `the YAML cannot be read: ${cause instanceof Error ? firstLine(cause.message) : String(cause)}`,
    );
    return { data: undefined, problems, placeOf };
  }
}

/** The yaml library's message without the excerpt and position it appends (the problem says where). */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
