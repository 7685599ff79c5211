// Content is data, enforced in four layers: the content check, the guard of the MDX pipeline
// (src/integration/remark-statement.ts), the scan of the built site (src/build/output-scan.ts) and
// each page's Content-Security-Policy. To show that each layer refuses hostile content on its own,
// a throw-away copy of the project has the layers before it turned off: their code replaced in
// the copy, never by a switch in the code that builds the site.
import { edit } from './copies.ts';

/** Replaces code in a copy, and fails when the code is no longer there (the test would prove nothing). */
function swap(dir: string, file: string, from: string | RegExp, to: string): void {
  edit(dir, file, (code) => {
    if (typeof from === 'string' ? !code.includes(from) : !from.test(code))
      throw new Error(
        `${file} no longer has ${String(from)}: update tests/helpers/defence-layers.ts`,
      );
    return code.replace(from, to);
  });
}

/** The page (and file) of the clinic's content the hostile paragraph goes into: a published version. */
export const HOSTILE_FILE = 'content/patient/2025-04-01/de.mdx';

/**
 * One paragraph of what a statement may not hold, each piece live if it reached a reader: an
 * inline script, a script file of the site itself, a javascript: link, a frame of another site.
 * Each marks the page (data-inline, data-link) or asks for an address when it runs.
 */
const HOSTILE_PARAGRAPH =
  'Bitte lesen Sie weiter. <script>document.documentElement.dataset.inline=1</script><script type="module" src="/pagefind/pagefind.js"></script> [Klick](javascript:document.documentElement.dataset.link=1) <iframe src="https://trace-of-frame.example/"></iframe>';

/** Puts the hostile paragraph into a published version of the clinic's content in a copy. */
export function addHostileParagraph(dir: string): void {
  edit(dir, HOSTILE_FILE, (text) =>
    text.replace('#### Behandlung', `${HOSTILE_PARAGRAPH}\n\n#### Behandlung`),
  );
}

/** The layers, in the order a statement file meets them, and how each is turned off in a copy. */
const LAYERS = [
  {
    // 1. The content check.
    turnOff: (dir: string) => {
      // The allowlist and the character rules of every statement file, then the verdict itself:
      // the check accepts everything (seals and all).
      swap(
        dir,
        'src/model/statement-file.ts',
        'const problems: ContentProblem[] = characterProblems(text, rules, file);',
        'const problems: ContentProblem[] = [];',
      );
      swap(
        dir,
        'src/model/statement-file.ts',
        /problems\.push\(\s*\.\.\.checkStatementTree\([\s\S]*?\}\),\s*\);/,
        '',
      );
      swap(
        dir,
        'src/check/check-content.ts',
        /return content && errorsOf\(report\)\.length === 0\s*\? \{ content, problems: report \}\s*: \{ problems: report \};/,
        'return { content: content ?? (asRead as Content), problems: [] };',
      );
    },
  },
  {
    // 2. The guard of the MDX pipeline.
    turnOff: (dir: string) =>
      swap(
        dir,
        'src/integration/remark-statement.ts',
        'const guard = guardStatementFile(tree, String(file.value), { file: path, part, locale, site });',
        'const guard: ContentProblem[] = [];',
      ),
  },
  {
    // 3. The scan of the built site. (4, each page's policy, has nothing after it to turn off.)
    turnOff: (dir: string) =>
      swap(
        dir,
        'src/build/build-site.ts',
        'const scan = scanOutput(next, rules, pages.scanned);',
        'const scan: string[] = [];',
      ),
  },
] as const;

/** Turns off the first `count` layers in a copy of the project. */
export function turnOffLayers(dir: string, count: number): void {
  LAYERS.slice(0, count).forEach((layer) => layer.turnOff(dir));
}
