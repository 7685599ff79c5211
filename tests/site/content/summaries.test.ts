// The summaries a reader gets of Cachet's text ("In het kort" on an audience view, the retention
// schedule), word for word: a purpose only where the text states one, never a condition; the
// sentence of each period where one purpose has several; no stray punctuation; group headings
// that do not repeat the page's own audience. The expected words are written out from the text of
// content/, not read from the code that makes them.
import type { Element, Nodes } from 'hast';
import { expect, it } from 'vitest';
import { readPage, select, selectAll, textOf } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const site = builtSite();

/** A cell's words without the label a card shows before them on a phone. */
function cell(node: Nodes): string {
  const strip = (current: Nodes): Nodes =>
    'children' in current
      ? ({
          ...current,
          children: current.children
            .filter(
              (child) =>
                !(
                  child.type === 'element' &&
                  String((child as Element).properties.className ?? '').includes(
                    'facts-table__label',
                  )
                ),
            )
            .map((child) => strip(child as Nodes)),
        } as Nodes)
      : current;
  return textOf(strip(node));
}

/** The rows of a summary table: group headings as ['#', heading], rows as their cells. */
function rows(path: string, table: string): string[][] {
  return selectAll(`${table} tbody tr`, readPage(site, path)).map((row) =>
    String(row.properties.className ?? '').includes('facts-table__group')
      ? ['#', textOf(row)]
      : selectAll('th, td', row).map(cell),
  );
}

const NONE = 'niet genoemd Lees de zin';

describeContent('"In het kort" for employees (/nl/medewerker/)', () => {
  const summary = rows('nl/medewerker', '.in-short');

  it('groups the rows under the headings of the employees\' part, without naming the part', () => {
    expect(summary.filter((row) => row[0] === '#').map((row) => row[1])).toEqual([
      'Arbeidsovereenkomst en salaris',
      'Loopbaanontwikkeling en beoordeling',
      'Dienstverlening',
      'Algemeen',
      'Beveiliging en bescherming',
    ]);
  });

  it('shows a purpose only where the text states one, and "niet genoemd" where a mark holds a condition', () => {
    expect(summary.filter((row) => row[0] !== '#').map((row) => row[0])).toEqual([
      'om contractuele afspraken met jou na te kunnen komen',
      'Omdat je voor ons werkt, zijn wij contractueel verplicht je te verzekeren',
      'Om jouw pensioen te verzorgen',
      'zodat jij in Nederland kan werken',
      'Om subsidies en loonkostenvoordeel aan te vragen en te verantwoorden',
      NONE,
      'Om jouw salaris uit te betalen',
      'om je uit te kunnen betalen',
      'Voor het afhandelen van zakelijke declaraties',
      NONE,
      'Om je ontwikkeling en functioneren binnen onze organisatie te volgen',
      NONE,
      'Om onze facturen te kunnen verantwoorden naar onze opdrachtgevers en om te voldoen aan contractuele verplichtingen',
      'Met behulp van analyses en rapportages verbeteren we continu onze dienstverlening',
      'voor opvolging, verantwoording en beveiliging',
      'Voor onze financiële administratie en voor de controle en goedkeuring van facturen',
      'Voor het uitvoeren van interne controles, zoals audits',
      'Om onze systemen te beheren en te beveiligen',
      'Voor juridische doeleinden',
      'In de afhandeling van claims',
    ]);
  });

  it('gives each period of one purpose with the sentence that says which data it is for', () => {
    expect(summary.find((row) => row[0] === 'Om onze systemen te beheren en te beveiligen')).toEqual([
      'Om onze systemen te beheren en te beveiligen',
      '“Gegevens over het gebruik slaan we maximaal 6 maanden op in log-bestanden.” “Mutaties in financieel relevante systemen slaan we 7 jaar op.”',
      'niet genoemd',
    ]);
    // One sentence with two periods: its marked words tell them apart.
    expect(
      summary.find((row) => row[0]?.startsWith('Om je ontwikkeling'))?.[1],
    ).toBe('tot maximaal 2 jaar nadat je uit dienst treedt voor zolang dit relevant is voor je huidige functioneren');
  });
});

describeContent('"In het kort" for job seekers (/nl/werkzoekende/)', () => {
  it('says "niet genoemd" for "Je heb je ingeschreven", and groups under the part\'s own headings', () => {
    expect(rows('nl/werkzoekende', '.in-short')).toEqual([
      ['#', 'Inschrijving/aanmelding'],
      [NONE, 'zolang de opdracht duurt', '(potentiële) opdrachtgevers'],
      ['#', 'Algemeen'],
      ['voor opvolging, verantwoording en beveiliging', 'zolang dit relevant is', '(cloud-)leveranciers buiten de EU'],
      ['Om onze IT-systemen te laten werken en te beschermen', '6 maanden', 'niet genoemd'],
      ['Voor juridische doeleinden', 'voor zover relevant', 'niet genoemd'],
    ]);
  });
});

describeContent('"In short" for employees in English (/en/employee/)', () => {
  it('leaves out the conditions the translation marks, and shows the purpose of the work permit', () => {
    const purposes = rows('en/employee', '.in-short')
      .filter((row) => row[0] !== '#')
      .map((row) => row[0]);
    expect(purposes).toContain('so that you can work in the Netherlands');
    expect(purposes.filter((purpose) => purpose === 'not stated Read the sentence')).toHaveLength(3);
    for (const purpose of purposes) expect(purpose).not.toMatch(/^(If|When you|You have)\b/);
  });
});

describeContent('the retention schedule (/nl/bewaartermijnen/)', () => {
  const employee = (path: string) =>
    rows(path, 'section[aria-labelledby="retention-employee"] table');

  it('writes a period and its start as a sentence does, without a comma between them', () => {
    const periods = employee('nl/bewaartermijnen').map((row) => row[1]);
    expect(periods).toEqual([
      '5 jaar na het einde van het dienstverband',
      '7 jaar na het einde van het dienstverband',
      '7 jaar na het einde van het dienstverband',
      '7 jaar na het einde van het dienstverband',
      '7 jaar',
      'maximaal 7 jaar na het einde van het dienstverband',
      '7 jaar',
      '7 jaar na het einde van het dienstverband',
      '7 jaar na het einde van het dienstverband',
      'tot het beslag is ingetrokken',
      'maximaal 2 jaar na het einde van het dienstverband',
      'zolang relevant',
      '5 jaar',
      '7 jaar',
      '5 jaar',
      'zolang relevant',
      '7 jaar',
      '5 jaar na oplevering van het auditrapport',
      'maximaal 6 maanden',
      '7 jaar',
      'zolang relevant',
      'zolang relevant',
    ]);
    expect(employee('en/retention').map((row) => row[1])).toContain(
      'a maximum of 2 years after the end of employment',
    );
  });

  it('says "niet genoemd" where the text states no purpose, and quotes the sentence where one purpose has two periods', () => {
    const schedule = employee('nl/bewaartermijnen');
    expect(schedule.filter((row) => row[0] === 'niet genoemd').map((row) => row[2])).toEqual([
      '“tot 7 jaar na uitdiensttreding”',
      '“totdat het beslag ingetrokken is”',
      '“5 jaar”',
    ]);
    expect(schedule.filter((row) => row[0] === 'Om onze systemen te beheren en te beveiligen')).toEqual([
      [
        'Om onze systemen te beheren en te beveiligen',
        'maximaal 6 maanden',
        '“Gegevens over het gebruik slaan we maximaal 6 maanden op in log-bestanden.”',
      ],
      [
        'Om onze systemen te beheren en te beveiligen',
        '7 jaar',
        '“Mutaties in financieel relevante systemen slaan we 7 jaar op.”',
      ],
    ]);
  });

  it('has its data file under a heading for developers', () => {
    const page = readPage(site, 'nl/bewaartermijnen');
    const section = select('section[aria-labelledby="developers-title"]', page)!;
    expect(textOf(select('h2', section)!)).toBe('Voor ontwikkelaars');
    expect(selectAll('a', section).map((link) => [textOf(link), link.properties.href])).toEqual([
      ['De bewaartermijnen als JSON', '/nl/versies/2023-09-27/bewaartermijnen.json'],
    ]);
  });
});
