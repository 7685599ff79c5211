import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, throwIfProblems } from './content-error.ts';
import { describeIssues } from './zod-issues.ts';

/**
 * Reads a YAML file of the repository and validates it. `file` is relative to the repository
 * root, so that every message names the file the way the editor sees it.
 * YAML 1.2 is used on purpose: `2023-09-27` stays a string instead of turning into a Date.
 */
export function loadYaml<Schema extends z.ZodType>(
  root: string,
  file: string,
  schema: Schema,
  fix: string,
): z.infer<Schema> {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    throw new ContentError(file, 'the file is missing or cannot be read', `create ${file}`);
  }
  if (text.trim() === '') {
    throw new ContentError(file, 'the file is empty', fix);
  }
  const document = parseDocument(text, { version: '1.2', prettyErrors: true });
  throwIfProblems(
    file,
    document.errors.map((error) => `invalid YAML: ${error.message}`),
    'correct the YAML syntax at the line shown (indentation, a missing colon, or a value that needs quotes)',
  );
  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (!result.success) {
    throwIfProblems(file, describeIssues(result.error.issues, data), fix);
  }
  return result.data as z.infer<Schema>;
}
