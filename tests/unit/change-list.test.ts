import { describe, expect, it } from 'vitest';
import { countChanges, listChanges } from '../../src/diff/change-list.ts';
import { diffBlocks } from '../../src/diff/block-diff.ts';
import { mdxToBlocks } from '../../src/model/blocks.ts';
import { foldUnchanged } from '../../src/diff/segments.ts';

const BEFORE = `Opening words of the text.

#### Retention

- We keep your application for 3 months.
- We keep your contract for 10 years.
- Unchanged line one.
- Unchanged line two.
- Unchanged line three.

#### Rights

You may ask for a copy.
`;
const AFTER = `Opening words of the text, changed.

#### Retention

- We keep your application for 6 months.
- We keep your contract for 10 years.
- Unchanged line one.
- Unchanged line two.
- Unchanged line three.

#### Rights

You may ask for a copy.

You may complain to the supervisory authority at any time, by letter or online, in your own words.
`;

describe('the list of changes on a comparison', () => {
  const { changes } = diffBlocks(mdxToBlocks(BEFORE), mdxToBlocks(AFTER));
  const { listed, idOf } = listChanges(changes);

  it('names each change in the order of the text, with its section and its first words', () => {
    expect(listed).toEqual([
      {
        id: 'change-1',
        type: 'changed',
        section: '',
        excerpt: 'Opening words of the text, changed.',
        lang: undefined,
      },
      {
        id: 'change-2',
        type: 'changed',
        section: 'Retention',
        excerpt: 'We keep your application for 6 months.',
        lang: undefined,
      },
      {
        id: 'change-3',
        type: 'added',
        section: 'Rights',
        excerpt: 'You may complain to the supervisory authority at …',
        lang: undefined,
      },
    ]);
  });

  it('gives the id to the change itself, and none to unchanged text', () => {
    const ids = changes.map((change) => idOf.get(change));
    expect(ids.filter(Boolean)).toEqual(['change-1', 'change-2', 'change-3']);
    changes.forEach((change, index) =>
      expect(ids[index] === undefined).toBe(change.type === 'unchanged'),
    );
  });

  it('leaves nothing to list when the texts are the same', () => {
    expect(
      listChanges(diffBlocks(mdxToBlocks(BEFORE), mdxToBlocks(BEFORE)).changes).listed,
    ).toEqual([]);
  });

  it('folds the unchanged run between changes, but not the text next to a change or the heading above it', () => {
    const folded = foldUnchanged(changes).filter((segment) => segment.folded);
    expect(
      folded.map((segment) =>
        segment.changes.map((change) => change.type === 'unchanged' && change.block.text),
      ),
    ).toEqual([['Unchanged line one.', 'Unchanged line two.', 'Unchanged line three.']]);
  });

  it('counts exactly what it lists, by kind', () => {
    expect(countChanges(listed)).toEqual([
      ['added', 1],
      ['changed', 2],
    ]);
  });
});

describe('a moved block', () => {
  const moved = 'We never sell your data to anyone.';
  const { changes } = diffBlocks(
    mdxToBlocks(`## A\n\n${moved}\n\nOne.\n\n## B\n\nTwo.\n`),
    mdxToBlocks(`## A\n\nOne.\n\n## B\n\nTwo.\n\n${moved}\n`),
  );
  const { listed, idOf, newPlaceOf } = listChanges(changes);

  it('is one change, listed and counted where it now stands', () => {
    expect(listed).toEqual([
      { id: 'change-1', type: 'moved-to', section: 'B', excerpt: moved, lang: undefined },
    ]);
    expect(countChanges(listed)).toEqual([['moved-to', 1]]);
  });

  it('leaves at its old place a link to the new one, and no id of its own', () => {
    const from = changes.find((change) => change.type === 'moved-from')!;
    expect(idOf.get(from)).toBeUndefined();
    expect(newPlaceOf.get(from)).toBe('change-1');
  });
});

describe('folding the unchanged text of a comparison', () => {
  const before = [
    '## Who we are',
    'A clinic in town.',
    'We open at nine.',
    '## What we do',
    'We treat patients.',
    '### Staff',
    '#### Payroll',
    'We pay salaries.',
    'We keep payslips.',
    'We keep timesheets.',
    'We keep contracts for 3 years.',
    '## Rights',
    'You may ask.',
    'You may complain.',
  ];
  const after = before.map((text) => text.replace('3 years', '5 years'));
  const segments = foldUnchanged(
    diffBlocks(mdxToBlocks(before.join('\n\n')), mdxToBlocks(after.join('\n\n'))).changes,
  );
  const texts = (folded: boolean) =>
    segments
      .filter((segment) => segment.folded === folded)
      .map((segment) =>
        segment.changes.map(
          (change) => (change.type === 'changed' ? change.after : change.block).text,
        ),
      );

  it('keeps in view the change, a block on either side and the headings it falls under, one of each level', () => {
    expect(texts(false).flat()).toEqual([
      'What we do',
      // One passage alone is not folded: the fold would save nothing and cost a click.
      'We treat patients.',
      'Staff',
      'Payroll',
      'We keep timesheets.',
      'We keep contracts for 5 years.',
      'Rights',
    ]);
  });

  it('folds the rest, the headings of unchanged sections too, and counts the passages of each fold', () => {
    expect(texts(true)).toEqual([
      ['Who we are', 'A clinic in town.', 'We open at nine.'],
      ['We pay salaries.', 'We keep payslips.'],
      ['You may ask.', 'You may complain.'],
    ]);
    expect(segments.filter((segment) => segment.folded).map((segment) => segment.passages)).toEqual(
      [2, 2, 2],
    );
  });
});
