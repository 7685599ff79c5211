/**
 * An error in the content that an editor can fix. Its message names the file (relative to the
 * repository), what was found, what was expected and how to fix it, so that a build or check can
 * print it without a stack trace.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, problem: string, fix: string) {
    super(`${file}: ${problem}\n  How to fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.problem = problem;
    this.fix = fix;
  }
}

/** Collects the problems of one file before throwing them together. */
export function throwIfProblems(file: string, problems: string[], fix: string): void {
  if (problems.length === 0) return;
  throw new ContentError(file, problems.join('\n  '), fix);
}
