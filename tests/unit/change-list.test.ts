import { describe, expect, it } from 'vitest';
import { listChanges } from '../../src/diff/change-list.ts';
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

  it('folds the unchanged run between changes, but never a heading or the text next to a change', () => {
    const folded = foldUnchanged(changes).filter((segment) => segment.folded);
    expect(
      folded.map((segment) =>
        segment.changes.map((change) => change.type === 'unchanged' && change.block.text),
      ),
    ).toEqual([['Unchanged line one.', 'Unchanged line two.', 'Unchanged line three.']]);
  });
});
