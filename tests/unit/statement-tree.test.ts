import { describe, expect, it } from 'vitest';
import { checkStatementTree } from '../../src/guard/statement-tree.ts';
import { bodyOf, parseBody } from '../../src/model/parse.ts';
import { testSite } from '../helpers/site-config.ts';

const site = testSite();

/** The problems of a statement body, as "line:column message". */
function problems(body: string, part = 'employee'): string[] {
  const parsed = parseBody(bodyOf(`---\ntitle: T\n---\n${body}`));
  if ('failure' in parsed)
    return [`parse ${parsed.failure.line}:${parsed.failure.column} ${parsed.failure.reason}`];
  return checkStatementTree(parsed.tree, {
    file: 'content/employee/2023-09-27/nl.mdx',
    part,
    site,
  }).map(
    (problem) =>
      `${problem.severity === 'warning' ? 'warning ' : ''}${problem.file.replace('content/employee/2023-09-27/nl.mdx:', '')} ${problem.message}`,
  );
}

describe('the allowlist of a statement file', () => {
  it("accepts Markdown text and the project's components with their declared attributes", () => {
    const body = [
      '## Kop',
      '',
      'Een zin met *nadruk*, **sterk**, een [link](https://example.org/) en <Email />.',
      '',
      '- <Purpose>Om je te betalen</Purpose> bewaren wij je gegevens <Retention period="P7Y" from="end-of-employment" upTo>tot 7 jaar</Retention>.',
      '- Delen met <Recipients>de belastingdienst</Recipients>, <Retention until="attachment-lifted">tot het beslag</Retention>, <Retention relevant>zolang relevant</Retention>.',
      '- <Right kind="access">inzage</Right>',
      '',
      'Regel een\\',
      'regel twee, bel <Phone />.',
    ].join('\n');
    expect(problems(body)).toEqual([]);
    expect(problems('## A\n\n<Organization />\n\n<Audiences />\n', 'general')).toEqual([]);
  });

  it.each([
    ['import { readFileSync } from "node:fs"', '4:1 found an import or export line'],
    ['export const secret = 1', '4:1 found an import or export line'],
    ['{process.env.HOME}', '4:1 found a {…} expression'],
    ['Tekst {1 + 1} hier.', '4:7 found a {…} expression'],
    [
      '<Purpose x={process.exit(1)}>a</Purpose>',
      '4:10 <Purpose> has the attribute x={…} written as code',
    ],
    ['<Purpose {...props}>a</Purpose>', '4:10 <Purpose> has an attribute written as code'],
    ['<Purpose kind="x">a</Purpose>', '4:1 <Purpose> attributes: unknown field "kind"'],
    ['<Purpose id="employee-1">a</Purpose>', '4:1 <Purpose> attributes: unknown field "id"'],
    [
      '<Retention period="7 jaar">7 jaar</Retention>',
      '4:1 <Retention> attributes: period: expected an ISO 8601 duration',
    ],
    [
      '<Retention period="P7Y" from="retirement">7 jaar</Retention>',
      '4:1 <Retention> attributes: from: expected one of unstated, end-of-employment',
    ],
    [
      '<Right kind="happiness">geluk</Right>',
      '4:1 <Right> attributes: kind: expected one of access',
    ],
    ['<script>alert(1)</script>', '4:1 found the HTML element <script>'],
    ['<img src="https://evil.example/x.png" />', '4:1 found the HTML element <img>'],
    ['<iframe src="https://evil.example/" />', '4:1 found the HTML element <iframe>'],
    ['<a href="javascript:alert(1)">klik</a>', '4:1 found the HTML element <a>'],
    ['<Telefoon />', '4:1 unknown component <Telefoon>'],
    ['<x.y />', '4:1 found the HTML element <x.y>'],
    ['<>tekst</>', '4:1 found a fragment'],
    ['![foto](https://evil.example/foto.png)', '4:1 found an image'],
    [
      '[klik](javascript:alert(1))',
      '4:1 the link "javascript:alert(1)" uses the scheme javascript:',
    ],
    ['[klik](data:text/html,hoi)', '4:1 the link "data:text/html,hoi" uses the scheme data:'],
    ['[klik](//evil.example/)', '4:1 the link "//evil.example/" is protocol-relative'],
    ['[klik][a]\n\n[a]: https://example.org/', '4:1 found a reference-style link'],
    ['`code`', '4:1 found code'],
    ['```\ncode\n```', '4:1 found a code block'],
    ['> citaat', '4:1 found a quotation block'],
    ['***', '4:1 found a horizontal rule'],
    [
      '<Email>info@example.org</Email>',
      '4:1 <Email> holds text, but it stands for text of its own',
    ],
    ['<Purpose></Purpose>', '4:1 <Purpose> marks no words'],
    [
      '<Purpose>om <Retention relevant>lang</Retention></Purpose>',
      '4:13 <Retention> inside <Purpose>: marks may not be nested',
    ],
    ['<Audiences />', '4:1 <Audiences /> may only stand in the sections for everyone'],
  ])('refuses %j with file:line:column and what was found', (body, expected) => {
    expect(problems(body)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });

  it('warns about an http: link, with the https: address to use', () => {
    expect(problems('[site](http://example.org/)')).toEqual([
      'warning 4:1 the link "http://example.org/" uses http:, which anyone on the way can read and change',
    ]);
  });
});
