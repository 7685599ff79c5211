// The editors' commands change YAML in place: what they add or replace is the only difference,
// every other byte (comments, order, line wrapping, the entries of published versions) stays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setHeaderValue } from '../../src/edit/statement-header.ts';
import { appendToList, setTopLevelKey } from '../../src/edit/yaml-in-place.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const VERSIONS = [
  read('content/versions.yaml'),
  read('tests/fixtures/second-organization/content/versions.yaml'),
];
const SEALS = [
  read('content/seals.yaml'),
  read('tests/fixtures/second-organization/content/seals.yaml'),
];

const text = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', ':', '"', '#', "'", '-', '\n', 'ß'),
  maxLength: 40,
});
const entry = fc.record({
  date: fc.constantFrom('2030-01-01', '2031-06-15'),
  provenance: fc.constant('original'),
  material: fc.boolean(),
  summary: fc.record({ nl: text, en: text }),
});

describe('adding an entry to content/versions.yaml', () => {
  it('keeps every byte of the file and adds an entry that reads back as given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERSIONS), entry, (before, added) => {
        const after = appendToList(before, added);
        expect(after.slice(0, before.length)).toBe(before);
        const list = parse(after, { version: '1.2' }) as unknown[];
        expect(list.slice(0, -1)).toEqual(parse(before, { version: '1.2' }));
        expect(list.at(-1)).toEqual(added);
      }),
      { numRuns: 100, seed: 20261206 },
    );
  });
});

describe('writing one seal into content/seals.yaml', () => {
  it('replaces that seal, or adds it in date order, and keeps every other byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEALS),
        fc.constantFrom('2019-01-01', '2024-03-01', '2025-04-01', '2099-01-01'),
        fc.record({
          corrections: fc.nat(3),
          files: fc.dictionary(fc.constantFrom('a', 'b'), text),
        }),
        (before, date, seal) => {
          const after = setTopLevelKey(before, date, seal);
          const read = parse(after, { version: '1.2' }) as Record<string, unknown>;
          const was = parse(before, { version: '1.2' }) as Record<string, unknown>;
          expect(read[date]).toEqual(seal);
          expect(Object.keys(read)).toEqual(Object.keys({ ...was, [date]: seal }).sort());
          // The text of every other seal is where it was, byte for byte.
          for (const other of Object.keys(was).filter((key) => key !== date)) {
            const block = (text: string) => {
              const start = text.indexOf(`${other}:`);
              const next = Object.keys(parse(text, { version: '1.2' }) as object)
                .map((key) => text.indexOf(`${key}:`))
                .filter((at) => at > start)
                .sort((a, b) => a - b)[0];
              return text.slice(start, next);
            };
            expect(block(after).trimEnd()).toBe(block(before).trimEnd());
          }
          expect(
            after.startsWith(before.slice(0, before.indexOf('\n', before.indexOf('# file')) + 1)),
          ).toBe(true);
        },
      ),
      { numRuns: 100, seed: 20261206 },
    );
  });
});

describe('setting a value of a statement file’s header', () => {
  it('changes that one line, or adds the lines it needs, and not a byte of the text', () => {
    const body = '\n## Wie wij zijn\n\nTekst met *nadruk*.\n';
    expect(
      setHeaderValue(
        `---\ntitle: "Privacy: kort"\ntranslation:\n  source: abc\n---\n${body}`,
        ['translation', 'source'],
        'def',
      ),
    ).toBe(`---\ntitle: "Privacy: kort"\ntranslation:\n  source: def\n---\n${body}`);
    expect(
      setHeaderValue(`---\ntitle: Privacy\n---\n${body}`, ['translation', 'source'], 'def'),
    ).toBe(`---\ntitle: Privacy\ntranslation:\n  source: def\n---\n${body}`);
  });
});
