import { describe, expect, it } from 'vitest';
import { assignAnchors, PAGE_IDS } from '../../src/model/anchors.ts';
import { mdxToBlocks, type Block } from '../../src/model/blocks.ts';

/** Anchors of the non-component blocks of each version of one part, after assigning them. */
function anchors(part: string, versions: string[]): string[][] {
  const history = versions.map((text, index) => ({
    version: `200${index}-01-01`,
    blocks: mdxToBlocks(text),
  }));
  assignAnchors(
    [{ part, versions: history }],
    (id) => (id === 'general' ? '' : `${id}-`),
    (id) => id,
  );
  return history.map(({ blocks }) =>
    blocks.filter((block: Block) => block.kind !== 'component').map((block) => block.anchor),
  );
}

describe('stable anchors', () => {
  it('names headings by their slug and passages by their section and a number', () => {
    expect(
      anchors('general', [
        '## Wat zijn jouw rechten?\n\nJe hebt het recht om:\n\n- inzage;\n- bezwaar.\n',
      ]),
    ).toEqual([
      [
        'wat-zijn-jouw-rechten',
        'wat-zijn-jouw-rechten-1',
        'wat-zijn-jouw-rechten-2',
        'wat-zijn-jouw-rechten-3',
      ],
    ]);
  });

  it("prefixes an audience's anchors with its id, and counts text before its first heading under the id", () => {
    expect(anchors('employee', ['Inleiding.\n\n#### Algemeen\n\n- een\n'])).toEqual([
      ['employee-1', 'employee-algemeen', 'employee-algemeen-1'],
    ]);
  });

  it("keeps a heading's first anchor when its wording changes, so that old links keep working", () => {
    const [first, second] = anchors('general', [
      '## Wat zijn jouw rechten?\n\nTekst.\n',
      '## Welke rechten heb je?\n\nTekst.\n',
    ]);
    expect(second).toEqual(first);
    expect(second![0]).toBe('wat-zijn-jouw-rechten');
  });

  it('keeps the anchor of a changed passage, numbers an inserted one anew, and never reuses a removed one', () => {
    const v1 =
      '## Bewaren\n\n- We bewaren je naam 12 maanden.\n- We bewaren je adres 7 jaar.\n- We delen niets.\n';
    const v2 =
      '## Bewaren\n\n- We bewaren je naam 6 maanden.\n- Daarnaast gebruiken wij geen cookies op onze website.\n- We delen niets.\n';
    const v3 =
      '## Bewaren\n\n- We bewaren je naam 6 maanden.\n- Daarnaast gebruiken wij geen cookies op onze website.\n- We delen niets.\n- Nog een punt dat nieuw is.\n';
    expect(anchors('general', [v1, v2, v3])).toEqual([
      ['bewaren', 'bewaren-1', 'bewaren-2', 'bewaren-3'],
      ['bewaren', 'bewaren-1', 'bewaren-4', 'bewaren-3'],
      ['bewaren', 'bewaren-1', 'bewaren-4', 'bewaren-3', 'bewaren-5'],
    ]);
  });

  it("moves a passage's anchor with it to another section", () => {
    const moved = 'Wij verkopen jouw gegevens nooit aan derden.';
    const [first, second] = anchors('general', [
      `## A\n\n${moved}\n\nEen.\n\n## B\n\nTwee.\n`,
      `## A\n\nEen.\n\n## B\n\nTwee.\n\n${moved}\n`,
    ]);
    expect(first).toEqual(['a', 'a-1', 'a-2', 'b', 'b-1']);
    expect(second).toEqual(['a', 'a-2', 'b', 'b-1', 'a-1']);
  });

  it('gives two headings of one slug, and a heading named like a page element, anchors of their own', () => {
    expect(
      anchors('general', ['## Contact\n\n## Contact title\n\n#### Algemeen\n\n#### Algemeen\n']),
    ).toEqual([['contact-1', 'contact-title-1', 'algemeen', 'algemeen-1']]);
    expect(PAGE_IDS).toContain('contact-title');
  });
});
