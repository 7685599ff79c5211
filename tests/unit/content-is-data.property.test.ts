// Random edits of real statement files, through the content check and through the MDX compiler
// with the pipeline's own remark step (src/integration/remark-statement.ts, as the build runs it):
// every one ends accepted and compilable, or in a clear report with file and line. Never an
// exception, never a hang, never code compiled that the check refused, and never a file the check
// accepted refused by the pipeline's guard.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remarkStatement } from '../../src/integration/remark-statement.ts';
import { textRules } from '../../src/guard/characters.ts';
import { bodyOf } from '../../src/model/parse.ts';
import { readStatementFile } from '../../src/model/statement-file.ts';
import { readSiteConfig } from '../../src/model/site-config.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

const TEXTS = join(import.meta.dirname, '../fixtures/statement-texts');
const files = readdirSync(TEXTS)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    part: name.replace('.mdx', ''),
    text: readFileSync(join(TEXTS, name), 'utf8'),
  }));
// The project's own site, as the pipeline's remark step reads it: both sides judge by the same rules.
const site = readSiteConfig(PROJECT_ROOT);
const rules = textRules(site.languages.find((language) => language.code === 'nl')!);

/** What an editor, a slip of the keyboard or an attacker might put into a statement file. */
const INSERTIONS = [
  '{',
  '}',
  '{1 + 1}',
  '{process.env.HOME}',
  '<',
  '>',
  '<script>alert(1)</script>',
  '<img src="https://evil.example/x.png" />',
  'import { readFileSync } from "node:fs"\n',
  'export const secret = 1\n',
  '<Purpose x={y}>',
  '</Purpose>',
  '<Right kind="access">',
  '<Email />',
  '<Retention period="PT12H">12 uur</Retention>',
  '[klik](javascript:alert(1))',
  '[klik](//evil.example/)',
  '![x](https://evil.example/x.png)',
  '\u0000',
  '\u0007',
  '\u202E',
  '\u2066',
  '\u200B',
  '\u00AD',
  '\uFEFF',
  '\u0430',
  '\u03BF',
  'e\u0301',
  '\\',
  '`',
  '***\n',
  '> ',
  '## ',
  '- ',
  '\n',
  '---\n',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-line' | 'duplicate-line'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(...INSERTIONS),
  }),
  fc.record({
    kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const),
    at: fc.nat(),
  }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const change of mutations) {
    if (change.kind === 'insert') {
      const at = change.at % (result.length + 1);
      result = result.slice(0, at) + change.text + result.slice(at);
    } else {
      const lines = result.split('\n');
      const at = change.at % lines.length;
      if (change.kind === 'delete-line') lines.splice(at, 1);
      else lines.splice(at, 0, lines[at]!);
      result = lines.join('\n');
    }
  }
  return result;
}

/** What the pipeline's remark step says when its guard refuses a file. */
const GUARD_REFUSAL = /the statement file holds what a statement may not; nothing was built/;

const REPORT_PLACE = /^content\/[a-z-]+\/2023-09-27\/nl\.mdx(:\d+(:\d+)?)?$/;

describe('content is data, under random edits', () => {
  it('ends every edit accepted and compilable, or in a clear report; the compiler never takes what the check refused', async () => {
    let accepted = 0;
    let compiledAccepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async ({ part, text }, mutations) => {
          const edited = mutate(text, mutations);
          const file = `content/${part}/2023-09-27/nl.mdx`;
          const checked = readStatementFile(
            Buffer.from(edited),
            { file, part, version: '2023-09-27', locale: 'nl' },
            site,
            rules,
          );
          for (const problem of checked.problems) {
            expect(problem.file).toMatch(REPORT_PLACE);
            expect(problem.message.length).toBeGreaterThan(10);
            expect(problem.fix.length).toBeGreaterThan(10);
            expect(`${problem.message}\n${problem.fix}`).not.toMatch(/\n\s+at \S+ \(|node_modules/);
          }
          let compiled: string | undefined;
          let refusal = '';
          try {
            compiled = String(
              await compile(
                { value: bodyOf(edited), path: join(PROJECT_ROOT, file) },
                { remarkPlugins: [[remarkStatement, { root: PROJECT_ROOT }]] },
              ),
            );
          } catch (error) {
            refusal = error instanceof Error ? error.message : String(error);
          }
          if (checked.parsed) {
            accepted++;
            // The guard agrees with the check. (After it, the step gives the blocks the anchors of
            // the content model, the file as committed: an edit that adds or removes a block stops
            // there, with a message of its own.)
            expect(refusal).not.toMatch(GUARD_REFUSAL);
            if (compiled === undefined) {
              expect(refusal).toMatch(/the page has \d+ blocks where the content model has \d+/);
              return;
            }
            compiledAccepted++;
            // Nothing of the file is code: the compiled module imports only the JSX runtime and exports only its content.
            const lines = compiled!.split('\n');
            for (const line of lines.filter((candidate) => /^import\b/.test(candidate)))
              expect(line).toMatch(/^import \{[\w\s,]+\} from "react\/jsx-runtime";$/);
            expect(lines.filter((line) => /^export\b/.test(line))).toEqual([
              'export default function MDXContent(props = {}) {',
            ]);
          } else if (compiled !== undefined) {
            // The compiler took it: then the check refused it for its header only (which the
            // pipeline does not compile), never for its body.
            const headerEnd = edited.split('\n').indexOf('---', 1) + 1;
            const inHeader = (problem: { file: string; message: string }) =>
              /header|does not start with a header|the file is empty|invalid YAML|an alias|a tag/.test(
                problem.message,
              ) || Number(/:(\d+)(:\d+)?$/.exec(problem.file)?.[1] ?? Infinity) <= headerEnd;
            expect(
              checked.problems.filter((problem) => problem.severity === 'error').every(inHeader),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 250, seed: 20261130 },
    );
    // The property would be empty if no edit were ever accepted, or none compiled.
    expect(accepted).toBeGreaterThan(10);
    expect(compiledAccepted).toBeGreaterThan(10);
  }, 60_000);
});
