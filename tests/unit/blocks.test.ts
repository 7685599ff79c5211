import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToBlocks } from '../../src/lib/blocks.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const read = (collection: string): string => readFileSync(join(CONTENT, collection, '2023-09-27/nl.mdx'), 'utf8');

const CONTACT: Record<string, string> = { Email: 'info@example.nl', Phone: '0575-54420' };
const resolveContact = (name: string): string | undefined => CONTACT[name];

describe('mdxToBlocks on the real statement', () => {
  const general = read('general');

  it('skips the frontmatter', () => {
    const blocks = mdxToBlocks(general, {});
    expect(blocks[0]).toEqual({ kind: 'heading', depth: 2, text: 'Wie zijn we?', section: 'Wie zijn we?' });
    expect(blocks.some((block) => block.text.includes('title'))).toBe(false);
  });

  it('has one heading block per ## line of the source, in order', () => {
    const headings = mdxToBlocks(general, {}).filter((block) => block.kind === 'heading');
    const sourceHeadings = [...general.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.map((block) => block.text)).toEqual(sourceHeadings);
  });

  it('keeps <Audiences /> as a component block in its section, where the audience blocks go', () => {
    const blocks = mdxToBlocks(general, { resolveComponent: (name) => (name === 'Organization' ? 'Cachet' : resolveContact(name)) });
    const audiences = blocks.filter((block) => block.kind === 'component');
    expect(audiences).toEqual([{ kind: 'component', text: '', name: 'Audiences', section: 'Wat doen we met jouw gegevens?' }]);
    const at = blocks.indexOf(audiences[0]!);
    expect(blocks[at - 1]!.text).toMatch(/^Dat hangt ervan af hoe wij jou kennen\./);
    expect(blocks[at + 1]!.text).toMatch(/^Voor bepaalde verwerkingen vragen we vooraf/);
  });

  it('puts the resolved text of <Email /> and <Phone /> in the sentence', () => {
    const last = mdxToBlocks(general, { resolveComponent: resolveContact }).at(-1)!;
    expect(last.text).toBe(
      'Heb je een vraag over de veiligheid van jouw persoonsgegevens of wil je een verzoek doen? ' +
        'Neem dan contact met ons op via e-mail: info@example.nl of via telefoonnummer 0575-54420.',
    );
  });

  it('marks an inline component that resolves to nothing with its name', () => {
    const last = mdxToBlocks(general, {}).at(-1)!;
    expect(last.text).toMatch(/via e-mail: ⟨Email⟩ of via telefoonnummer ⟨Phone⟩\.$/);
  });

  it('turns a resolved <Organization /> on its own line into a paragraph, whitespace folded', () => {
    const blocks = mdxToBlocks(general, {
      resolveComponent: (name) => (name === 'Organization' ? 'Cachet\n  Polsbroekpassage 8 22\n7201CA  Zutphen' : undefined),
    });
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: 'Cachet Polsbroekpassage 8 22 7201CA Zutphen', section: 'Wie zijn we?' });
    // Unresolved, the same element is a component block.
    expect(mdxToBlocks(general, {})[1]).toMatchObject({ kind: 'component', name: 'Organization' });
  });

  it('gives each list item one block, in its section', () => {
    const rights = mdxToBlocks(general, {}).filter((block) => block.section === 'Wat zijn jouw rechten?');
    expect(rights.map((block) => block.kind)).toEqual(['heading', 'paragraph', ...Array<string>(8).fill('list-item')]);
    expect(rights[2]!.text).toBe('te weten welke persoonsgegevens wij van je vastgelegd hebben;');
  });

  it('joins the two paragraphs of a list item with one space', () => {
    const items = mdxToBlocks(read('client-contact'), {}).filter((block) => block.text.startsWith('Wij gebruiken diverse ICT-middelen'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'list-item', section: 'Communicatie' });
    expect(items[0]!.text).toBe(
      'Wij gebruiken diverse ICT-middelen, zoals e-mail, om onderling en met jou te communiceren ' +
        'Hier houden wij een geschiedenis van bij zolang dit relevant is voor opvolging, verantwoording en beveiliging. ' +
        'Wij maken hierbij gebruik van (cloud-)leveranciers buiten de EU.',
    );
  });

  it('gives blocks before the first heading the section "" and keeps #### depths', () => {
    const blocks = mdxToBlocks(read('employee'), {});
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', section: '' });
    expect(blocks[1]).toEqual({ kind: 'heading', depth: 4, text: 'Communicatie', section: 'Communicatie' });
    expect(blocks.filter((block) => block.kind === 'list-item')).toHaveLength(
      read('employee').split('\n').filter((line) => line.startsWith('- ')).length,
    );
  });
});

describe('mdxToBlocks on constructed MDX', () => {
  it('takes the text of a wrapping inline element and folds soft line breaks', () => {
    const blocks = mdxToBlocks('We bewaren dit\n<Retention period="P7Y">7 jaar</Retention>   na\neinde.\n', {
      resolveComponent: () => 'SHOULD NOT BE USED',
    });
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'We bewaren dit 7 jaar na einde.', section: '' }]);
  });

  it('reads a frontmatter-less file and a file that is only frontmatter', () => {
    expect(mdxToBlocks('## Kop\n\nTekst.\n', {})).toEqual([
      { kind: 'heading', depth: 2, text: 'Kop', section: 'Kop' },
      { kind: 'paragraph', text: 'Tekst.', section: 'Kop' },
    ]);
    expect(mdxToBlocks('---\ntitle: Alleen een titel\n---\n', {})).toEqual([]);
  });

  it('keeps the text inside a flow element that wraps content', () => {
    const blocks = mdxToBlocks('## A\n\n<Note>\n\nBinnen de notitie.\n\n</Note>\n', {});
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: 'Binnen de notitie.', section: 'A' });
  });

  it('gives a nested list item a block of its own after its parent', () => {
    const blocks = mdxToBlocks('- ouder\n  - kind\n- volgende\n', {});
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['list-item', 'ouder'],
      ['list-item', 'kind'],
      ['list-item', 'volgende'],
    ]);
  });
});
