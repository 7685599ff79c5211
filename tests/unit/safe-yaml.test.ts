import { describe, expect, it } from 'vitest';
import { MAX_YAML_BYTES, readYaml } from '../../src/guard/safe-yaml.ts';

const read = (text: string) => readYaml(text, { file: 'content/site.yaml' });
const messages = (text: string) =>
  read(text).problems.map((problem) => `${problem.file} ${problem.message}`);

describe('YAML as content reads it', () => {
  it('reads YAML 1.2: a date stays a string, yes stays a string', () => {
    expect(read('date: 2023-09-27\nanswer: yes\ncount: 3\n').data).toEqual({
      date: '2023-09-27',
      answer: 'yes',
      count: 3,
    });
  });

  it('refuses aliases, naming the line, and never expands them', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'
        .split('')
        .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const result = read(bomb);
    expect(result.data).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      file: 'content/site.yaml:2:8',
      message: expect.stringContaining('an alias (*a)'),
      severity: 'error',
    });
    expect(messages('a: &x 1\nb: *x\n')).toEqual([
      'content/site.yaml:2:4 an alias (*x) repeats another part of the file; content files may not use aliases',
    ]);
  });

  it('refuses a duplicate key, naming its line', () => {
    expect(messages('name: A\nname: B\n')).toEqual([
      expect.stringMatching(/^content\/site\.yaml:2:1 invalid YAML: Map keys must be unique/),
    ]);
  });

  it.each(['!!js/function "function () {}"', '!!binary aGk=', '!foo bar', '!!set {a}', '!!str 12'])(
    'refuses the tag in %j',
    (value) => {
      expect(messages(`key: ${value}\n`)).toEqual([
        expect.stringMatching(/^content\/site\.yaml:1:\d+ a tag \(.+\) asks for a special type/),
      ]);
    },
  );

  it('reports a syntax error with its line instead of throwing', () => {
    expect(messages('name: [open\ncity: x\n')[0]).toMatch(
      /^content\/site\.yaml:\d+:\d+ invalid YAML: /,
    );
  });

  it('refuses a file over the size limit', () => {
    expect(messages(`x: "${'a'.repeat(MAX_YAML_BYTES)}"\n`)[0]).toMatch(
      /^content\/site\.yaml the file has \d+ bytes; YAML content files may have at most/,
    );
  });

  it("counts lines of a header from the file's first line", () => {
    expect(
      readYaml('title: a\ntitle: b\n', { file: 'content/x/2023-09-27/nl.mdx', lineOffset: 1 })
        .problems[0]?.file,
    ).toBe('content/x/2023-09-27/nl.mdx:3:1');
  });

  it('finds the line of a value by its path, for schema errors', () => {
    expect(read('languages:\n  - code: nl\n  - code: EN\n').placeOf(['languages', 1, 'code'])).toBe(
      'content/site.yaml:3',
    );
    expect(read('languages:\n  - code: nl\n').placeOf(['languages', 0, 'name'])).toBe(
      'content/site.yaml:2',
    );
  });
});
