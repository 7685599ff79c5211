// npm run check: the editors' command. Every problem of the content at once, each with its file,
// line and fix. (The developers' checks, types, formatting and dead code, are in npm test and
// npm run typecheck, npm run lint.)
import { buildDate } from '../src/time/dates.ts';
import { checkContent } from '../src/check/check-content.ts';
import { errorsOf, formatProblems } from '../src/problems/content-problem.ts';

const problems = checkContent(process.cwd(), buildDate()).problems;
const errors = errorsOf(problems);
console.log(problems.length === 0 ? '\u2714 Content: no problems.' : formatProblems(problems));
console.log(`\n${errors.length} error(s), ${problems.length - errors.length} warning(s).`);
process.exit(errors.length > 0 ? 1 : 0);
