// The interface texts of a language: the project's for its tag or else its language, in the
// register and with the document's name the organisation chose, under the organisation's own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInterfaceTexts } from '../../src/i18n/read-interface-texts.ts';
import type { ContentProblem } from '../../src/problems/content-problem.ts';
import { testSite } from '../helpers/site-config.ts';

const root = mkdtempSync(join(tmpdir(), 'privacy-statement-texts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The texts of a site of these languages, with the organisation's own files. */
function texts(languages: Record<string, unknown>[], own: Record<string, string> = {}) {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/strings'), { recursive: true });
  for (const [code, yaml] of Object.entries(own))
    writeFileSync(join(root, `content/strings/${code}.yaml`), yaml);
  const site = testSite({
    languages,
    audiences: [
      {
        id: 'patient',
        name: Object.fromEntries(languages.map(({ code }) => [code, 'x'])),
        readers: Object.fromEntries(languages.map(({ code }) => [code, 'x'])),
        description: Object.fromEntries(languages.map(({ code }) => [code, 'x'])),
        slug: Object.fromEntries(languages.map(({ code }) => [code, 'patient'])),
      },
    ],
    retention: { starts: [], events: [] },
  });
  const problems: ContentProblem[] = [];
  const strings = readInterfaceTexts(root, site, { scripts: 'any', locale: 'en' }, problems);
  return {
    strings,
    problems: problems.map((problem) => `${problem.file}: ${problem.message} | ${problem.fix}`),
  };
}

describe('the interface texts of a language', () => {
  it('fall back from a regional tag to its language, with the register and document name chosen', () => {
    const { strings, problems } = texts([
      {
        code: 'nl-BE',
        name: 'Nederlands',
        binding: true,
        register: 'formal',
        document: 'privacyverklaring',
      },
      { code: 'fr-BE', name: 'Français' },
      { code: 'de-CH', name: 'Deutsch', register: 'informal' },
    ]);
    expect(problems).toEqual([]);
    expect(strings['nl-BE']?.['home.title']).toBe('Wie bent u?');
    expect(strings['nl-BE']?.['site.title']).toBe('Privacyverklaring');
    expect(strings['nl-BE']?.['upcoming.notice']).toBe(
      'Per {date} geldt een nieuwe versie van deze privacyverklaring.',
    );
    expect(strings['fr-BE']?.['home.title']).toBe('Qui êtes-vous ?');
    expect(strings['fr-BE']?.['search.label']).toBe(
      'Rechercher dans la déclaration de confidentialité',
    );
    expect(strings['de-CH']?.['home.title']).toBe('Wer bist du?');
    expect(strings['de-CH']?.['changes.fullIntro']).toBe(
      'Alle Änderungen in der vollständigen Datenschutzerklärung.',
    );
  });

  it("write Swiss German as Switzerland does (no ß, Personendaten), and leave the organisation's own words", () => {
    const { strings } = texts(
      [
        { code: 'de-CH', name: 'Deutsch', binding: true },
        { code: 'de-DE', name: 'Deutsch (Deutschland)' },
      ],
      { 'de-CH': 'home.title: "Grüß Gott – wer sind Sie?"\n' },
    );
    expect(strings['de-CH']?.['rights.signature']).toMatch(/^Mit freundlichen Grüssen\n/);
    expect(strings['de-CH']?.['rights.access.subject']).toBe(
      'Antrag auf Auskunft über meine Personendaten',
    );
    expect(strings['de-CH']?.['site.description']).toBe(
      'Wie {organization} mit Ihren Personendaten umgeht.',
    );
    const { ['home.title']: own, ...project } = strings['de-CH']!;
    expect(JSON.stringify(project)).not.toMatch(/ß|personenbezogen/);
    expect(own).toBe('Grüß Gott – wer sind Sie?');
    expect(strings['de-DE']?.['rights.signature']).toMatch(/^Mit freundlichen Grüßen\n/);
  });

  it("take the organisation's own texts over the project's, one by one", () => {
    const { strings, problems } = texts([{ code: 'nl', name: 'Nederlands', binding: true }], {
      nl: 'home.title: "Voor wie is dit?"\nhome.more: "Meer over {thisDocument}"\n',
    });
    expect(problems).toEqual([]);
    expect(strings.nl?.['home.title']).toBe('Voor wie is dit?');
    expect(strings.nl?.['home.more']).toBe('Meer over dit privacy statement');
    expect(strings.nl?.['toc.title']).toBe('Inhoud');
  });

  it('say which document names the project knows, and which forms a name of its own needs', () => {
    expect(
      texts([{ code: 'nl', name: 'Nederlands', binding: true, document: 'privacybeleid' }])
        .problems,
    ).toEqual([
      'content/site.yaml: the language "nl" calls the document "privacybeleid", a name the project has no nl texts for (it knows "privacy statement", "privacyverklaring") | use one of those names, or give every form the texts need under document: Document (as a title: "Privacyverklaring"); theDocument (with its article: "de privacyverklaring"); thisDocument ("deze privacyverklaring"); TheFullDocument (at the start of a sentence: "De volledige privacyverklaring"); theFullDocument ("de volledige privacyverklaring"); NewDocument (at the start of a sentence: "Nieuwe privacyverklaring"); fileName (a file name, letters and hyphens: "privacyverklaring")',
    ]);
    const own = texts([
      {
        code: 'nl',
        name: 'Nederlands',
        binding: true,
        document: { Document: 'Privacybeleid', theDocument: 'het privacybeleid' },
      },
    ]);
    expect(own.problems).toEqual([
      'content/site.yaml: the document\'s name in "nl" lacks the forms thisDocument, TheFullDocument, theFullDocument, NewDocument, fileName | add under document: thisDocument ("deze privacyverklaring"); TheFullDocument (at the start of a sentence: "De volledige privacyverklaring"); theFullDocument ("de volledige privacyverklaring"); NewDocument (at the start of a sentence: "Nieuwe privacyverklaring"); fileName (a file name, letters and hyphens: "privacyverklaring")',
    ]);
    expect(own.strings.nl?.['search.label']).toBe('Zoek in het privacybeleid');
  });

  it('refuse a register the language does not have', () => {
    expect(
      texts([{ code: 'fr', name: 'Français', binding: true, register: 'informal' }]).problems,
    ).toEqual([
      'content/site.yaml: the language "fr" is to be informal, but the project\'s fr texts are only formal | remove register: from the language, or write the informal texts you need in content/strings/fr.yaml',
    ]);
  });
});
