import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../src/lib/facts.ts';
import { formatDuration, retentionLabel } from '../../src/lib/retention-label.ts';
import { parseMdx } from '../../src/lib/statement-outline.ts';
import { translator } from '../../src/lib/ui-strings.ts';
import { organizationVCard } from '../../src/lib/vcard.ts';
import nl from '../../src/i18n/strings/nl.json';

const source = [
  '#### Arbeidsovereenkomst en salaris',
  '',
  '- <Purpose>Om jouw pensioen te verzorgen</Purpose> delen wij je gegevens met <Recipients>onze pensioenuitvoerder</Recipients>. We hanteren een bewaartermijn van <Retention period="P7Y" from="end-of-employment">7 jaar na het einde van je dienstverband</Retention>.',
  '- Dit personeelsdossier bewaren we <Retention period="P2Y" from="end-of-employment" upTo>tot maximaal 2 jaar</Retention> of <Retention relevant>voor zolang dit relevant is</Retention>.',
  '- Geen feiten hier.',
].join('\n');

describe('collectFacts', () => {
  it('groups the facts of each list item into a row, typed and linked', () => {
    const { rows, problems } = collectFacts(parseMdx(source), 'employee');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        anchor: 'employee-fact-1',
        section: 'Arbeidsovereenkomst en salaris',
        purposes: ['Om jouw pensioen te verzorgen'],
        recipients: ['onze pensioenuitvoerder'],
        retention: [{ anchor: 'employee-fact-3', text: '7 jaar na het einde van je dienstverband', kind: 'period', period: 'P7Y', from: 'end-of-employment', upTo: false }],
      },
      {
        anchor: 'employee-fact-4',
        section: 'Arbeidsovereenkomst en salaris',
        purposes: [],
        recipients: [],
        retention: [
          { anchor: 'employee-fact-4', text: 'tot maximaal 2 jaar', kind: 'period', period: 'P2Y', from: 'end-of-employment', upTo: true },
          { anchor: 'employee-fact-5', text: 'voor zolang dit relevant is', kind: 'relevant' },
        ],
      },
    ]);
  });

  it('reports a period that is not ISO 8601, and a start point outside the list, with the line', () => {
    const bad = '\n- <Retention period="7 jaar" from="end-of-employment">7 jaar</Retention>\n- <Retention period="P7Y" from="retirement">7 jaar</Retention>\n';
    const { problems } = collectFacts(parseMdx(bad), 'employee');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 2 });
    expect(problems[0]?.message).toMatch(/ISO 8601 duration/);
    expect(problems[1]?.message).toMatch(/expected one of collection, end-of-employment/);
  });
});

describe('retention in plain words', () => {
  it('formats durations with Intl in the reader\'s language', () => {
    expect(formatDuration('nl-NL', 'P7Y')).toBe('7 jaar');
    expect(formatDuration('en-GB', 'P6M')).toBe('6 months');
  });

  it('says what a maximum and a start point mean', () => {
    const label = retentionLabel({ anchor: 'x', text: 'x', kind: 'period', period: 'P2Y', from: 'end-of-employment', upTo: true }, 'nl-NL', translator(nl));
    expect(label).toBe('ten hoogste 2 jaar, na het einde van het dienstverband');
  });
});

describe('organizationVCard', () => {
  it('escapes what vCard requires and dials the number in E.164', () => {
    const card = organizationVCard({
      name: 'Cachet Re-integratie | Arbeidszaken, Zutphen',
      address: { street: 'Markt', houseNumber: '1', postalCode: '7201CA', city: 'Zutphen', country: 'NL' },
      email: 'a@b.nl',
      phone: '0575-123456',
      supervisoryAuthority: { name: 'AP', url: 'https://autoriteitpersoonsgegevens.nl/' },
    });
    expect(card).toContain('FN:Cachet Re-integratie | Arbeidszaken\\, Zutphen\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:+31575123456\r\n');
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  });
});
