import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToBlocks, type Block } from '../../src/model/blocks.ts';
import { diffBlocks, type BlockChange, type WordPart } from '../../src/diff/block-diff.ts';
import { wordSimilarity } from '../../src/diff/pairing.ts';

const TEXTS = join(import.meta.dirname, '../fixtures/statement-texts');
const read = (part: string): string => readFileSync(join(TEXTS, `${part}.mdx`), 'utf8');
const blocks = (mdx: string): Block[] => mdxToBlocks(mdx);
const block = (kind: Block['kind'], text: string): Block => ({
  kind,
  text,
  section: '',
  anchor: '',
  facts: [],
  rights: [],
  line: 0,
});

const joined = (parts: WordPart[], side: 'removed' | 'added'): string =>
  parts
    .filter((part) => part.type === 'same' || part.type === side)
    .map((part) => part.text)
    .join('');

/** The blocks of one side, read back from the changes. */
function side(changes: BlockChange[], which: 'before' | 'after'): string[] {
  return changes.flatMap((change) => {
    switch (change.type) {
      case 'unchanged':
        return [change.block.text];
      case 'changed':
        return [(which === 'before' ? change.before : change.after).text];
      case 'removed':
      case 'moved-from':
        return which === 'before' ? [change.block.text] : [];
      case 'added':
      case 'moved-to':
        return which === 'after' ? [change.block.text] : [];
    }
  });
}

const types = (changes: BlockChange[]): string[] => changes.map((change) => change.type);

describe('diffBlocks', () => {
  it('shows "12 maanden" -> "6 maanden" as one changed block with exactly that word changed', () => {
    const before = blocks('## Bewaren\n\nWij bewaren de gegevens 12 maanden na afloop.\n');
    const after = blocks('## Bewaren\n\nWij bewaren de gegevens 6 maanden na afloop.\n');
    const { changes, summary } = diffBlocks(before, after);
    expect(types(changes)).toEqual(['unchanged', 'changed']);
    expect(changes[1]).toEqual({
      type: 'changed',
      before: before[1],
      after: after[1],
      parts: [
        { type: 'same', text: 'Wij bewaren de gegevens ' },
        { type: 'removed', text: '12' },
        { type: 'added', text: '6' },
        { type: 'same', text: ' maanden na afloop.' },
      ],
    });
    expect(summary).toEqual({
      wordsAdded: 1,
      wordsRemoved: 1,
    });
  });

  it('reports identical texts as unchanged throughout', () => {
    const general = blocks(read('general'));
    const { changes, summary } = diffBlocks(general, blocks(read('general')));
    expect(new Set(types(changes))).toEqual(new Set(['unchanged']));
    expect(changes).toHaveLength(general.length);
    expect(summary).toEqual({
      wordsAdded: 0,
      wordsRemoved: 0,
    });
  });

  it('shows an added list item as added, even when it resembles its unchanged neighbours', () => {
    const before = blocks(
      '#### Salaris\n\n- We bewaren je bankgegevens 7 jaar.\n- We bewaren je declaraties 7 jaar.\n',
    );
    const after = blocks(
      '#### Salaris\n\n- We bewaren je bankgegevens 7 jaar.\n- We bewaren je adres 7 jaar.\n- We bewaren je declaraties 7 jaar.\n',
    );
    const { changes, summary } = diffBlocks(before, after);
    expect(types(changes)).toEqual(['unchanged', 'unchanged', 'added', 'unchanged']);
    expect(changes[2]).toEqual({ type: 'added', block: after[2] });
    expect(summary).toEqual({ wordsAdded: 6, wordsRemoved: 0 });
  });

  it('counts the words of a removed section, heading and paragraph', () => {
    const before = blocks(
      '## Eerste\n\nBlijft staan.\n\n## Toestemming\n\nJe mag toestemming intrekken.\n\n## Laatste\n\nBlijft ook.\n',
    );
    const after = blocks('## Eerste\n\nBlijft staan.\n\n## Laatste\n\nBlijft ook.\n');
    const { changes, summary } = diffBlocks(before, after);
    expect(types(changes)).toEqual([
      'unchanged',
      'unchanged',
      'removed',
      'removed',
      'unchanged',
      'unchanged',
    ]);
    expect(summary).toEqual({
      wordsAdded: 0,
      wordsRemoved: 5,
    });
  });

  it('counts the words of an added section, heading and paragraph', () => {
    const before = blocks('## Eerste\n\nTekst een.\n');
    const after = blocks('## Eerste\n\nTekst een.\n\n## Cookies\n\nWij plaatsen geen cookies.\n');
    const { summary } = diffBlocks(before, after);
    expect(summary).toEqual({
      wordsAdded: 5,
      wordsRemoved: 0,
    });
  });

  it('shows a renamed heading as changed, under its new name', () => {
    const before = blocks('## Wie zijn we?\n\nCachet.\n');
    const after = blocks('## Wie zijn wij?\n\nCachet.\n');
    const { changes, summary } = diffBlocks(before, after);
    expect(types(changes)).toEqual(['changed', 'unchanged']);
    expect(summary).toEqual({
      wordsAdded: 1,
      wordsRemoved: 1,
    });
  });

  it('shows a paragraph moved to another section as moved-from / moved-to, counting no words', () => {
    const moved = 'Wij verkopen jouw gegevens nooit aan derden.';
    const before = blocks(`## A\n\n${moved}\n\nEen.\n\n## B\n\nTwee.\n`);
    const after = blocks(`## A\n\nEen.\n\n## B\n\nTwee.\n\n${moved}\n`);
    const { changes, summary } = diffBlocks(before, after);
    expect(types(changes)).toEqual([
      'unchanged',
      'moved-from',
      'unchanged',
      'unchanged',
      'unchanged',
      'moved-to',
    ]);
    expect(changes[1]).toEqual({ type: 'moved-from', block: before[1], twin: after[4] });
    expect(changes[5]).toEqual({ type: 'moved-to', block: after[4], twin: before[1] });
    expect(summary).toEqual({
      wordsAdded: 0,
      wordsRemoved: 0,
    });
  });

  it('pairs an edited block with its most similar replacement, not the first resembling one', () => {
    const old = 'Als je ziek bent geven wij dit door aan de arbodienst en bewaren we dit 7 jaar.';
    const lookalike =
      'Als je verlof hebt geven wij dit door aan de salarisadministratie en bewaren we dit 7 jaar.';
    const edited =
      'Als je ziek bent geven wij dit door aan de arbodienst en bewaren we dit 5 jaar.';
    expect(wordSimilarity(old, lookalike)).toBeGreaterThanOrEqual(0.5);
    const { changes } = diffBlocks(
      blocks(`- Begin.\n- ${old}\n- Eind.\n`),
      blocks(`- Begin.\n- ${lookalike}\n- ${edited}\n- Eind.\n`),
    );
    expect(types(changes)).toEqual(['unchanged', 'added', 'changed', 'unchanged']);
    expect(changes[2]).toMatchObject({
      type: 'changed',
      parts: expect.arrayContaining([
        { type: 'removed', text: '7' },
        { type: 'added', text: '5' },
      ]),
    });
  });

  it('leaves a rewritten block as removed + added when too few words are shared', () => {
    const { changes } = diffBlocks(
      blocks('## A\n\nWij verkopen jouw gegevens nooit aan derden.\n'),
      blocks('## A\n\nDe website plaatst alleen functionele cookies.\n'),
    );
    expect(types(changes)).toEqual(['unchanged', 'removed', 'added']);
  });

  it('shows a rewritten date as one change, not a change per number', () => {
    const general = blocks(read('general'));
    const edited = general.map((block) =>
      block.text.startsWith('Deze versie is gemaakt op')
        ? { ...block, text: block.text.replace('27-09-2023', '15-03-2025') }
        : block,
    );
    const changed = diffBlocks(general, edited).changes.filter(
      (change) => change.type === 'changed',
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      parts: [
        { type: 'same', text: 'Deze versie is gemaakt op 06-01-2020 en bijgewerkt op ' },
        { type: 'removed', text: '27-09-2023' },
        { type: 'added', text: '15-03-2025' },
      ],
    });
  });

  it('falls back to removed + added when the word diff exceeds maxEditLength', () => {
    const before = blocks('Wij bewaren je naam, je adres en je telefoonnummer twaalf maanden.\n');
    const after = blocks('Wij bewaren je naam, je e-mailadres en je mobiele nummer zes maanden.\n');
    expect(types(diffBlocks(before, after).changes)).toEqual(['changed']);
    const bounded = diffBlocks(before, after, { maxEditLength: 3 });
    expect(bounded.changes).toEqual([
      { type: 'removed', block: before[0] },
      { type: 'added', block: after[0] },
    ]);
    expect(bounded.summary).toMatchObject({ wordsAdded: 12, wordsRemoved: 11 });
  });

  it('on the real employee section, reproduces both texts and shows only the edits', () => {
    const source = read('employee');
    const edits: [string, string][] = [
      ['>5 jaar na het einde van je dienstverband<', '>10 jaar na het einde van je dienstverband<'],
      ['tot maximaal 2 jaar nadat', 'tot maximaal drie jaar nadat'],
      [
        'verbeteren we continu onze dienstverlening',
        'verbeteren we voortdurend en zorgvuldig onze dienstverlening',
      ],
      ['Eventueel ook de foto die je hebt geüpload.', ''],
      ['#### Dienstverlening', '#### Dienstverlening aan opdrachtgevers'],
    ];
    let edited = source;
    for (const [from, to] of edits) {
      expect(edited).toContain(from);
      edited = edited.replace(from, to);
    }
    const before = blocks(source);
    const after = blocks(edited);
    const { changes, summary } = diffBlocks(before, after);

    expect(side(changes, 'before')).toEqual(before.map((block) => block.text));
    expect(side(changes, 'after')).toEqual(after.map((block) => block.text));
    const changed = changes.filter((change) => change.type === 'changed');
    expect(changed).toHaveLength(edits.length);
    expect(
      changes.filter((change) => change.type !== 'changed' && change.type !== 'unchanged'),
    ).toEqual([]);
    for (const change of changed) {
      expect(joined(change.parts, 'removed')).toBe(change.before.text);
      expect(joined(change.parts, 'added')).toBe(change.after.text);
      // No empty part; at every change point the removed part comes first; no two parts of one type touch.
      expect(change.parts.every((part) => part.text !== '')).toBe(true);
      const sequence = change.parts.map((part) => part.type).join('>');
      expect(sequence).not.toMatch(/added>removed|same>same|added>added|removed>removed/);
    }
    // The space after a replaced word is shared, not part of the change.
    expect(
      changed.flatMap((change) => change.parts.filter((part) => part.type !== 'same')),
    ).toContainEqual({ type: 'removed', text: 'continu' });
    expect(
      changed.flatMap((change) => change.parts.filter((part) => part.type !== 'same')),
    ).toContainEqual({ type: 'added', text: 'voortdurend en zorgvuldig' });
    expect(summary).toEqual({
      wordsAdded: 1 + 1 + 3 + 0 + 2,
      wordsRemoved: 1 + 1 + 1 + 8 + 0,
    });
  });

  it('reproduces both texts after 200 rounds of random word edits of the real statement', () => {
    let state = 42;
    const random = (below: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % below;
    };
    const before = blocks(read('general'));
    for (let round = 0; round < 200; round++) {
      const after = before.map((block) => {
        if (block.kind === 'component' || random(3) > 0) return block;
        const tokens = block.text.split(' ');
        for (let edit = random(4); edit >= 0; edit--) {
          const at = random(tokens.length);
          const choice = random(4);
          if (choice === 0) tokens.splice(at, 1);
          else if (choice === 1) tokens.splice(at, 0, 'nieuw');
          else if (choice === 2) tokens[at] = `${tokens[at]},`;
          else tokens[at] = '12-03-2024';
        }
        return { ...block, text: tokens.join(' ').trim() };
      });
      const { changes } = diffBlocks(before, after);
      expect(side(changes, 'before')).toEqual(before.map((block) => block.text));
      expect(side(changes, 'after')).toEqual(after.map((block) => block.text));
      for (const change of changes) {
        if (change.type !== 'changed') continue;
        expect(joined(change.parts, 'removed')).toBe(change.before.text);
        expect(joined(change.parts, 'added')).toBe(change.after.text);
        expect(change.parts.map((part) => part.type).join('>')).not.toMatch(
          /added>removed|same>same|added>added|removed>removed/,
        );
        expect(change.parts.every((part) => part.text !== '')).toBe(true);
      }
    }
  });

  it('reproduces both texts for every pair of real statement parts, however different', () => {
    const parts = ['general', 'employee', 'client-contact', 'visitor', 'job-seeker'].map((name) =>
      blocks(read(name)),
    );
    for (const before of parts) {
      for (const after of parts) {
        const { changes } = diffBlocks(before, after);
        expect(side(changes, 'before')).toEqual(before.map((block) => block.text));
        expect(side(changes, 'after')).toEqual(after.map((block) => block.text));
        for (const change of changes) {
          if (change.type !== 'changed') continue;
          expect(joined(change.parts, 'removed')).toBe(change.before.text);
          expect(joined(change.parts, 'added')).toBe(change.after.text);
        }
      }
    }
  });
});

describe('diffBlocks on hostile input', () => {
  // A deterministic pseudo-random word list, so that a failure can be reproduced.
  function words(count: number, prefix: string, seed: number): string[] {
    let state = seed;
    return Array.from({ length: count }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return `${prefix}${(state % 5000).toString(36)}`;
    });
  }
  const paragraph = (text: string): Block[] => [block('paragraph', text)];

  // How long these take is measured by npm run bench (docs/benchmarks.md), not asserted here.
  const run = (before: Block[], after: Block[]): { changes: BlockChange[] } =>
    diffBlocks(before, after);

  const text = words(20_000, 'w', 1).join(' ');

  it('diffs two unrelated 20,000-word paragraphs, as removed + added', () => {
    const { changes } = run(paragraph(text), paragraph(words(20_000, 'v', 2).join(' ')));
    expect(types(changes)).toEqual(['removed', 'added']);
  });

  it('diffs a 20,000-word paragraph against its word-reversed self, as removed + added', () => {
    const reversed = text.split(' ').reverse().join(' ');
    const { changes } = run(paragraph(text), paragraph(reversed));
    expect(types(changes)).toEqual(['removed', 'added']);
  });

  it('diffs two 20,000-word paragraphs of the same words in unrelated orders', () => {
    const { changes } = run(paragraph(text), paragraph(words(20_000, 'w', 3).join(' ')));
    expect(types(changes)).toEqual(['removed', 'added']);
  });

  it('still diffs a 20,000-word paragraph word by word when only a few words changed', () => {
    const edited = text
      .replace(/^(\S+ ){100}\S+/, (start) => `${start} ingevoegd`)
      .replace(/ \S+$/, ' laatste');
    const { changes } = run(paragraph(text), paragraph(edited));
    expect(types(changes)).toEqual(['changed']);
    const change = changes[0] as Extract<BlockChange, { type: 'changed' }>;
    const edits = change.parts
      .filter((part) => part.type !== 'same')
      .map((part) => `${part.type} ${part.text.trim()}`);
    expect(edits).toEqual([
      'added ingevoegd',
      `removed ${change.before.text.split(' ').at(-1)}`,
      'added laatste',
    ]);
  });

  it('diffs 40 paragraphs of 500 words against their word-reversed selves, losing no text', () => {
    const before = Array.from({ length: 40 }, (_, i) =>
      paragraph(words(500, 'w', 10 + i).join(' ')),
    ).flat();
    const after = before.map((block) => ({
      ...block,
      text: block.text.split(' ').reverse().join(' '),
    }));
    const { changes } = run(before, after);
    expect(side(changes, 'before')).toEqual(before.map((block) => block.text));
    expect(side(changes, 'after')).toEqual(after.map((block) => block.text));
  });

  it('diffs 3,000 unrelated blocks against 3,000 others', () => {
    const many = (prefix: string, seed: number): Block[] =>
      words(3000, prefix, seed).map((word, i) => block('list-item', `${word} ${i}`));
    const { changes } = run(many('a', 4), many('b', 5));
    expect(types(changes)).toEqual([
      ...Array<string>(3000).fill('removed'),
      ...Array<string>(3000).fill('added'),
    ]);
  });
});
