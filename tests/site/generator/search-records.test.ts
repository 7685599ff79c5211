// What the search index holds, for an organisation the code knows nothing of (the clinic of
// tests/fixtures/second-organization): one record per passage, on the page its reader reads it on,
// titled with where it is; the passages for everyone under every audience; the retention schedule; the
// passages a version to come adds; and the reader's words of content/search.yaml on the passages
// they describe. Expected values are the fixture's own words.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/model/read-content.ts';
import { searchRecords, type SearchRecord } from '../../../src/search/records.ts';
import { versionTimeline } from '../../../src/versions/timeline.ts';
import { CLINIC, edit, scenario } from '../../helpers/copies.ts';

const dir = scenario({ content: CLINIC });
// Everyone's reader terms for the companions' part, to show that an audience id names all of its passages.
edit(dir, 'content/search.yaml', (text) =>
  text.replace(
    'terms:\n  de:\n',
    'terms:\n  de:\n    - words: [Besuch, Besucher]\n      for: { sections: [companion] }\n',
  ),
);

function recordsOn(buildDate: string): SearchRecord[] {
  const { content, problems } = readContent(dir);
  if (!content)
    throw new Error(problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
  return [...searchRecords(content, versionTimeline(content.versions, buildDate))];
}
const records = recordsOn('2025-06-01');
const record = (url: string) => {
  const found = records.filter((candidate) => candidate.url === url);
  expect(found, url).toHaveLength(1);
  return found[0]!;
};
/** The words a record is found by that are not in its text: its hidden reader terms. */
const hiddenWords = (found: SearchRecord) =>
  /data-pagefind-weight="2">([^<]*)</.exec(found.html)?.[1] ?? '';

describe('search records', () => {
  it("give every passage of the current version one record, linked to the passage on its reader's page", () => {
    expect(record('/de/patienten/#patient-videosprechstunde-1')).toMatchObject({
      title: 'Patientin oder Patient › Videosprechstunde',
      audiences: ['patient'],
      language: 'de',
    });
    expect(record('/de/patienten/#patient-videosprechstunde-1').text).toMatch(
      /^Wenn Sie eine Videosprechstunde wählen, findet das Gespräch/,
    );
    expect(record('/en/patients/#patient-videosprechstunde-1').title).toBe(
      'Patient › Video consultation',
    );
    for (const found of records)
      expect(found.url).toMatch(/^\/(de|en|fr)\/[\p{L}\p{N}/.-]*#[\p{L}\p{N}_-]+$/u);
    // Headings are not passages: a result is a sentence a reader can read.
    expect(records.some((found) => found.url.endsWith('#ihre-rechte'))).toBe(false);
  });

  it('file the passages for everyone under every audience, so that an audience filter keeps them', () => {
    expect(record('/de/vollstaendig/#ihre-rechte-2')).toMatchObject({
      title: 'Für alle › Ihre Rechte',
      audiences: ['general', 'patient', 'companion', 'staff'],
    });
    expect(record('/fr/complet/#ihre-rechte-2').title).toMatch(/^Pour tous › /);
  });

  it('index the retention schedule, a record per audience', () => {
    const staff = record('/de/speicherfristen/#retention-staff');
    expect(staff).toMatchObject({
      title: 'Speicherfristen › Mitarbeitende und Bewerbende',
      audiences: ['staff'],
    });
    expect(staff.text).toContain('6 Monate');
    expect(
      records
        .filter((found) => found.language === 'de' && found.url.startsWith('/de/speicherfristen/'))
        .map((found) => found.url),
    ).toEqual([
      '/de/speicherfristen/#retention-patient',
      '/de/speicherfristen/#retention-companion',
      '/de/speicherfristen/#retention-staff',
    ]);
  });

  it("add the reader's words to the passages they describe: by fact, by right, by section and by audience", () => {
    expect(hiddenWords(record('/de/mitarbeitende/#staff-bewerbung-2'))).toContain('wie lange');
    expect(hiddenWords(record('/de/vollstaendig/#ihre-rechte-8'))).toContain('Beschwerde');
    expect(hiddenWords(record('/de/begleitpersonen/#companion-videokameras-1'))).toContain(
      'Videoüberwachung',
    );
    expect(hiddenWords(record('/de/begleitpersonen/#companion-internetzugang-1'))).toContain(
      'Besuch',
    );
    expect(hiddenWords(record('/de/patienten/#patient-1'))).toBe('');
    // Only in the language they are written for.
    expect(
      hiddenWords(record('/en/patients/#patient-behandlung-und-dokumentation-1')),
    ).not.toContain('wie lange');
  });

  it("index what a version to come adds or changes, dated, on that version's page", () => {
    const before = recordsOn('2025-03-15');
    const upcoming = before.filter((found) => found.url.startsWith('/de/versionen/2025-04-01/'));
    expect(upcoming.map((found) => found.url)).toContain(
      '/de/versionen/2025-04-01/mitarbeitende/#staff-bewerbung-2',
    );
    expect(upcoming.find((found) => found.url.endsWith('#staff-bewerbung-2'))!.title).toBe(
      'Mitarbeitende und Bewerbende › Bewerbung › ab dem 1. April 2025',
    );
    // A passage the version keeps as it is stays found once, where it stands today.
    expect(upcoming.some((found) => found.url.endsWith('#patient-1'))).toBe(false);
    expect(records.some((found) => found.url.includes('/versionen/'))).toBe(false);
  });
});
