import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readPage, select, selectAll, visibleText } from '../helpers/html.ts';
import { TEST_SITE } from '../helpers/project.ts';
import nl from '../../src/i18n/strings/nl.json';
import en from '../../src/i18n/strings/en.json';

const text = (node: Parameters<typeof toText>[0]) => toText(node).replace(/\s+/g, ' ').trim();

/** Retention periods as the Dutch text states them, found without the markup. */
const PERIODS = /\b(?:tot (?:maximaal )?)?(?:maximaal )?\d+ (?:maanden|jaar)\b/g;
const OPEN_ENDED = /zolang dit relevant is|voor zover relevant|zolang relevant zijn|zolang de opdracht duurt|totdat het beslag ingetrokken is/g;

describe.each(['bezoeker', 'relatie', 'werkzoekende', 'medewerker'])('the role view /nl/%s/', (slug) => {
  const page = readPage(TEST_SITE, `nl/${slug}`);
  const table = select('.in-short table', page);

  it('starts with "In het kort", before the text', () => {
    expect(table).toBeDefined();
    const html = readFileSync(join(TEST_SITE, 'nl', slug, 'index.html'), 'utf8');
    expect(html.indexOf('class="in-short"')).toBeLessThan(html.indexOf('class="statement"'));
  });

  it('lists every retention period the text states, and nothing else', () => {
    const statement = visibleText(page, '.audience');
    const inText = [...(statement.match(PERIODS) ?? []), ...(statement.match(OPEN_ENDED) ?? [])];
    const cells = selectAll('td .cell-list a', table!).map(text);
    expect(cells.length).toBe(inText.length);
    for (const found of inText) expect(cells.some((cell) => cell.includes(found)), found).toBe(true);
  });

  it('links every row to the sentence that states it, with the same words', () => {
    for (const link of selectAll('td .cell-list a', table!)) {
      const id = String(link.properties.href).slice(1);
      const target = select(`[id="${id}"]`, page);
      expect(target, id).toBeDefined();
      expect(text(target!)).toBe(text(link));
    }
  });
});

describe('the employee view and the retention schedule', () => {
  it('list the 7-, 5- and 2-year periods with their starting points', () => {
    const cells = selectAll('.in-short td .cell-list a', readPage(TEST_SITE, 'nl/medewerker')).map(text);
    expect(cells).toEqual(expect.arrayContaining(['7 jaar na het einde van je dienstverband', '5 jaar na het einde van je dienstverband', 'tot maximaal 2 jaar nadat je uit dienst treedt']));
    const schedule = visibleText(readPage(TEST_SITE, 'nl/bewaartermijnen'));
    expect(schedule).toContain('7 jaar, na het einde van het dienstverband');
    expect(schedule).toContain('ten hoogste 2 jaar, na het einde van het dienstverband');
    expect(schedule).toContain('5 jaar, na oplevering van het auditrapport');
    expect(visibleText(readPage(TEST_SITE, 'en/retention'))).toContain('at most 2 years, after the end of employment');
  });

  it('are exported as typed data per version and language', () => {
    const data = JSON.parse(readFileSync(join(TEST_SITE, 'nl/versies/2020-01-06/bewaartermijnen.json'), 'utf8'));
    const employee = data.parts.find((part: { part: string }) => part.part === 'employee');
    const periods = employee.rows.flatMap((row: { retention: { period?: string }[] }) => row.retention.map((r) => r.period)).filter(Boolean);
    expect(periods).toContain('P12M');
    expect(periods).not.toContain('P6M');
  });
});

describe('rights, one click away', () => {
  const KINDS = ['access', 'rectification-erasure', 'restriction', 'portability', 'objection', 'objection-direct-marketing', 'automated-decisions'] as const;

  it.each([
    ['nl/volledig', nl],
    ['en/full', en],
  ] as const)('%s: each right opens a prefilled email in the page language', (path, strings) => {
    const links = selectAll('a.right-action', readPage(TEST_SITE, path));
    const byKind = Object.fromEntries(links.map((link) => [String(link.properties.dataRight), String(link.properties.href)]));
    for (const kind of KINDS) {
      const url = new URL(byKind[kind] ?? 'mailto:missing');
      expect(url.protocol).toBe('mailto:');
      expect(url.pathname).toBe('miro.cachet@planet.nl');
      expect(url.searchParams.get('subject')).toBe(strings[`rights.${kind}.subject`]);
      expect(url.searchParams.get('body')).toContain(strings[`rights.${kind}.body`].replace('{organization}', 'Cachet Re-integratie | Arbeidszaken'));
    }
    expect(byKind.complaint).toBe('https://www.autoriteitpersoonsgegevens.nl/');
  });

  it('offers the contact details as a vCard', () => {
    const card = readFileSync(join(TEST_SITE, 'contact.vcf'), 'utf8');
    expect(card).toContain('EMAIL;TYPE=work:miro.cachet@planet.nl');
    expect(card).toContain('FN:Cachet Re-integratie | Arbeidszaken');
  });
});
