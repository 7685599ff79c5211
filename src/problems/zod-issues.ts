import { ordinal } from './suggest.ts';
import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines an editor can act on: where (the field path), what was expected and
 * what was found.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  file = '',
): string[] {
  return issues.map((issue) => {
    const path = issue.path.length > 0 ? describePath(issue.path, input, file) : '(the whole file)';
    const found = valueAt(input, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `${path === '(the whole file)' ? '' : `${path}: `}unknown field${issue.keys.length === 1 ? '' : 's'} ${keys}: remove ${issue.keys.length === 1 ? 'it' : 'them'} or correct the spelling`;
    }
    if (issue.code === 'invalid_type' && found === undefined)
      return `${path}: this field is required`;
    const message =
      issue.code === 'invalid_type' ? (EXPECTED[issue.expected] ?? issue.message) : issue.message;
    // A list or map found is shown by the line the problem names, not as JSON.
    const shown =
      found !== null && typeof found === 'object' ? '' : ` (found ${JSON.stringify(found)})`;
    return `${path}: ${message}${shown}`;
  });
}

/** zod's "Invalid input: expected boolean, received string", in words that say what to write. */
const EXPECTED: Partial<Record<string, string>> = {
  boolean: 'write true or false',
  string: 'write a text',
  number: 'write a number',
  array: 'write a list (one "- " line per entry)',
  object: 'write "name: value" lines under it',
};

/** Where an issue is in the file: an unknown field at its own line, not at the line of the map that holds it. */
export function issueLocation(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys.length > 0
    ? [...issue.path, issue.keys[0]!]
    : issue.path;
}

/** What each list of a content file holds, to name its entries ("the 3rd version (2023-09-27)"). */
const ENTRY_NOUNS: Record<string, string> = {
  'content/versions.yaml': 'version',
  changes: 'change',
  corrections: 'correction',
  languages: 'language',
  audiences: 'audience',
  starts: 'start',
  events: 'event',
};

/**
 * A path into a content file as an editor reads it: a list entry by its place counted from 1 and
 * by what identifies it (date, id or code), the fields by their names. [2, 'summary', 'nl'] of
 * versions.yaml is "the 3rd version (2023-09-27), summary.nl".
 */
export function describePath(path: readonly PropertyKey[], input: unknown, file = ''): string {
  const pieces: string[] = [];
  let fields: string[] = [];
  path.forEach((key, index) => {
    if (typeof key !== 'number') {
      fields.push(String(key));
      return;
    }
    const parent = index === 0 ? file : String(path[index - 1]);
    const entry = valueAt(input, path.slice(0, index + 1)) as Record<string, unknown> | undefined;
    const id =
      entry && typeof entry === 'object' ? (entry.date ?? entry.id ?? entry.code) : undefined;
    const field = fields.slice(0, index === 0 ? fields.length : -1);
    if (field.length > 0) pieces.push(field.join('.'));
    fields = [];
    pieces.push(
      `the ${ordinal(key + 1)} ${ENTRY_NOUNS[parent] ?? 'entry'}${typeof id === 'string' ? ` (${id})` : ''}`,
    );
  });
  if (fields.length > 0) pieces.push(fields.join('.'));
  return pieces.join(', ');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
