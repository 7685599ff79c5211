// What changed for each reader from 2020 to 2023, as the comparison pages open: purposes,
// retention periods, recipients and rights, and nothing that did not change.
import { expect, it } from 'vitest';
import { readPage, selectAll, textOf } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const site = builtSite();
const items = (path: string) => selectAll('.fact-changes__item', readPage(site, path)).map(textOf);

const RIGHT = {
  nl: 'Nieuw: het recht om niet onderworpen te worden aan geautomatiseerde besluitvorming Lees in de tekst',
  en: 'New: the right not to be subject to automated decision-making Read in the text',
};
const IT_SYSTEMS = {
  nl: 'Bewaartermijn 6 maanden in plaats van 12 maanden (doel: Om onze IT-systemen te laten werken en te beschermen) Lees in de tekst',
  en: 'Retention period 6 months instead of 12 months (purpose: To keep our IT systems running and to protect them) Read in the text',
};

describeContent('the comparison of 2020-01-06 and 2023-09-27', () => {
  it.each([
    ['nl/wijzigingen/2020-01-06/2023-09-27/werkzoekende', 'nl', ['Wezenlijk Nieuwe ontvanger: (cloud-)leveranciers buiten de EU (doel: voor opvolging, verantwoording en beveiliging) Lees in de tekst', RIGHT.nl, IT_SYSTEMS.nl]],
    ['en/changes/2020-01-06/2023-09-27/visitor', 'en', ['Material New recipient: cloud suppliers outside the EU (purpose: for follow-up, accountability and security) Read in the text', RIGHT.en, IT_SYSTEMS.en]],
    [
      'nl/wijzigingen/2020-01-06/2023-09-27/medewerker',
      'nl',
      [
        'Wezenlijk Nieuw doel: Om subsidies en loonkostenvoordeel aan te vragen en te verantwoorden Lees in de tekst',
        'Wezenlijk Nieuwe ontvanger: (cloud-)leveranciers buiten de Europese Economische Ruimte (doel: voor opvolging, verantwoording en beveiliging) Lees in de tekst',
        RIGHT.nl,
        'Bewaartermijn maximaal 6 maanden in plaats van maximaal 12 maanden (doel: Om onze systemen te beheren en te beveiligen) Lees in de tekst',
      ],
    ],
  ])('%s opens with exactly what changed for that audience, and nothing else', (path, _locale, expected) => {
    expect(items(path).sort()).toEqual([...expected].sort());
    const html = readPage(site, path);
    const order = selectAll('.fact-changes, .diff', html).map((node) => String(node.properties.className));
    expect(order[0]).toContain('fact-changes');
  });

  it('lists every audience\'s changes on the full comparison, grouped by whom they concern', () => {
    const parts = selectAll('.fact-changes__part', readPage(site, 'en/changes/2020-01-06/2023-09-27')).map(textOf);
    expect(parts).toEqual(['For everyone', 'Website visitor', 'Contact person of a business relation', 'Job seeker', 'Employee or flexible worker']);
    expect(items('en/changes/2020-01-06/2023-09-27')).toHaveLength(10);
  });

  it('links each change to its place in the version it belongs to', () => {
    const link = selectAll('.fact-changes__source', readPage(site, 'nl/wijzigingen/2020-01-06/2023-09-27/medewerker'))[0]!;
    const [path, anchor] = String(link.properties.href).split('#');
    expect(path).toBe('/nl/versies/2023-09-27/medewerker/');
    expect(selectAll(`[id="${anchor}"]`, readPage(site, path!.slice(1)))).toHaveLength(1);
  });
});
