/** Something wrong in the content, found before the build renders anything. */
export interface ContentProblem {
  /** Path relative to the repository, with a line where known ("content/x/2023-09-27/nl.mdx:12:3"). */
  file: string;
  /** What is wrong: what was found and what was expected. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** Errors stop the build; warnings are shown and do not. */
  severity: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  const mark = problem.severity === 'error' ? '\u2716 error' : '\u26a0 warning';
  return `${mark}: ${problem.file}: ${problem.message}\n  How to fix: ${problem.fix}`;
}

/** Several problems as one report, a blank line between them. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(formatProblem).join('\n\n');
}

/** The problems that stop a build; warnings do not. */
export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}
