import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../problems/content-problem.ts';
import { characterProblems, type TextRules } from '../guard/characters.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import { describeIssues, issueLocation } from '../problems/zod-issues.ts';

export interface DataFileResult<T> {
  data?: T;
  /** The text as read, for checks that need the rest of the content first. */
  text?: string;
  problems: ContentProblem[];
  /** Whether the file exists. */
  found: boolean;
  /** "file:line" of the value at a path of the data. */
  placeOf?: (path: readonly PropertyKey[]) => string;
}

/**
 * Reads a YAML file of content/ with the limits of every content file (characters, YAML without
 * aliases or tags, a size cap) and validates it. Every problem names the file and, where it can,
 * the line of the value.
 */
export function readDataFile<Schema extends z.ZodType>(
  root: string,
  file: string,
  schema: Schema,
  rules: TextRules,
  fix: string,
): DataFileResult<z.infer<Schema>> {
  const path = join(root, file);
  if (!existsSync(path))
    return {
      problems: [
        {
          file,
          message: 'the file is missing',
          fix: `create ${file}; see docs/editing.md`,
          severity: 'error',
        },
      ],
      found: false,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return {
      problems: [
        { file, message: 'the file is not UTF-8 text', fix: 'save it as UTF-8', severity: 'error' },
      ],
      found: true,
    };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '')
    return {
      problems: [{ file, message: 'the file is empty', fix, severity: 'error' }],
      found: true,
    };
  const problems: ContentProblem[] = characterProblems(text, rules, file);
  const yaml = readYaml(text, { file });
  problems.push(...yaml.problems);
  if (yaml.problems.length > 0) return { problems, found: true };
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file: yaml.placeOf(issueLocation(issue)),
        message: describeIssues([issue], yaml.data, file)[0]!,
        fix,
        severity: 'error',
      });
    }
    return { problems, found: true };
  }
  return {
    data: result.data as z.infer<Schema>,
    text,
    problems,
    found: true,
    placeOf: yaml.placeOf,
  };
}
