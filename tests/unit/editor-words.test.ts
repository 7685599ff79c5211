// The words of the editor's report: what the MDX parser says, put as an office worker can act on
// it; the closest name of a misspelt component; an entry of a YAML list named by its place.
import { describe, expect, it } from 'vitest';
import { explainMdxFailure } from '../../src/guard/mdx-errors.ts';
import { parseBody } from '../../src/model/parse.ts';
import { tidyReport, type ContentProblem } from '../../src/problems/content-problem.ts';
import { closestName, ordinal } from '../../src/problems/suggest.ts';
import { describePath } from '../../src/problems/zod-issues.ts';

/** What the report says of a text the MDX parser cannot read. */
function explain(text: string) {
  const parsed = parseBody(text);
  if (!('failure' in parsed)) throw new Error(`"${text}" parses`);
  const { message, fix } = explainMdxFailure(parsed.failure, text);
  return { message, fix };
}

describe('the MDX parser, in an editor’s words', () => {
  it.each([
    [
      'Dit doen we <Purpose>om afspraken na te komen. Verder.',
      '<Purpose> is opened on line 1 but not closed before the end of its paragraph',
      'add </Purpose> right after the words it marks, in "om afspraken na te komen. Verder."',
    ],
    [
      '**vet <Purpose>doel** x</Purpose>',
      '<Purpose> is opened on line 1 but not closed before the end of the bold text (**…**) it is in',
      'add </Purpose> right after the words it marks, in "doel** x"',
    ],
    [
      'Mail naar <Email> of bel.',
      '<Email> is written without its closing slash',
      'write <Email /> (it stands alone: it has no closing tag)',
    ],
    [
      'Dit doen we <Purpose>om afspraken</Purpse> na te komen.',
      '</Purpse> does not close <Purpose> (line 1): the names differ',
      'write </Purpose>',
    ],
    [
      'Tekst <Purpose>a <Recipients>b</Purpose> c</Recipients>',
      '</Purpose> comes before <Recipients> (line 1) is closed: marks may not overlap or be nested',
      'close <Recipients> first, or move the marks apart so that each closes before the next opens',
    ],
    [
      'Dit doen we om afspraken</Purpose> na te komen.',
      '</Purpose> closes a tag that was never opened',
      'add <Purpose> before the words it marks, or remove </Purpose>',
    ],
    [
      '<!-- commentaar -->',
      'an HTML comment (<!-- … -->): a statement file holds only the text readers read',
      'remove the comment (notes for editors belong in the commit message)',
    ],
    [
      'Bewaren { jaar.',
      'a { in the text starts code, which a statement file may not contain',
      'write \\{ for a brace that is part of the text, or remove it',
    ],
    [
      'Tekst <Retention period=P6M>6 maanden</Retention>',
      'an attribute value is not in quotes',
      'put the value in double quotes: period="P6M"',
    ],
    [
      'Tekst <Retention period="P6M>6 maanden</Retention>',
      'an attribute value has no closing quote',
      'close the quote: period="P6M"',
    ],
    [
      'Minder dan <5 jaar.',
      'a < followed by "5" reads as the start of a tag',
      'write &lt; for a less-than sign in the text, or write the tag in full',
    ],
    [
      '- <Purpose>Om</Purpose> bewaren wij <Retention period="P6M">6 maanden<Retention>.',
      '<Retention> on line 1 opens a second mark where the first was to be closed',
      'write </Retention> (with a slash) to close the mark',
    ],
    [
      '- <Purpose>Om</Purpose> bewaren wij <Retention period="P6M">6 maanden</Retention.',
      'a tag is started with < but never finished with >',
      'finish the tag: <Purpose>…</Purpose>, or <Email /> for one that stands alone',
    ],
  ])('%s', (text, message, fix) => {
    expect(explain(text)).toEqual({ message, fix });
  });

  it('names the place of the tag left open, not the start of its paragraph', () => {
    const text =
      '- <Purpose>Om te beschermen</Purpose>, bewaren wij dit <Retention period="P6M">6 maanden.';
    const parsed = parseBody(text);
    expect('failure' in parsed && explainMdxFailure(parsed.failure, text)).toMatchObject({
      line: 1,
      column: 56,
    });
  });
});

describe('the names of things', () => {
  it('suggests the known name a slip of the keyboard was meant to be, and none for another word', () => {
    const known = ['Purpose', 'Recipients', 'Retention', 'Right', 'Email', 'Phone'];
    expect(closestName('Purpse', known)).toBe('Purpose');
    expect(closestName('Retnetion', known)).toBe('Retention');
    expect(closestName('email', known)).toBe('Email');
    expect(closestName('Telefon', known)).toBeUndefined();
  });

  it('counts in English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });

  it('names an entry of a list by its place from 1 and by its date or id', () => {
    const versions = [
      { date: '2020-01-06' },
      { date: '2023-09-27', corrections: [{ date: '2024-01-02' }] },
    ];
    expect(describePath([1, 'summary', 'nl'], versions, 'content/versions.yaml')).toBe(
      'the 2nd version (2023-09-27), summary.nl',
    );
    expect(describePath([1, 'corrections', 0, 'reason'], versions, 'content/versions.yaml')).toBe(
      'the 2nd version (2023-09-27), the 1st correction (2024-01-02), reason',
    );
    expect(
      describePath(
        ['audiences', 2, 'slug'],
        { audiences: [{}, {}, { id: 'staff' }] },
        'content/site.yaml',
      ),
    ).toBe('the 3rd audience (staff), slug');
  });
});

describe('the report', () => {
  it('has each problem once, sorted by file and line (not as text: line 9 before line 10)', () => {
    const problem = (
      file: string,
      severity: ContentProblem['severity'] = 'error',
    ): ContentProblem => ({
      file,
      message: `about ${file}`,
      fix: 'fix it',
      severity,
    });
    expect(
      tidyReport([
        problem('content/versions.yaml:10'),
        problem('content/a.mdx:10:2'),
        problem('content/versions.yaml:9'),
        problem('content/a.mdx:10:2'),
        problem('content/a.mdx', 'warning'),
        problem('content/a.mdx:3'),
      ]).map((found) => found.file),
    ).toEqual([
      'content/a.mdx',
      'content/a.mdx:3',
      'content/a.mdx:10:2',
      'content/versions.yaml:9',
      'content/versions.yaml:10',
    ]);
  });
});
