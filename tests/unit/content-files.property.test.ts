// Random changes to the files and folders of content/ (deleted, emptied, renamed, moved to another
// version or language, a data file cut short) through the whole content check: every one ends in
// content that is accepted, or in a report whose every problem names a file of content/ and says
// what to do. Never an exception, never a stack trace.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';
import { CLINIC } from '../helpers/copies.ts';

const ORIGINAL = join(PROJECT_ROOT, CLINIC);
const root = mkdtempSync(join(tmpdir(), 'privacy-statement-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file and folder of the clinic's content, by its path from content/. */
const entries = readdirSync(ORIGINAL, { recursive: true, encoding: 'utf8' }).sort();
const files = entries.filter((entry) => statSync(join(ORIGINAL, entry)).isFile());

type Change =
  | { kind: 'delete' | 'empty' | 'truncate'; path: string }
  | { kind: 'rename'; path: string; to: string };

/** Names an editor's slip could give a file or folder: another version, language or part. */
const NEW_NAMES = ['2025-04-02', 'it.mdx', 'de.MDX', 'Patient', 'general', 'de.md', '2099-01-01'];

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'empty' as const, 'truncate' as const),
    path: fc.constantFrom(...files),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    path: fc.constantFrom(...entries),
    to: fc.constantFrom(...NEW_NAMES),
  }),
);

function apply(content: string, { kind, path, ...rest }: Change): void {
  const target = join(content, path);
  if (!existsSync(target)) return;
  if (kind === 'delete') rmSync(target, { recursive: true, force: true });
  else if (kind === 'empty') writeFileSync(target, '');
  else if (kind === 'truncate') {
    const text = readFileSync(target);
    writeFileSync(target, text.subarray(0, Math.floor(text.length / 2)));
  } else if ('to' in rest) {
    const to = join(dirname(target), rest.to);
    if (!existsSync(to)) renameSync(target, to);
  }
}

const PLACE = /^content\/[^\s:]*(:\d+(:\d+)?)?$/;

describe('the content check, under random changes to the files of content/', () => {
  it('ends every change accepted, or in a report whose problems each name a file and a fix', () => {
    let reported = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const content = join(root, 'content');
        rmSync(content, { recursive: true, force: true });
        cpSync(ORIGINAL, content, { recursive: true });
        for (const one of changes) apply(content, one);
        const { problems } = checkContent(root, '2025-06-01');
        for (const problem of problems) {
          expect(problem.file).toMatch(PLACE);
          expect(problem.message.length).toBeGreaterThan(10);
          expect(problem.fix.length).toBeGreaterThan(10);
          expect(`${problem.message}\n${problem.fix}`).not.toMatch(/\n\s+at \S+|node_modules/);
        }
        if (problems.some((problem) => problem.severity === 'error')) reported++;
      }),
      { numRuns: 40, seed: 20261206 },
    );
    // The property would say nothing if no change were ever refused.
    expect(reported).toBeGreaterThan(20);
  }, 60_000);
});
