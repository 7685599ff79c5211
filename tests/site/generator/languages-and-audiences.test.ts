// Adding a language or an audience is a content change only: an entry in content/site.yaml, the
// statement files, and for a language the project has no interface texts for, those texts.
// Everything here happens to one copy of the project's own content, built once; the edits name its
// files and words, so with another organisation's content/ the file skips (like tests/site/content/).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DOCUMENT_NAMES, fillDocument } from '../../../src/i18n/document-names.ts';
import { beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../../src/build/build-site.ts';
import { PROJECT_ROOT, runScript, type CommandResult } from '../../harness/project-copy.ts';
import { contentReport, edit, scenario } from '../../helpers/copies.ts';
import type { Element } from 'hast';
import { readPage, select, selectAll, textOf, visibleText } from '../../helpers/html.ts';
import { describeContent } from '../../helpers/sites.ts';

/** Reads, changes and writes back a YAML file of a copy. */
function changeYaml(dir: string, file: string, change: (data: any) => void): void {
  const data = parse(readFileSync(join(dir, file), 'utf8'));
  change(data);
  writeFileSync(join(dir, file), stringify(data, { lineWidth: 0 }));
}
const report = (dir: string) => contentReport(dir, { warnings: true });

describeContent(
  "a fourth language, a fifth audience and an incomplete translation, added to the project's own content",
  () => {
    const dir = scenario();
    const site = join(dir, 'dist');

    let started: CommandResult;
    // The setup edits the project's own files: it runs only when the tests do.
    beforeAll(() => {
      // Italian: not a language the project has interface texts for, and not yet translated: every
      // part shows the binding text, marked as such.
      changeYaml(dir, 'content/site.yaml', (config) => {
        config.languages.push({ code: 'it', name: 'Italiano', intl: 'it-IT' });
        for (const audience of config.audiences) {
          audience.name.it = `${audience.name.en} (it)`;
          audience.readers.it = audience.readers.en;
          audience.description.it = audience.description.en;
          audience.slug.it = `${audience.slug.en}-it`;
        }
        for (const term of [...config.retention.starts, ...config.retention.events])
          term.label.it = term.label.en;
      });
      mkdirSync(join(dir, 'content/strings'), { recursive: true });
      // Italian counts "one", "many" and "other" (Intl.PluralRules): the English texts lack "many".
      // (The project's English names the document by placeholders; the Italian here has the words.)
      const words = (text: string) => fillDocument(text, DOCUMENT_NAMES.en!['privacy statement']!);
      const english = Object.fromEntries(
        Object.entries(
          JSON.parse(
            readFileSync(join(PROJECT_ROOT, 'src/i18n/strings/en.json'), 'utf8'),
          ) as Record<string, string | { other: string }>,
        ).map(([key, value]) => [
          key,
          typeof value === 'string'
            ? words(value)
            : { ...value, many: words(value.other), other: words(value.other) },
        ]),
      );
      writeFileSync(
        join(dir, 'content/strings/it.yaml'),
        stringify(
          {
            ...english,
            'home.title': 'Chi sei?',
            'route.full': 'completo',
            'route.versions': 'versioni',
            'route.changes': 'modifiche',
            'route.search': 'cerca',
            'route.retention': 'conservazione',
          },
          { lineWidth: 0 },
        ),
      );

      // A volunteer audience that joins in a version to come; in that version, the English visitor
      // part is missing and the English employee part is out of date.
      started = runScript(dir, 'new-version', ['2099-01-01']);
      edit(dir, 'content/versions.yaml', (text) =>
        text
          .replace('nl: ""', 'nl: Nieuw deel voor vrijwilligers.')
          .replace('en: ""', 'en: New part for volunteers.')
          .replace('it: ""', 'it: Nuovo.'),
      );
      changeYaml(dir, 'content/site.yaml', (config) => {
        config.audiences.push({
          id: 'volunteer',
          name: { nl: 'Vrijwilliger', en: 'Volunteer', it: 'Volontario' },
          readers: { nl: 'vrijwilligers', en: 'volunteers', it: 'volontari' },
          description: {
            nl: 'Je helpt ons als vrijwilliger.',
            en: 'You help us as a volunteer.',
            it: 'Ci aiuti come volontario.',
          },
          slug: { nl: 'vrijwilliger', en: 'volunteer', it: 'volontario' },
        });
      });
      mkdirSync(join(dir, 'content/volunteer/2099-01-01'), { recursive: true });
      writeFileSync(
        join(dir, 'content/volunteer/2099-01-01/nl.mdx'),
        '---\ntitle: Ik ben vrijwilliger\n---\n\n#### Algemeen\n\n- <Purpose>Om je inzet te plannen</Purpose> bewaren wij je naam en telefoonnummer <Retention relevant>zolang je vrijwilliger bent</Retention>.\n- Je foto bewaren wij <Retention period="P1Y">1 jaar</Retention>.\n',
      );
      rmSync(join(dir, 'content/visitor/2099-01-01/en.mdx'));
      edit(dir, 'content/employee/2099-01-01/nl.mdx', (text) =>
        text.replace('Om jouw salaris uit te betalen', 'Om jouw loon uit te betalen'),
      );
    });

    it('reports the missing and the out-of-date translation, with the one step that marks it up to date', () => {
      expect(started.status, started.output).toBe(0);
      const found = report(dir);
      expect(found).not.toContain('error');
      expect(found).toContain('content/visitor/2099-01-01/en.mdx: translation missing');
      expect(found).toContain('npm run translations -- mark content/employee/2099-01-01/en.mdx');
    });

    it("gives the keys the new language's interface texts lack as lines ready to fill in, with the English of each", () => {
      const complete = readFileSync(join(dir, 'content/strings/it.yaml'), 'utf8');
      edit(dir, 'content/strings/it.yaml', (text) =>
        text.replace(/^search\.title: .*\n/m, '').replace(/^toc\.title: .*\n/m, ''),
      );
      expect(report(dir)).toContain(
        '\u2716 error: content/strings/it.yaml: the language "it" has no interface text for 2 keys: the project has no texts in "it". Ready to fill in, with the English of each as a comment:\n    # Contents\n    toc.title: ""\n    # Search\n    search.title: ""\n  How to fix: add these lines to content/strings/it.yaml and write each text in the language (docs/adopting.md, "Interface texts")',
      );
      // A text that depends on a number: a line for each form Italian counts with (one, many, other).
      edit(dir, 'content/strings/it.yaml', (text) =>
        text.replace(/^search\.count:\n(?: .*\n)+/m, ''),
      );
      expect(report(dir)).toContain(
        '\n    search.count:\n      one: ""\n      many: ""\n      other: ""\n',
      );
      writeFileSync(join(dir, 'content/strings/it.yaml'), complete);
    });

    it('builds with no code change, once the version is announced and sealed', async () => {
      edit(dir, 'content/versions.yaml', (text) =>
        text.replace(
          /(date: 2099-01-01\n\s+provenance: original\n\s+material: true\n)/,
          '$1  announced: 2025-06-01\n',
        ),
      );
      expect(runScript(dir, 'seal', ['2099-01-01']).status).toBe(0);
      const { ok, report: built } = await buildSite(dir);
      expect(ok, built).toBe(true);
    });

    it("has the new language's routes and switch, with the binding text where no translation is", () => {
      expect(visibleText(readPage(site, 'it'))).toContain('Chi sei?');
      const employee = readPage(site, 'it/employee-it');
      expect(select('html', employee)?.properties.lang).toBe('it');
      expect(select('section.audience[lang="nl"]', employee)).toBeDefined();
      // Its "in short" rows quote the Dutch text, marked as Dutch; the interface's words in them stay Italian.
      const row = select('.in-short tbody tr:not(.facts-table__group)', employee)!;
      expect(row.properties.lang).toBe('nl');
      expect(selectAll('.facts-table__label', row).map((label) => label.properties.lang)).toEqual([
        'it',
        'it',
      ]);
      expect(visibleText(readPage(site, 'nl/medewerker'), '.language-switch')).toContain(
        'Italiano',
      );
      expect(
        select(
          '.language-switch a[hreflang="it"]',
          readPage(site, 'nl/versies/2020-01-06/medewerker'),
        )?.properties.href,
      ).toBe('/it/versioni/2020-01-06/employee-it/');
    });

    it('has the new audience from the version it joins: no page before it, the comparison shows it added', () => {
      expect(visibleText(readPage(site, 'nl/versies/2099-01-01/vrijwilliger'))).toContain(
        'Om je inzet te plannen',
      );
      expect(() => readPage(site, 'nl/versies/2023-09-27/vrijwilliger')).toThrow();
      expect(
        visibleText(readPage(site, 'nl/wijzigingen/2023-09-27/2099-01-01/vrijwilliger'), '.diff'),
      ).toContain('Ik ben vrijwilliger');
      // A row of "In het kort" whose passage states no purpose says so, and still links to it.
      const page = readPage(site, 'nl/versies/2099-01-01/vrijwilliger');
      const cell = (row: Element, selector: string) =>
        selectAll(selector, row).map(textOf).join(' ');
      const rows = selectAll('.in-short tbody tr', page);
      const photo = rows.find((row) => cell(row, 'td').includes('1 jaar'))!;
      expect(cell(photo, 'th')).toBe('niet genoemd Lees de zin');
      expect(
        visibleText(page, `[id="${String(select('th a', photo)?.properties.href).slice(1)}"]`),
      ).toBe('Je foto bewaren wij 1 jaar.');
      const planning = rows.find((row) => cell(row, 'td').includes('zolang je vrijwilliger bent'))!;
      expect(cell(planning, 'th a')).toBe('Om je inzet te plannen');
      // Until that version takes effect, readers of today cannot choose it.
      expect(visibleText(readPage(site, 'nl'))).not.toContain('Vrijwilliger');
    });

    it("shows the binding text for the missing and the stale translation, with a notice in the reader's language", () => {
      const visitor = readPage(site, 'en/versions/2099-01-01/visitor');
      expect(select('section.audience[lang="nl"]', visitor)).toBeDefined();
      expect(visibleText(visitor, 'section.audience')).toContain(
        'This part has not been translated yet. The Dutch text is shown below.',
      );
      expect(
        visibleText(readPage(site, 'en/versions/2099-01-01/employee'), 'section.audience'),
      ).toContain('Om jouw loon uit te betalen');
    });

    it('exports the binding text where the translation falls back, saying in which language it is', () => {
      const exported = JSON.parse(
        readFileSync(join(site, 'en/versions/2099-01-01.json'), 'utf8'),
      ) as {
        locale: string;
        sections: {
          audience: string | null;
          lang: string;
          heading: string;
          content: { text: string }[];
        }[];
      };
      expect(exported.locale).toBe('en');
      const byAudience = (audience: string) =>
        exported.sections.filter((section) => section.audience === audience);
      expect(byAudience('visitor').map((section) => section.lang)).toEqual(
        byAudience('visitor').map(() => 'nl'),
      );
      expect(
        byAudience('employee')
          .flatMap((section) => section.content.map((item) => item.text))
          .join(' '),
      ).toContain('Om jouw loon uit te betalen');
      expect(new Set(byAudience('job-seeker').map((section) => section.lang))).toEqual(
        new Set(['en']),
      );
      expect(
        exported.sections
          .filter((section) => section.audience === null)
          .every((section) => section.lang === 'en'),
      ).toBe(true);
    });

    it('compares a part whose translation is out of date in the binding language on both sides: one word changed, not every word', () => {
      const comparison = readFileSync(
        join(site, 'en/changes/2023-09-27/2099-01-01/employee/index.html'),
        'utf8',
      );
      expect(comparison).toMatch(
        /<div class="diff-change diff-change--changed" id="change-1">[^]*?<li class="diff-block diff-block--list-item" lang="nl">[^]*?<del>(?:<span[^>]*>[^<]*<\/span>)?salaris(?:<span[^>]*>[^<]*<\/span>)?<\/del><ins>(?:<span[^>]*>[^<]*<\/span>)?loon/,
      );
      expect(comparison).not.toMatch(/diff-change--(added|removed)/);
    });

    it('is current again after the documented mark step, a correction of the published version, and the audience is required in every later version', () => {
      expect(
        runScript(dir, 'translations', ['mark', 'content/employee/2099-01-01/en.mdx']).status,
      ).toBe(0);
      // The version is published (announced): marking its translation changes a sealed file.
      expect(report(dir)).toContain(
        'content/employee/2099-01-01/en.mdx: this file was changed after version 2099-01-01 was published and sealed',
      );
      edit(dir, 'content/versions.yaml', (text) =>
        text.replace(
          /(date: 2099-01-01\n)/,
          '$1  corrections:\n    - date: 2025-06-01\n      reason: { nl: Engelse vertaling bijgewerkt., en: English translation brought up to date., it: Traduzione inglese aggiornata. }\n',
        ),
      );
      expect(runScript(dir, 'seal', ['2099-01-01']).status).toBe(0);
      expect(report(dir)).not.toContain('content/employee/2099-01-01/en.mdx');
      for (const part of ['general', 'visitor', 'client-contact', 'job-seeker', 'employee'])
        cpSync(join(dir, `content/${part}/2099-01-01`), join(dir, `content/${part}/2099-06-01`), {
          recursive: true,
        });
      edit(
        dir,
        'content/versions.yaml',
        (text) =>
          `${text}\n- date: 2099-06-01\n  provenance: original\n  material: false\n  summary: { nl: x, en: x }\n`,
      );
      expect(report(dir)).toContain(
        'content/volunteer/2099-06-01/nl.mdx: the audience "volunteer" is in version 2099-01-01 and later versions, but this file of version 2099-06-01 is missing',
      );
    });
  },
);
