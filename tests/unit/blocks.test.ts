import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToBlocks } from '../../src/model/blocks.ts';

const read = (part: string): string =>
  readFileSync(join(import.meta.dirname, '../fixtures/statement-texts', `${part}.mdx`), 'utf8');
const CONTACT = {
  Email: 'info@example.nl',
  Phone: '0575-54420',
  Organization: 'Cachet, Polsbroekpassage 8 22, 7201CA Zutphen',
};
const resolve = (name: keyof typeof CONTACT) => CONTACT[name];

describe('mdxToBlocks on a real statement', () => {
  const general = read('general');

  it('skips the header and has one heading block per ## line, in order', () => {
    const blocks = mdxToBlocks(general, resolve);
    expect(blocks[0]).toMatchObject({
      kind: 'heading',
      depth: 2,
      text: 'Wie zijn we?',
      section: 'Wie zijn we?',
    });
    expect(blocks.some((block) => block.text.includes('title:'))).toBe(false);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(
      [...general.matchAll(/^## (.+)$/gm)].map((match) => match[1]),
    );
  });

  it('keeps <Audiences /> as a component block in its section, where the audience blocks go', () => {
    const blocks = mdxToBlocks(general, resolve);
    const markers = blocks.filter((block) => block.kind === 'component');
    expect(markers).toMatchObject([
      { kind: 'component', text: '', name: 'Audiences', section: 'Wat doen we met jouw gegevens?' },
    ]);
    const at = blocks.indexOf(markers[0]!);
    expect(blocks[at - 1]!.text).toMatch(/^Dat hangt ervan af hoe wij jou kennen\./);
    expect(blocks[at + 1]!.text).toMatch(/^Voor bepaalde verwerkingen vragen we vooraf/);
  });

  it('puts the details that <Email />, <Phone /> and <Organization /> stand for in the text', () => {
    const blocks = mdxToBlocks(general, resolve);
    expect(blocks.at(-1)!.text).toBe(
      'Heb je een vraag over de veiligheid van jouw persoonsgegevens of wil je een verzoek doen? Neem dan contact met ons op via e-mail: info@example.nl of via telefoonnummer 0575-54420.',
    );
    expect(blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: 'Cachet, Polsbroekpassage 8 22, 7201CA Zutphen',
      section: 'Wie zijn we?',
    });
    expect(mdxToBlocks(general).at(-1)!.text).toMatch(
      /via e-mail: ⟨Email⟩ of via telefoonnummer ⟨Phone⟩\.$/,
    );
  });

  it('gives each list item one block, with the rights it names', () => {
    const rights = mdxToBlocks(general, resolve).filter(
      (block) => block.section === 'Wat zijn jouw rechten?',
    );
    expect(rights.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      ...Array<string>(8).fill('list-item'),
    ]);
    expect(rights[2]).toMatchObject({
      text: 'te weten welke persoonsgegevens wij van je vastgelegd hebben;',
      rights: ['access'],
    });
    expect(rights.flatMap((block) => block.rights)).toEqual([
      'access',
      'rectification-erasure',
      'restriction',
      'portability',
      'objection',
      'objection-direct-marketing',
      'automated-decisions',
      'complaint',
    ]);
  });

  it('joins the two paragraphs of a list item with one space and keeps its facts in order', () => {
    const items = mdxToBlocks(read('client-contact'), resolve).filter((block) =>
      block.text.startsWith('Wij gebruiken diverse ICT-middelen'),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'list-item', section: 'Communicatie' });
    expect(items[0]!.text).toBe(
      'Wij gebruiken diverse ICT-middelen, zoals e-mail, om onderling en met jou te communiceren Hier houden wij een geschiedenis van bij zolang dit relevant is voor opvolging, verantwoording en beveiliging. Wij maken hierbij gebruik van (cloud-)leveranciers buiten de EU.',
    );
    expect(items[0]!.facts).toEqual([
      { kind: 'retention', text: 'zolang dit relevant is', retention: { kind: 'relevant' } },
      { kind: 'purpose', text: 'voor opvolging, verantwoording en beveiliging' },
      { kind: 'recipients', text: '(cloud-)leveranciers buiten de EU' },
    ]);
  });

  it('reads a retention without a stated start as unstated, and keeps #### depths', () => {
    const blocks = mdxToBlocks(read('employee'), resolve);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', section: '' });
    expect(blocks[1]).toMatchObject({ kind: 'heading', depth: 4, text: 'Communicatie' });
    const logs = blocks.find((block) => block.text.includes('log-bestanden'))!;
    expect(
      logs.facts
        .filter((fact) => fact.kind === 'retention')
        .map((fact) => fact.kind === 'retention' && fact.retention),
    ).toEqual([
      { kind: 'period', period: 'P6M', from: 'unstated', upTo: true },
      { kind: 'period', period: 'P7Y', from: 'unstated', upTo: false },
    ]);
  });
});

describe('mdxToBlocks on constructed text', () => {
  it('takes the words of a wrapping inline element and folds soft line breaks', () => {
    expect(
      mdxToBlocks('We bewaren dit\n<Retention period="P7Y">7 jaar</Retention>   na\neinde.\n'),
    ).toMatchObject([{ kind: 'paragraph', text: 'We bewaren dit 7 jaar na einde.', section: '' }]);
  });

  it('reads a text without a header, and a header without text', () => {
    expect(mdxToBlocks('## Kop\n\nTekst.\n')).toMatchObject([
      { kind: 'heading', depth: 2, text: 'Kop', section: 'Kop' },
      { kind: 'paragraph', text: 'Tekst.', section: 'Kop' },
    ]);
    expect(mdxToBlocks('---\ntitle: Alleen een titel\n---\n')).toEqual([]);
  });

  it('gives a nested list item a block of its own after its parent, and counts lines of the file', () => {
    const blocks = mdxToBlocks('---\ntitle: x\n---\n\n- ouder\n  - kind\n- volgende\n');
    expect(blocks.map((block) => [block.kind, block.text, block.line])).toEqual([
      ['list-item', 'ouder', 5],
      ['list-item', 'kind', 6],
      ['list-item', 'volgende', 7],
    ]);
  });
});
