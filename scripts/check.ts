// npm run check: the editors' command. Every problem of the content at once, each once, sorted by
// file and line, with what to do; coloured on a terminal, plain text otherwise or with NO_COLOR.
// (The developers' checks, types, formatting and dead code, are npm test, npm run typecheck and
// npm run lint.)
import { styleText } from 'node:util';
import { checkContent } from '../src/check/check-content.ts';
import { errorsOf, formatProblems, type Style } from '../src/problems/content-problem.ts';
import { buildDate } from '../src/time/dates.ts';

// styleText leaves the text plain when the output is not a terminal or NO_COLOR is set.
const style: Style = (severity, text) =>
  styleText(severity === 'error' ? ['red', 'bold'] : ['yellow', 'bold'], text, {
    stream: process.stdout,
  });

const problems = checkContent(process.cwd(), buildDate()).problems;
const errors = errorsOf(problems);
const warnings = problems.length - errors.length;
console.log(
  problems.length === 0 ? '\u2714 Content: no problems.' : formatProblems(problems, style),
);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`\n${count(errors.length, 'error')}, ${count(warnings, 'warning')}.`);
process.exit(errors.length > 0 ? 1 : 0);
