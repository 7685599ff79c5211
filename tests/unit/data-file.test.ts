import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/model/data-file.ts';

const schema = z.strictObject({ name: z.string(), contact: z.strictObject({ email: z.string() }) });
const latin = { scripts: ['Latn'], locale: 'nl' };

function problemsOf(text: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'data-file-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/organization.yaml'), text);
  return readDataFile(
    root,
    'content/organization.yaml',
    schema,
    latin,
    'see docs/editing.md',
  ).problems.map((problem) => `${problem.file} ${problem.message}`);
}

describe('a YAML file of content/', () => {
  it('names the line of an unknown field, not the line of the map that holds it', () => {
    expect(problemsOf('name: Cachet\ncontact:\n  email: a@b.nl\n  emial: c@d.nl\n')).toEqual([
      'content/organization.yaml:4 contact: unknown field "emial": remove it or correct the spelling',
    ]);
    expect(problemsOf('name: Cachet\ncontact:\n  email: a@b.nl\nnmae: X\n')).toEqual([
      'content/organization.yaml:4 unknown field "nmae": remove it or correct the spelling',
    ]);
  });

  it('names the line of a value of the wrong type', () => {
    expect(problemsOf('name: Cachet\ncontact:\n  email: [a]\n')).toEqual([
      'content/organization.yaml:3 contact.email: write a text',
    ]);
  });
});

describe('the letters of content/site.yaml', () => {
  it('reports a look-alike letter once, though the file is read before and after its languages are known', async () => {
    const { copyProject, removeProject } = await import('../harness/project-copy.ts');
    const { readContent } = await import('../../src/model/read-content.ts');
    const dir = copyProject({ content: 'tests/fixtures/second-organization/content' });
    try {
      const site = join(dir, 'content/site.yaml');
      writeFileSync(site, readFileSync(site, 'utf8').replace('Patientinnen', 'Ｐatientinnen'));
      const reports = readContent(dir).problems.filter((problem) =>
        problem.message.includes('"Ｐ"'),
      );
      expect(reports.map((problem) => problem.message)).toEqual([
        expect.stringMatching(
          /^the word "Ｐatientinnen" has "Ｐ" \(U\+FF30 FULLWIDTH LATIN CAPITAL LETTER P\), a look-alike form of "P"/,
        ),
      ]);
    } finally {
      removeProject(dir);
    }
  });
});
