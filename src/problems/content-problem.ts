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

/** Colours a report's marks (on a terminal); plain text by default. */
export type Style = (severity: ContentProblem['severity'], text: string) => string;

const plain: Style = (_severity, text) => text;

export function formatProblem(problem: ContentProblem, style: Style = plain): string {
  const mark = style(
    problem.severity,
    problem.severity === 'error' ? '\u2716 error' : '\u26a0 warning',
  );
  return `${mark}: ${problem.file}: ${problem.message}\n  How to fix: ${problem.fix}`;
}

/** Several problems as one report, a blank line between them. */
export function formatProblems(problems: readonly ContentProblem[], style: Style = plain): string {
  return problems.map((problem) => formatProblem(problem, style)).join('\n\n');
}

/** The problems that stop a build; warnings do not. */
export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** Path, line and column of a problem's place ("content/x.mdx:12:3"); 0 where not known. */
function placeOf(problem: ContentProblem): [string, number, number] {
  const match = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(problem.file)!;
  return [match[1]!, Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/**
 * The report as an editor reads it: each problem once, sorted by file and line (then errors before
 * warnings), so that the report can be worked through from top to bottom.
 */
export function tidyReport(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = JSON.stringify([problem.severity, problem.file, problem.message, problem.fix]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((problem, index) => ({ problem, index, place: placeOf(problem) }))
    .sort(
      (a, b) =>
        a.place[0].localeCompare(b.place[0]) ||
        a.place[1] - b.place[1] ||
        a.place[2] - b.place[2] ||
        (a.problem.severity === b.problem.severity ? 0 : a.problem.severity === 'error' ? -1 : 1) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
