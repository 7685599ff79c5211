// Random edits of real statement files, through the content check and through the MDX compiler
// with the pipeline's guard: every one ends accepted and compilable, or in a clear report with
// file and line. Never an exception, never a hang, never code compiled that the check refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { guardStatementFile } from '../../src/guard/statement-guard.ts';
import { textRules } from '../../src/guard/characters.ts';
import { bodyOf } from '../../src/model/parse.ts';
import { readStatementFile } from '../../src/model/statement-file.ts';
import { testSite } from '../helpers/site-config.ts';

const TEXTS = join(import.meta.dirname, '../fixtures/statement-texts');
const files = readdirSync(TEXTS)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    part: name.replace('.mdx', ''),
    text: readFileSync(join(TEXTS, name), 'utf8'),
  }));
const site = testSite({
  audiences: ['visitor', 'client-contact', 'job-seeker', 'employee'].map((id) => ({
    id,
    name: { nl: id, en: id },
    readers: { nl: id, en: id },
    description: { nl: id, en: id },
    slug: { nl: id, en: id },
  })),
  retention: {
    starts: ['end-of-employment', 'audit-report'].map((id) => ({ id, label: { nl: id, en: id } })),
    events: ['end-of-assignment', 'attachment-lifted'].map((id) => ({
      id,
      label: { nl: id, en: id },
    })),
  },
});
const rules = textRules(site.languages[0]!);

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

/** The pipeline's guard as a remark step, as src/integration/remark-statement.ts runs it. */
function guard(part: string, text: string) {
  return () => (tree: Root) => {
    const problems = guardStatementFile(tree, text, {
      file: `content/${part}/2023-09-27/nl.mdx`,
      part,
      locale: 'nl',
      site,
    });
    if (problems.length > 0)
      throw new Error(
        `refused: ${problems.map((problem) => `${problem.file}: ${problem.message}`).join('; ')}`,
      );
  };
}

const REPORT_PLACE = /^content\/[a-z-]+\/2023-09-27\/nl\.mdx(:\d+(:\d+)?)?$/;

describe('content is data, under random edits', () => {
  it('ends every edit accepted and compilable, or in a clear report; the compiler never takes what the check refused', async () => {
    let accepted = 0;
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
          let refusal: unknown;
          try {
            compiled = String(
              await compile(
                { value: bodyOf(edited), path: file },
                { remarkPlugins: [guard(part, edited)] },
              ),
            );
          } catch (error) {
            refusal = error;
          }
          if (checked.parsed) {
            accepted++;
            expect(refusal).toBeUndefined();
            // Nothing of the file is code: the compiled module imports only the JSX runtime and exports only its content.
            const lines = compiled!.split('\n');
            for (const line of lines.filter((candidate) => /^import\b/.test(candidate)))
              expect(line).toMatch(/^import \{[\w\s,]+\} from "react\/jsx-runtime";$/);
            expect(lines.filter((line) => /^export\b/.test(line))).toEqual([
              'export default function MDXContent(props = {}) {',
            ]);
          } else if (compiled !== undefined) {
            // The compiler took it: then the check refused it for its header only, never for its body.
            expect(
              checked.problems
                .filter((problem) => problem.severity === 'error')
                .every((problem) =>
                  /header|does not start with a header|the file is empty|invalid YAML|an alias|a tag/.test(
                    problem.message,
                  ),
                ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 250, seed: 20261130 },
    );
    // The property would be empty if no edit were ever accepted.
    expect(accepted).toBeGreaterThan(10);
  }, 60_000);
});
