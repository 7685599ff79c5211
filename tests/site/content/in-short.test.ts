import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readPage, select, selectAll, textOf, visibleText } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const TEST_SITE = builtSite();

/** Retention periods as the Dutch text states them, found without the markup. */
const PERIODS = /\b(?:tot (?:maximaal )?)?(?:maximaal )?\d+ (?:maanden|jaar)\b/g;
const OPEN_ENDED = /zolang dit relevant is|voor zover relevant|zolang relevant zijn|zolang de opdracht duurt|totdat het beslag ingetrokken is/g;

describeContent.each(['bezoeker', 'relatie', 'werkzoekende', 'medewerker'])('the audience view /nl/%s/', (slug) => {
  const page = readPage(TEST_SITE, `nl/${slug}`);
  const summary = select('.in-short', page);

  it('starts with "In het kort", before the text', () => {
    expect(summary).toBeDefined();
    const html = readFileSync(join(TEST_SITE, 'nl', slug, 'index.html'), 'utf8');
    expect(html.indexOf('class="in-short"')).toBeLessThan(html.indexOf('class="statement"'));
  });

  it('lists every retention period the text states, and nothing else', () => {
    const statement = visibleText(page, '.audience');
    const inText = [...(statement.match(PERIODS) ?? []), ...(statement.match(OPEN_ENDED) ?? [])];
    const cells = selectAll('.cell-list li', summary!).map(textOf);
    expect(cells.length).toBe(inText.length);
    for (const found of inText) expect(cells.some((cell) => cell.includes(found)), found).toBe(true);
  });

  it('links every row to the passage that states it, which holds the words of the row', () => {
    for (const row of selectAll('tbody tr:not(.facts-table__group)', summary!)) {
      const links = selectAll('a', row);
      expect(links).toHaveLength(1);
      const link = select('th[scope="row"] a', row);
      const target = select(`[id="${String(link?.properties.href).slice(1)}"]`, page);
      expect(target, String(link?.properties.href)).toBeDefined();
      // A period is given by its words, or by its sentence in quotes where one purpose has several.
      for (const words of selectAll('.cell-list li', row).map((li) => textOf(li).replace(/^“(.*)”$/, '$1'))) expect(textOf(target!)).toContain(words);
    }
  });
});

describeContent('the employee view and the retention schedule', () => {
  it('list the 7-, 5- and 2-year periods with the start the text states, and no start where it states none', () => {
    const cells = selectAll('.in-short .cell-list li', readPage(TEST_SITE, 'nl/medewerker')).map(textOf);
    expect(cells).toEqual(expect.arrayContaining(['7 jaar na het einde van je dienstverband', '5 jaar na het einde van je dienstverband', 'tot maximaal 2 jaar nadat je uit dienst treedt']));
    const schedule = visibleText(readPage(TEST_SITE, 'nl/bewaartermijnen'));
    expect(schedule).toContain('7 jaar na het einde van het dienstverband');
    expect(schedule).toContain('maximaal 2 jaar na het einde van het dienstverband');
    expect(schedule).toContain('5 jaar na oplevering van het auditrapport');
    expect(schedule).not.toMatch(/vanaf het verzamelen|jaar, na/);
    const visitor = visibleText(readPage(TEST_SITE, 'nl/bewaartermijnen'), '#retention-visitor ~ *');
    expect(visitor).toContain('6 maanden');
    expect(visibleText(readPage(TEST_SITE, 'en/retention'))).toContain('a maximum of 2 years after the end of employment');
  });

  it('are exported as typed data per version and language', () => {
    const data = JSON.parse(readFileSync(join(TEST_SITE, 'nl/versies/2020-01-06/bewaartermijnen.json'), 'utf8'));
    const employee = data.parts.find((part: { part: string }) => part.part === 'employee');
    const periods = employee.rows.flatMap((row: { retention: { retention: { period?: string } }[] }) => row.retention.map((entry) => entry.retention.period)).filter(Boolean);
    expect(periods).toContain('P12M');
    expect(periods).not.toContain('P6M');
  });
});

describeContent('rights, one click away', () => {
  // The expected emails are written out here, not read from the interface texts the page uses.
  const EMAILS = {
    'nl/volledig': {
      access: ['Verzoek om inzage in mijn persoonsgegevens', 'Beste Cachet Re-integratie | Arbeidszaken,\n\nIk wil graag weten welke persoonsgegevens jullie van mij hebben vastgelegd.'],
      'rectification-erasure': ['Verzoek om mijn persoonsgegevens aan te passen of te verwijderen', 'Ik verzoek jullie de volgende persoonsgegevens aan te passen of te verwijderen:'],
      restriction: ['Verzoek om beperking van de verwerking van mijn persoonsgegevens', 'Ik verzoek jullie de verwerking van mijn persoonsgegevens te beperken'],
      portability: ['Verzoek om overdracht van mijn persoonsgegevens', 'Ik verzoek jullie mijn persoonsgegevens over te dragen aan:'],
      objection: ['Bezwaar tegen de verwerking van mijn persoonsgegevens', 'Ik maak bezwaar tegen de volgende verwerking van mijn persoonsgegevens:'],
      'objection-direct-marketing': ['Bezwaar tegen direct marketing', 'Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing.'],
      'automated-decisions': ['Verzoek over een geautomatiseerd besluit', 'Ik wil niet onderworpen worden aan een besluit dat alleen op geautomatiseerde verwerking is gebaseerd.'],
    },
    'en/full': {
      access: ['Request for access to my personal data', 'Dear Cachet Re-integratie | Arbeidszaken,\n\nI would like to know which personal data you have recorded about me.'],
      'rectification-erasure': ['Request to change or delete my personal data', 'Please change or delete the following personal data:'],
      restriction: ['Request to restrict the processing of my personal data', 'restrict the processing of my personal data'],
      portability: ['Request to transfer my personal data', 'transfer my personal data to:'],
      objection: ['Objection to the processing of my personal data', 'I object to the following processing of my personal data:'],
      'objection-direct-marketing': ['Objection to direct marketing', 'I object to the processing of my personal data for direct marketing.'],
      'automated-decisions': ['Request about an automated decision', 'I do not want to be subject to a decision based solely on automated processing.'],
    },
  } as const;

  it.each(Object.entries(EMAILS))('%s: each right opens a prefilled email in the page language, to the address of today', (path, emails) => {
    const links = selectAll('a.right-action', readPage(TEST_SITE, path));
    const byKind = Object.fromEntries(links.map((link) => [String(link.properties.dataRight), String(link.properties.href)]));
    for (const [kind, [subject, body]] of Object.entries(emails)) {
      const url = new URL(byKind[kind] ?? 'mailto:missing');
      expect(url.protocol).toBe('mailto:');
      expect(url.pathname).toBe('miro.cachet@planet.nl');
      expect(url.searchParams.get('subject'), kind).toBe(subject);
      expect(url.searchParams.get('body'), kind).toContain(body);
    }
    expect(byKind.complaint).toBe('https://www.autoriteitpersoonsgegevens.nl/');
  });

  it('offers the contact details as a vCard', () => {
    const card = readFileSync(join(TEST_SITE, 'contact.vcf'), 'utf8');
    expect(card).toContain('EMAIL;TYPE=work:miro.cachet@planet.nl');
    expect(card).toContain('FN:Cachet Re-integratie | Arbeidszaken');
  });
});
