import type { IncomingMessage, ServerResponse } from 'node:http';
import { escape } from 'html-escaper';
import type { Plugin } from 'vite';
import { cachedCheck } from '../check/cached-check.ts';
import { errorsOf, formatProblems, type ContentProblem } from '../problems/content-problem.ts';
import { buildDate } from '../time/dates.ts';

/**
 * npm run dev with a mistake in content/: every page is the report of `npm run check`, as a plain
 * HTML page that any browser shows without JavaScript (Astro's own error overlay needs it, and
 * speaks of stack traces). The page reloads itself every few seconds, so that the statement is back
 * as soon as the mistake is fixed and saved.
 */
export function previewReport(root: string): Plugin {
  return {
    name: 'privacy-statement:preview-report',
    apply: 'serve',
    configureServer(server) {
      // The terminal says it too, once for each new report, and once when the content is right again.
      let printed = '';
      const tell = (problems: readonly ContentProblem[]) => {
        const errors = errorsOf(problems);
        const report = errors.length ? formatProblems(errors) : '';
        if (report === printed) return;
        console.error(
          report
            ? `\n${report}\n\n\u2716 The content has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}: every page of the preview shows this report until it is fixed.\n`
            : '\n\u2714 The content has no errors: the preview shows the statement again.\n',
        );
        printed = report;
      };
      server.middlewares.use((request: IncomingMessage, response: ServerResponse, next) => {
        if (!wantsPage(request)) return next();
        const { problems } = cachedCheck(root, buildDate());
        tell(problems);
        if (errorsOf(problems).length === 0) return next();
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(reportPage(problems));
      });
    },
  };
}

/** A page a reader's browser asks for: not a module, style or file the dev server serves itself. */
function wantsPage(request: IncomingMessage): boolean {
  const path = (request.url ?? '/').split('?')[0]!;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (/^\/(@|node_modules\/|src\/|_astro\/|\.well-known\/)/.test(path)) return false;
  return path.endsWith('/') || path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path);
}

/** The report as a page: every problem with its place and fix, errors first as in npm run check. */
function reportPage(problems: readonly ContentProblem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  const items = problems
    .map(
      (problem) => `<li class="${problem.severity}">
<p><strong>${problem.severity === 'error' ? '\u2716 Error' : '\u26a0 Warning'}</strong> <code>${escape(problem.file)}</code></p>
<p>${escape(problem.message).replace(/\n/g, '<br>')}</p>
<p><b>How to fix:</b> ${escape(problem.fix)}</p>
</li>`,
    )
    .join('\n');
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3">
<title>The content has ${count(errors, 'error')}: the preview shows this report</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
li { margin-block: 1rem; padding: 0.5rem 1rem; border-left: 4px solid #b00020; background: #fdf2f3; list-style: none; }
li.warning { border-color: #8a5a00; background: #fdf7ec; }
ol { padding: 0; }
code { font-size: 0.95em; }
</style>
</head>
<body>
<main>
<h1>The content has ${count(errors, 'error')} and ${count(warnings, 'warning')}</h1>
<p>The preview shows the statement again as soon as the errors are fixed and the files saved: this page looks again every 3 seconds. <code>npm run check</code> gives the same report.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
