// The interface's own words on Cachet's pages, word for word as a native reader of Dutch and
// English would write them: languages named in the reader's language, the audience by its readers,
// rights by their names, each correction in the languages it concerns, the feed and the data files
// under plain headings, and a comparison's figures counting exactly the changes it lists.
import { expect, it } from 'vitest';
import { readPage, select, selectAll, textOf, visibleText } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const site = builtSite();
const page = (path: string) => readPage(site, path);
const texts = (path: string, selector: string) => selectAll(selector, page(path)).map(textOf);

describeContent('an audience view', () => {
  it.each([
    [
      'nl/werkzoekende',
      'Deze versie geldt voor werkzoekenden: de onderdelen voor iedereen en het deel dat alleen voor hen geldt.',
    ],
    [
      'nl/medewerker',
      'Deze versie geldt voor medewerkers en flexmedewerkers: de onderdelen voor iedereen en het deel dat alleen voor hen geldt.',
    ],
    [
      'en/job-seeker',
      'This version is for job seekers: the parts for everyone and the part that is only for them.',
    ],
  ])('%s says for whom it is, by the readers of site.yaml', (path, lede) => {
    expect(texts(path, '.page-header .lede')).toEqual([lede]);
  });

  it.each([
    ['nl/medewerker', [['Dit onderdeel in het Engels', 'en']]],
    ['en/employee', [['This section in Dutch', 'nl']]],
  ])('%s offers a section in the other language, named in the reader\'s', (path, offered) => {
    for (const paragraph of selectAll('.section-languages', page(path)))
      expect(
        selectAll('a', paragraph).map((link) => [textOf(link), link.properties.hrefLang]),
      ).toEqual(offered);
    expect(selectAll('.section-languages', page(path)).length).toBeGreaterThan(5);
  });
});

describeContent('the corrections of a version', () => {
  const REASONS = {
    summaries: {
      nl: 'In de samenvattingen (In het kort, bewaartermijnen) stond bij de bewaartermijn van IP-adressen, gebruikersgegevens en logbestanden "vanaf het verzamelen".',
      en: 'The summaries (In short, retention periods) said "from collection" for the retention of IP addresses, user data and log files.',
    },
    translation: {
      en: 'English translation: wording and phrasing improved (among others "auditors", "attachment of earnings", "occupational physician", "processor agreements").',
    },
    permit: {
      nl: 'In de samenvattingen (In het kort, bewaartermijnen, wijzigingen) stond bij het delen van gegevens voor een werkvergunning de voorwaarde "Als we een werkvergunning voor je aanvragen" als doel.',
      en: 'The summaries (In short, retention periods, changes) gave the condition "If we apply for a work permit for you" as the purpose of sharing data for a work permit.',
    },
  };

  it.each(['nl/versies/2023-09-27', 'nl/versies/2020-01-06/medewerker', 'nl/volledig'])(
    '%s lists those that concern the Dutch text, not the one of the English translation',
    (path) => {
      const listed = texts(path, '.corrections li');
      expect(listed).toHaveLength(2);
      expect(listed[0]).toContain(REASONS.summaries.nl);
      expect(listed[1]).toContain(REASONS.permit.nl);
      expect(texts(path, '.version-line__corrections')).toEqual(['2 correcties na publicatie']);
    },
  );

  it.each(['en/versions/2023-09-27', 'en/full'])('%s lists all three, in order', (path) => {
    const listed = texts(path, '.corrections li');
    expect(listed).toHaveLength(3);
    expect(listed[0]).toContain(REASONS.summaries.en);
    expect(listed[1]).toContain(REASONS.translation.en);
    expect(listed[2]).toContain(REASONS.permit.en);
    expect(texts(path, '.version-line__corrections')).toEqual(['3 corrections after publication']);
  });
});

describeContent('the archive of versions', () => {
  it.each([
    [
      'nl/versies',
      ['Volg wijzigingen', 'Nieuwe versies volgen in een feedlezer', '/nl/feed.xml'],
      [
        'Voor ontwikkelaars',
        ['Alle versies als JSON', '/nl/versies.json'],
        ['Versie van 27 september 2023 als JSON', '/nl/versies/2023-09-27.json'],
        ['Versie van 6 januari 2020 als JSON', '/nl/versies/2020-01-06.json'],
      ],
    ],
    [
      'en/versions',
      ['Follow changes', 'Follow new versions in a feed reader', '/en/feed.xml'],
      [
        'For developers',
        ['All versions as JSON', '/en/versions.json'],
        ['Version of 27 September 2023 as JSON', '/en/versions/2023-09-27.json'],
        ['Version of 6 January 2020 as JSON', '/en/versions/2020-01-06.json'],
      ],
    ],
  ])('%s offers the feed and the data files under plain headings, after the versions', (path, feed, data) => {
    const archive = page(path);
    const follow = select('section[aria-labelledby="follow-title"]', archive)!;
    expect([textOf(select('h2', follow)!), ...selectAll('a', follow).flatMap((link) => [textOf(link), link.properties.href])]).toEqual(feed);
    const developers = select('section[aria-labelledby="developers-title"]', archive)!;
    expect([
      textOf(select('h2', developers)!),
      ...selectAll('a', developers).map((link) => [textOf(link), link.properties.href]),
    ]).toEqual(data);
    // Nowhere else: the versions themselves speak of neither.
    expect(visibleText(archive, '.versions')).not.toMatch(/Atom|JSON/);
  });
});

describeContent('the comparison of 2020-01-06 and 2023-09-27', () => {
  it.each([
    [
      'nl/wijzigingen/2020-01-06/2023-09-27',
      '14 wijzigingen: 5 toegevoegd, 9 gewijzigd · 186 woorden toegevoegd · 4 woorden verwijderd',
      { Toegevoegd: 5, Gewijzigd: 9 },
    ],
    [
      'nl/wijzigingen/2020-01-06/2023-09-27/werkzoekende',
      '7 wijzigingen: 4 toegevoegd, 3 gewijzigd · 64 woorden toegevoegd · 1 woord verwijderd',
      { Toegevoegd: 4, Gewijzigd: 3 },
    ],
  ])('%s counts exactly the changes it lists', (path, figures, byLabel) => {
    expect(texts(path, '.changes-list__figures')).toEqual([figures]);
    const labels = texts(path, '.changes-list li .diff-badge');
    expect(Object.fromEntries([...new Set(labels)].map((label) => [label, labels.filter((other) => other === label).length]))).toEqual(byLabel);
  });

  it.each([
    [
      'nl/wijzigingen/2020-01-06/2023-09-27/medewerker',
      'Bekijk de wijzigingen voor',
      ['Alle groepen', 'Websitebezoeker', 'Contactpersoon van een relatie', 'Werkzoekende', 'Medewerker of flexmedewerker'],
      'De wijzigingen voor medewerkers en flexmedewerkers: in de onderdelen voor iedereen en in het deel dat alleen voor hen geldt.',
    ],
    [
      'en/changes/2020-01-06/2023-09-27',
      'See the changes for',
      ['All groups', 'Website visitor', 'Contact person of a business relation', 'Job seeker', 'Employee or flexible worker'],
      'Every change in the full privacy statement.',
    ],
  ])('%s has the choice of audience under its title, then says what it compares', (path, label, choices, lede) => {
    const header = select('.changes-page > header', page(path))!;
    const order = selectAll('h1, .audience-choice, .lede', header).map((node) => node.tagName === 'nav' ? 'choice' : node.tagName);
    expect(order).toEqual(['h1', 'choice', 'p']);
    expect(texts(path, '.audience-choice__label')).toEqual([label]);
    expect(texts(path, '.audience-choice a')).toEqual(choices);
    expect(selectAll('.audience-choice a[aria-current="page"]', header)).toHaveLength(1);
    expect(texts(path, '.page-header .lede')).toEqual([lede]);
  });

  it('names a new right by its name, not by a fragment of the list it stands in', () => {
    expect(texts('nl/wijzigingen/2020-01-06/2023-09-27/bezoeker', '.fact-changes__item')).toContain(
      'Nieuw: het recht om niet onderworpen te worden aan geautomatiseerde besluitvorming Lees in de tekst',
    );
    expect(texts('en/changes/2020-01-06/2023-09-27/visitor', '.fact-changes__item')).toContain(
      'New: the right not to be subject to automated decision-making Read in the text',
    );
  });

  it('notes in print how many unchanged paragraphs each fold leaves out', () => {
    const path = 'nl/wijzigingen/2020-01-06/2023-09-27/werkzoekende';
    const folds = texts(path, 'details.diff-folded > summary');
    const notes = texts(path, '.diff-omitted');
    expect(folds.length).toBeGreaterThan(1);
    expect(notes).toEqual(
      folds.map((fold) => fold.replace(/^Toon (\d+) ongewijzigde (alinea’s|alinea)$/, '$1 ongewijzigde $2 weggelaten')),
    );
    expect(notes[0]).toMatch(/^\d+ ongewijzigde alinea’s weggelaten$/);
  });
});
