import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkStatement } from '../../src/integration/remark-statement.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

// The last line: whatever reaches the MDX compiler, the pipeline's own remark step refuses what a
// statement may not hold, before the compiled module exists, whether or not the content check ran.
const compileStatement = (value: string) =>
  compile(
    { value, path: join(PROJECT_ROOT, 'content/general/2099-01-01/nl.mdx') },
    { remarkPlugins: [[remarkStatement, { root: PROJECT_ROOT }]] },
  );

describe('the remark step of the MDX pipeline', () => {
  it.each([
    [
      'an import line',
      'import { readFileSync } from "node:fs"\n\nTekst.',
      /found an import or export line/,
    ],
    ['an expression', 'Tekst {process.exit(1)} hier.', /found a \{…\} expression/],
    ['raw HTML', 'Tekst <script>alert(1)</script> hier.', /found the HTML element <script>/],
    ['a javascript: link', '[klik](javascript:alert(1))', /uses the scheme javascript:/],
    ['an image', '![x](https://example.org/x.png)', /found an image/],
    ['a right-to-left override', 'Tekst \u202E hier.', /U\+202E RIGHT-TO-LEFT OVERRIDE/],
  ])('refuses %s, naming the file and the line', async (_name, body, problem) => {
    const failure = await compileStatement(`## Kop\n\n${body}\n`).then(
      () => undefined,
      (error: unknown) => String(error instanceof Error ? error.message : error),
    );
    expect(failure).toMatch(
      /^content\/general\/2099-01-01\/nl\.mdx: the statement file holds what a statement may not; nothing was built\./,
    );
    expect(failure).toMatch(/content\/general\/2099-01-01\/nl\.mdx:\d+(:\d+)?: /);
    expect(failure).toMatch(problem);
  });
});
