import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines an editor can act on: where (the field path), what was expected and
 * what was found.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(the whole file)';
    const found = valueAt(input, issue.path);
    const foundText = found === undefined ? 'nothing' : JSON.stringify(found);
    if (issue.code === 'unrecognized_keys') {
      return `${path === '(the whole file)' ? '' : `${path}: `}unknown field(s) ${issue.keys
        .map((key) => `"${key}"`)
        .join(', ')}: remove them or correct their spelling`;
    }
    return `${path}: ${issue.message} (found ${foundText})`;
  });
}

/** Where an issue is in the file: an unknown field at its own line, not at the line of the map that holds it. */
export function issueLocation(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys.length > 0
    ? [...issue.path, issue.keys[0]!]
    : issue.path;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
