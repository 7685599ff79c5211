// A version from start to publication: started by npm run new-version as a draft (not on the
// site, free to change), announced and sealed when final (then on the site, and unchangeable
// without a recorded correction), current on its date; a material version only with the notice
// promised, and never in effect unannounced.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/build/build-site.ts';
import { runScript } from '../../harness/project-copy.ts';
import { CLINIC, contentReport, edit, scenario } from '../../helpers/copies.ts';
import { readPage, select, selectAll, textOf, visibleText } from '../../helpers/html.ts';

const FIXTURE = CLINIC;
// The tests build on 2025-06-01 (FIXED_EPOCH); this is 2099-01-01 in seconds since 1970.
const ON_2099_01_01 = '4070908800';
/** The errors of the content check on a day: the report a build on that day stops with. */
const reportOn = (dir: string, day: string) => contentReport(dir, { day });
const summaries = (text: string, words: string) =>
  text
    .replace('de: ""', `de: ${words}`)
    .replace('en: ""', `en: ${words}`)
    .replace('fr: ""', `fr: ${words}`);

describe('the life of versions, in one copy of the second organisation', () => {
  const dir = scenario({ content: FIXTURE });
  const site = join(dir, 'dist');
  const started = runScript(dir, 'new-version', ['2099-01-01']);

  it('starts with npm run new-version: a copy of the newest version, a draft not announced, material until said otherwise', () => {
    expect(started.status, started.output).toBe(0);
    expect(started.output).toContain('It is a draft: not on the site until it is announced.');
    expect(started.output).toContain('announce it on or before 2098-11-20 (42 days ahead)');
    expect(readFileSync(join(dir, 'content/staff/2099-01-01/de.mdx'), 'utf8')).toBe(
      readFileSync(join(dir, 'content/staff/2025-04-01/de.mdx'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).toMatch(
      /date: 2099-01-01\n\s+provenance: original\n\s+material: true\n\s+summary:/,
    );
  });

  it('needs a summary before the build passes', async () => {
    const { ok, report } = await buildSite(dir);
    expect(ok).toBe(false);
    expect(report).toContain(
      '\u2716 error: content/versions.yaml:38: the 3rd version (2099-01-01) has no summary in "de"\n  How to fix: write a short summary of what changed in this version under summary: de:',
    );
  });

  it('refuses to re-seal a published version without a recorded correction', () => {
    edit(dir, 'content/versions.yaml', (text) => summaries(text, 'Längere Frist.'));
    edit(dir, 'content/general/2025-04-01/en.mdx', (text) =>
      text.replace('privacy statement', 'Privacy Statement'),
    );
    const seal = runScript(dir, 'seal', ['2025-04-01']);
    expect(seal.status).toBe(1);
    expect(seal.output).toContain(
      'Version 2025-04-01 is already sealed and this changed: content/general/2025-04-01/en.mdx was changed',
    );
    edit(dir, 'content/versions.yaml', (text) =>
      text.replace(
        '- date: 2025-04-01\n',
        '- date: 2025-04-01\n  corrections:\n    - date: 2025-05-02\n      reason: { de: Großschreibung im englischen Titel., en: Capital letters in the English title., fr: Majuscules dans le titre anglais. }\n',
      ),
    );
    expect(runScript(dir, 'check').output).toContain(
      'a correction is recorded for 2025-04-01 in content/versions.yaml; seal the corrected version: npm run seal -- 2025-04-01',
    );
    expect(runScript(dir, 'seal', ['2025-04-01']).status).toBe(0);
  });

  it('builds: the upcoming version announced with what changes for each audience, a draft not announced yet left out, the correction shown', async () => {
    edit(dir, 'content/staff/2099-01-01/de.mdx', (text) =>
      text.replace('6 Monate', '9 Monate').replace('period="P6M"', 'period="P9M"'),
    );
    // A right named in an audience's own part, not only in the general sections, in every language.
    // The organisation named inside that sentence, not on a line of its own.
    const access = {
      de: 'Sie können bei <Organization /> jederzeit <Right kind="access">Auskunft über Ihre Bewerbungsdaten verlangen</Right>.',
      en: 'You may ask <Organization /> at any time <Right kind="access">which data of your application we hold</Right>.',
      fr: 'Vous pouvez à tout moment <Right kind="access">demander à <Organization /> quelles données de votre candidature nous détenons</Right>.',
    };
    for (const [language, sentence] of Object.entries(access))
      edit(
        dir,
        `content/staff/2099-01-01/${language}.mdx`,
        (text) => `${text.trimEnd()}\n\n${sentence}\n`,
      );
    // In every language of the companions' part: the two items on a contact person change places,
    // and the internet access section goes.
    for (const language of ['de', 'en', 'fr']) {
      edit(dir, `content/companion/2099-01-01/${language}.mdx`, (text) => {
        const lines = text.split('\n');
        const first = lines.findIndex((line) => line.startsWith('- '));
        [lines[first], lines[first + 1]] = [lines[first + 1]!, lines[first]!];
        const internet = lines.findLastIndex((line) => line.startsWith('#### '));
        return `${lines.slice(0, internet).join('\n').trimEnd()}\n`;
      });
    }
    // Announced, it is on the site: it must be sealed first.
    edit(dir, 'content/versions.yaml', (text) =>
      text.replace(
        /(date: 2099-01-01\n\s+provenance: original\n\s+material: true\n)/,
        '$1  announced: 2025-06-01\n',
      ),
    );
    const unsealed = await buildSite(dir);
    expect(unsealed.ok).toBe(false);
    expect(unsealed.report).toContain(
      'version 2099-01-01 is announced (on 2025-06-01) and so on the site, but not sealed, so it could change without a trace',
    );
    expect(runScript(dir, 'seal', ['2099-01-01']).status).toBe(0);
    // Two more versions to come: one not announced (a draft), one whose announcement day has not come.
    expect(runScript(dir, 'new-version', ['2099-06-01']).status).toBe(0);
    edit(dir, 'content/versions.yaml', (text) => summaries(text, 'Entwurf.'));
    expect(runScript(dir, 'new-version', ['2099-09-01']).status).toBe(0);
    edit(dir, 'content/versions.yaml', (text) =>
      summaries(text, 'Entwurf.').replace(
        /(date: 2099-09-01\n\s+provenance: original\n\s+material: true\n)/,
        '$1  announced: 2099-01-15\n',
      ),
    );
    const { ok, report } = await buildSite(dir);
    expect(ok, report).toBe(true);
    expect(report).toContain(
      '\u26a0 warning: content/versions.yaml:46: the 4th version (2099-06-01) is material and not announced yet: it is a draft, not on the site',
    );

    const staff = readPage(site, 'de/mitarbeitende');
    expect(visibleText(staff, '.notice--upcoming')).toContain('1. Januar 2099');
    expect(
      selectAll(
        '.notice--upcoming a[href="/de/aenderungen/2025-04-01/2099-01-01/mitarbeitende/"]',
        staff,
      ),
    ).toHaveLength(1);
    expect(visibleText(staff)).toContain('6 Monate');
    const upcoming = readPage(site, 'de/versionen/2099-01-01/mitarbeitende');
    expect(visibleText(upcoming, '.notice--version')).toContain('1. Januar 2099');
    expect(visibleText(upcoming)).toContain('9 Monate');
    expect(readFileSync(join(site, 'de/feed.xml'), 'utf8')).toContain('/de/versionen/2099-01-01/');
    expect(
      readFileSync(
        join(site, 'de/aenderungen/2025-04-01/2099-01-01/mitarbeitende/index.html'),
        'utf8',
      ),
    ).toMatch(/<del>.*?6.*?<\/del><ins>.*?9.*?<\/ins> Monate/);
    // What changes for this reader is on the current page already, with the day in a calendar file.
    expect(visibleText(staff, '.notice--upcoming .fact-changes')).toContain(
      'Wesentlich Speicherfrist 9 Monate statt 6 Monate',
    );
    const calendar = ICAL.Component.fromString(
      readFileSync(join(site, 'de/versionen/2099-01-01.ics'), 'utf8'),
    );
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('2099-01-01');
    expect(event.startDate.isDate).toBe(true);
    expect(event.summary).toBe('Neue Datenschutzerklärung von Praxisklinik am Stadtpark GmbH');
    expect(event.uid).toBe('2099-01-01-de@privacy.example.org');
    expect(
      selectAll('.notice--upcoming a[href="/de/versionen/2099-01-01.ics"]', staff),
    ).toHaveLength(1);

    for (const draft of ['2099-06-01', '2099-09-01']) {
      expect(existsSync(join(site, `de/versionen/${draft}`))).toBe(false);
      expect(readFileSync(join(site, 'de/feed.xml'), 'utf8')).not.toContain(draft);
    }

    expect(visibleText(readPage(site, 'en/versions/2025-04-01'), '.corrections')).toContain(
      '2 May 2025: Capital letters in the English title.',
    );

    expect(selectAll('p p', upcoming)).toHaveLength(0);
    expect(visibleText(upcoming, 'section.audience')).toContain(
      'Sie können bei Praxisklinik am Stadtpark GmbH, ',
    );
    const request = select('section.audience a.right-action[data-right="access"]', upcoming);
    const mail = new URL(String(request?.properties.href));
    expect(mail.pathname).toBe('datenschutz@praxisklinik-stadtpark.example');
    expect(mail.searchParams.get('subject')).toBe(
      'Antrag auf Auskunft über meine personenbezogenen Daten',
    );
  });

  it('compares what moved, what went and what stayed the same, each in its words', () => {
    const companions = readPage(site, 'de/aenderungen/2025-04-01/2099-01-01/begleitpersonen');
    const blocks = (type: string) => selectAll(`.diff-change--${type}`, companions).map(textOf);
    expect(blocks('removed').join(' ')).toContain('Internetzugang');
    expect(blocks('removed').join(' ')).toContain('Gäste-WLANs');
    expect(blocks('moved-from')).toHaveLength(1);
    expect(blocks('moved-to')).toHaveLength(1);
    expect(blocks('moved-from')[0]).toContain('Damit wir Sie im Notfall erreichen können');
    // A move is one change: listed where the block now stands, its old place linking there.
    const listed = selectAll('.changes-list li', companions);
    expect(listed).toHaveLength(selectAll('.diff-change[id]', companions).length);
    expect(selectAll('.diff-change', companions)).toHaveLength(listed.length + 1);
    const newPlace = select('.diff-change--moved-from .diff-change__nav a', companions);
    expect([textOf(newPlace!), newPlace?.properties.href]).toEqual([
      'Zur neuen Stelle',
      `#${String(select('.diff-change--moved-to', companions)?.properties.id)}`,
    ]);
    expect(visibleText(companions, '.changes-list__figures')).toMatch(
      new RegExp(`^${listed.length} Änderungen: .*\\b1 verschoben · `),
    );
    // The patients' part and the general sections did not change: their comparison says so.
    const patients = readPage(site, 'de/aenderungen/2025-04-01/2099-01-01/patienten');
    expect(visibleText(patients, '.changes-list')).toContain('Es gibt keine Unterschiede.');
    expect(visibleText(patients, '.changes-list')).toContain(
      '0 Wörter hinzugefügt · 0 Wörter entfernt',
    );
    expect(selectAll('.diff-change', patients)).toHaveLength(0);
  });

  it('changes, once announced, only with a recorded correction', () => {
    const file = 'content/staff/2099-01-01/de.mdx';
    const published = readFileSync(join(dir, file), 'utf8');
    edit(dir, file, (text) => text.replace('9 Monate', '12 Monate'));
    expect(reportOn(dir, '2025-06-01')).toContain(
      `${file}: this file was changed after version 2099-01-01 was published and sealed; a published version may not change`,
    );
    writeFileSync(join(dir, file), published);
  });

  it('is current on the first build on or after its date', async () => {
    const build = runScript(dir, 'build', [], { SOURCE_DATE_EPOCH: ON_2099_01_01 });
    expect(build.status, build.output).toBe(0);
    const staff = readPage(site, 'de/mitarbeitende');
    expect(visibleText(staff)).toContain('1. Januar 2099');
    expect(visibleText(staff)).toContain('9 Monate');
    expect(select('.notice--upcoming', staff)).toBeUndefined();
  });

  it('never takes effect unannounced when it is material', () => {
    // What the build checks first, on the day the draft would take effect.
    const report = reportOn(dir, '2099-06-01');
    expect(report).toContain(
      '\u2716 error: content/versions.yaml:46: the 4th version (2099-06-01) is material and takes effect on 2099-06-01 without having been announced',
    );
    expect(report).toContain(
      'move its date to 2099-07-13 or later and announce it today (announced: 2099-06-01)',
    );
  });
});

describe('a material version announced too late', () => {
  it('fails, naming both dates and the rule', async () => {
    const dir = scenario({ content: FIXTURE });
    expect(runScript(dir, 'new-version', ['2025-06-11']).status).toBe(0);
    edit(dir, 'content/versions.yaml', (text) =>
      summaries(text, 'Neu.').replace(
        /(date: 2025-06-11\n\s+provenance: original\n\s+material: true\n)/,
        '$1  announced: 2025-06-01\n',
      ),
    );
    const { ok, report } = await buildSite(dir);
    expect(ok).toBe(false);
    expect(report).toContain(
      '\u2716 error: content/versions.yaml:37: the 3rd version (2025-06-11) is material and announced on 2025-06-01, 10 days before it takes effect; material changes are announced at least 42 days ahead (content/site.yaml, notice.materialChangeDays)',
    );
    expect(report).toContain(
      'announce it on or before 2025-04-30, or move its date to 2025-07-13 or later',
    );
  });
});

describe('a seal written before seals recorded the version entry', () => {
  const dir = scenario({ content: FIXTURE });
  // Seals as they were: files and details, no record of the entry in content/versions.yaml.
  edit(dir, 'content/seals.yaml', (text) => text.replace(/  record:\n(    .*\n)+/g, ''));

  it('is an error that says how to renew it', () => {
    const report = reportOn(dir, '2025-06-01');
    expect(report).toContain(
      "content/seals.yaml: the seal of version 2024-03-01 does not record the version's entry in content/versions.yaml",
    );
    expect(report).toContain('renew the seal: npm run seal -- 2024-03-01');
  });

  it('is renewed by npm run seal when nothing it recorded has changed, and only then', () => {
    const renewed = runScript(dir, 'seal', ['2024-03-01']);
    expect(renewed.status, renewed.output).toBe(0);
    expect(readFileSync(join(dir, 'content/seals.yaml'), 'utf8')).toMatch(
      /2024-03-01:\n[^]*record:\n    corrections: [0-9a-f]{64}\n    material: true\n    provenance: original\n    summary: [0-9a-f]{64}\n2025-04-01:/,
    );

    edit(dir, 'content/general/2025-04-01/de.mdx', (text) =>
      text.replace('Datenschutz', 'Datenschutzes'),
    );
    const refused = runScript(dir, 'seal', ['2025-04-01']);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      'Version 2025-04-01 is already sealed and this changed: content/general/2025-04-01/de.mdx was changed',
    );
    expect(readFileSync(join(dir, 'content/seals.yaml'), 'utf8')).not.toMatch(
      /2025-04-01:\n[^]*record:/,
    );
  });
});
