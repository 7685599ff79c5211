// The mistakes an editor makes, each as one small change to a copy of the project: npm run check
// and npm run build both name the file and the problem and say how to fix it, without a stack
// trace, and the published dist/ stays byte for byte as it was.
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/build/build-site.ts';
import { runScript } from '../../harness/project-copy.ts';
import { CLINIC, edit, publish, scenario, STACK_TRACE, treeHash } from '../../helpers/copies.ts';
import { builtSite } from '../../helpers/sites.ts';

const FIXTURE = CLINIC;
const STAFF = 'content/staff/2025-04-01/de.mdx';
const GENERAL = 'content/general/2025-04-01/de.mdx';
const VERSIONS = 'content/versions.yaml';
const ORGANIZATION = 'content/organization.yaml';
const SITE = 'content/site.yaml';
const SEARCH = 'content/search.yaml';
/** An audience for site.yaml, in every language of the clinic. */
const VOLUNTEER = `  - id: volunteer
    name: { de: Ehrenamtliche, en: Volunteer, fr: Bénévole }
    readers: { de: Ehrenamtliche, en: volunteers, fr: les bénévoles }
    description: { de: Sie helfen ehrenamtlich., en: You volunteer., fr: Vous êtes bénévole. }
    slug: { de: ehrenamtliche, en: volunteers, fr: benevoles }
`;
const ENTRY = (date: string) =>
  `\n- date: ${date}\n  provenance: original\n  material: false\n  summary: { de: x, en: x, fr: x }\n`;

interface Mistake {
  name: string;
  make: (dir: string) => void;
  /** The problem as the report gives it, word for word: its place, what is wrong, the fix. */
  report: { file: string; message: string; fix: string };
}

const MISTAKES: Mistake[] = [
  {
    name: 'invalid YAML',
    make: (d) =>
      edit(d, ORGANIZATION, (t) => t.replace('city: Freiburg im Breisgau', 'city: [Freiburg')),
    report: {
      file: 'content/organization.yaml:10:3',
      message:
        'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      fix: 'correct the YAML at the line shown (indentation, a missing colon, or a value that needs quotes)',
    },
  },
  {
    name: 'unknown header key',
    make: (d) => edit(d, STAFF, (t) => t.replace('title:', 'titel: x\ntitle:')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:2',
      message: 'header: unknown field "titel": remove it or correct the spelling',
      fix: 'the header has title: (required) and, in translations only, translation: (written by npm run translations -- mark)',
    },
  },
  {
    name: 'wrong type',
    make: (d) => edit(d, VERSIONS, (t) => t.replace('material: true', 'material: ja')),
    report: {
      file: 'content/versions.yaml:7',
      message: 'the 1st version (2024-03-01), material: write true or false (found "ja")',
      fix: 'correct the entry as described; see docs/editing.md, "Versions"',
    },
  },
  {
    name: 'impossible date',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('2026-02-30')),
    report: {
      file: 'content/versions.yaml:34',
      message:
        'the 3rd version (2026-02-30), date: expected a real date written as YYYY-MM-DD (e.g. 2023-09-27) (found "2026-02-30")',
      fix: 'correct the entry as described; see docs/editing.md, "Versions"',
    },
  },
  {
    name: 'date written the German way',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('01.01.2026')),
    report: {
      file: 'content/versions.yaml:34',
      message:
        'the 3rd version (01.01.2026), date: expected a real date written as YYYY-MM-DD (e.g. 2023-09-27) (found "01.01.2026")',
      fix: 'correct the entry as described; see docs/editing.md, "Versions"',
    },
  },
  {
    name: 'version folder without an entry',
    make: (d) =>
      cpSync(join(d, 'content/patient/2025-04-01'), join(d, 'content/patient/2026-05-01'), {
        recursive: true,
      }),
    report: {
      file: 'content/patient/2026-05-01/',
      message: 'version 2026-05-01 has a folder but no entry in content/versions.yaml',
      fix: 'add an entry with date: 2026-05-01 to content/versions.yaml, or remove the folder',
    },
  },
  {
    name: 'entry without folders',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('2026-05-01')),
    report: {
      file: 'content/general/2026-05-01/de.mdx',
      message: 'version 2026-05-01 is listed in content/versions.yaml but this file is missing',
      fix: 'create it (npm run new-version copies a whole version), or remove the version from content/versions.yaml',
    },
  },
  {
    name: 'folder of an audience site.yaml does not have',
    make: (d) =>
      cpSync(join(d, 'content/patient'), join(d, 'content/patients'), { recursive: true }),
    report: {
      file: 'content/patients/',
      message:
        'the folder "patients" is not a part of the statement: content/site.yaml has no audience "patients"',
      fix: 'statement parts go in content/general/, content/patient/, content/companion/, content/staff/. Rename the folder, or add the audience to content/site.yaml (audiences)',
    },
  },
  {
    name: 'an audience of site.yaml with no text in any version',
    make: (d) => edit(d, SITE, (t) => t.replace('  - id: staff\n', `${VOLUNTEER}  - id: staff\n`)),
    report: {
      file: 'content/volunteer/2025-04-01/de.mdx',
      message:
        'the audience "volunteer" of content/site.yaml has no text in any version: this file is missing',
      fix: 'write the audience\'s part in it (its title, then the text), or remove the audience "volunteer" from content/site.yaml',
    },
  },
  {
    name: "an audience's folder with translations and no binding text",
    make: (d) => {
      edit(d, SITE, (t) => t.replace('  - id: staff\n', `${VOLUNTEER}  - id: staff\n`));
      mkdirSync(join(d, 'content/volunteer/2025-04-01'), { recursive: true });
      cpSync(
        join(d, 'content/staff/2025-04-01/en.mdx'),
        join(d, 'content/volunteer/2025-04-01/en.mdx'),
      );
    },
    report: {
      file: 'content/volunteer/2025-04-01/de.mdx',
      message:
        'the folder of the audience "volunteer" in version 2025-04-01 has no binding text: this file is missing',
      fix: "write the audience's part in it (its title, then the text), or remove the folder content/volunteer/2025-04-01/",
    },
  },
  {
    name: 'a name for the document that the project has no texts for',
    make: (d) =>
      edit(d, SITE, (t) =>
        t.replace('    binding: true\n', '    binding: true\n    document: Datenschutzhinweise\n'),
      ),
    report: {
      file: 'content/site.yaml:10',
      message:
        'the language "de" calls the document "Datenschutzhinweise", a name the project has no de texts for (it knows "Datenschutzerklärung", "Datenschutzinformation")',
      fix: 'use one of those names, or give every form the texts need under document: Document (as a title: "Datenschutzinformation"); TheDocument (nominative, at the start of a sentence: "Die Datenschutzinformation"); theDocument (nominative or accusative: "die Datenschutzinformation"); theDocumentDative (dative: "der Datenschutzinformation"); theDocumentGenitive (genitive: "der Datenschutzinformation"); thisDocumentDative (dative: "dieser Datenschutzinformation"); TheFullDocument (nominative, at the start of a sentence: "Die vollständige Datenschutzinformation"); theFullDocument (accusative: "die vollständige Datenschutzinformation"); theFullDocumentDative (dative: "der vollständigen Datenschutzinformation"); NewDocument (nominative, at the start of a sentence: "Neue Datenschutzinformation"); fileName (a file name, letters and hyphens: "datenschutzinformation")',
    },
  },
  {
    name: 'file in a language the site does not have',
    make: (d) => cpSync(join(d, STAFF), join(d, 'content/staff/2025-04-01/it.mdx')),
    report: {
      file: 'content/staff/2025-04-01/it.mdx',
      message:
        'not a statement file: expected <language>.mdx with a language of this site (de, en, fr)',
      fix: 'rename it (e.g. de.mdx), or add the language to content/site.yaml',
    },
  },
  {
    name: 'MDX syntax error',
    make: (d) => edit(d, STAFF, (t) => t.replace('#### ', '#### <Email ')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:7:22',
      message: 'a tag is started with < but never finished with >',
      fix: 'finish the tag: <Purpose>…</Purpose>, or <Email /> for one that stands alone',
    },
  },
  {
    name: 'unknown component',
    make: (d) => edit(d, GENERAL, (t) => t.replace('<Phone />', '<Telefon />')),
    report: {
      file: 'content/general/2025-04-01/de.mdx:44:115',
      message: 'unknown component <Telefon>',
      fix: 'use one of <Audiences>, <Organization>, <Email>, <Phone>, <Purpose>, <Recipients>, <Retention>, <Right> (docs/editing.md, "What a statement file may contain")',
    },
  },
  {
    name: 'empty file',
    make: (d) => writeFileSync(join(d, 'content/patient/2025-04-01/en.mdx'), ''),
    report: {
      file: 'content/patient/2025-04-01/en.mdx',
      message: 'the file is empty',
      fix: 'write the text of this part, starting with a header: ---, title: ..., ---',
    },
  },
  {
    name: 'section twice',
    make: (d) => edit(d, STAFF, (t) => `${t}\n#### Bewerbung\n\nNoch etwas.\n`),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:18',
      message: 'the section "Bewerbung" appears twice',
      fix: 'merge the two sections, or give one a different heading',
    },
  },
  {
    name: 'version twice',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('2025-04-01')),
    report: {
      file: 'content/versions.yaml:34',
      message:
        'the 3rd version (2025-04-01), date: version 2025-04-01 is listed twice; each date may appear once (found "2025-04-01")',
      fix: 'correct the entry as described; see docs/editing.md, "Versions"',
    },
  },
  {
    name: 'invalid email',
    make: (d) => edit(d, ORGANIZATION, (t) => t.replace(/^email: (\S+)@/m, 'email: $1.')),
    report: {
      file: 'content/organization.yaml:11',
      message:
        'email: expected an email address such as "privacy@example.org" (found "datenschutz.praxisklinik-stadtpark.example")',
      fix: 'correct the field as described; see docs/editing.md, "Contact details"',
    },
  },
  {
    name: 'postcode of another country',
    make: (d) =>
      edit(d, ORGANIZATION, (t) => t.replace(/postalCode: "?79098"?/, 'postalCode: "7201CA"')),
    report: {
      file: 'content/organization.yaml:8',
      message: 'address.postalCode: "7201CA" is not a postcode of Germany (found "7201CA")',
      fix: 'correct the field as described; see docs/editing.md, "Contact details"',
    },
  },
  {
    name: 'phone in words',
    make: (d) => edit(d, ORGANIZATION, (t) => t.replace(/^phone: .*$/m, 'phone: "ruf uns an"')),
    report: {
      file: 'content/organization.yaml:13',
      message:
        'phone: expected a phone number written with digits, e.g. "0575-123456" or "+49 30 1234567" (found "ruf uns an")',
      fix: 'correct the field as described; see docs/editing.md, "Contact details"',
    },
  },
  {
    name: 'no <Audiences />',
    make: (d) => edit(d, GENERAL, (t) => t.replace('<Audiences />', '')),
    report: {
      file: 'content/general/2025-04-01/de.mdx',
      message: 'the general sections do not say where the audience sections go',
      fix: 'put <Audiences /> once, on its own line, under the heading where the sections per audience belong',
    },
  },
  {
    name: 'changed sealed version',
    make: (d) =>
      edit(d, 'content/staff/2024-03-01/de.mdx', (t) => t.replace('3 Monate', '4 Monate')),
    report: {
      file: 'content/staff/2024-03-01/de.mdx',
      message:
        'this file was changed after version 2024-03-01 was published and sealed; a published version may not change',
      fix: 'undo the change (git checkout -- content/staff/2024-03-01/de.mdx). To change the statement, start a new version: npm run new-version -- YYYY-MM-DD. To mend an error in the published text, add a correction (date and reason) to version 2024-03-01 in content/versions.yaml and run npm run seal -- 2024-03-01.',
    },
  },
  {
    name: 'retention word not in site.yaml',
    make: (d) => edit(d, STAFF, (t) => t.replace('from="contract-end"', 'from="retirement"')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:14:195',
      message:
        '<Retention> attributes: from: expected one of unstated, last-treatment, contract-end (site.yaml, retention.starts) (found "retirement")',
      fix: 'see docs/editing.md, "What a statement file may contain"; <Retention>: marks the words that say how long data is kept: period="P7Y" from="..." [upTo], until="...", or relevant',
    },
  },
  {
    name: 'translation of another shape',
    make: (d) => edit(d, 'content/staff/2025-04-01/en.mdx', (t) => t.replace(/\n- /, '\n\n')),
    report: {
      file: 'content/staff/2025-04-01/en.mdx:12',
      message:
        'the translation differs in structure from content/staff/2025-04-01/de.mdx: the German has a list item here (its line 9), "Um Ihre Bewerbung zu prüfen, nutzen wir ein …", where the English has a paragraph: "To assess your application, we use an application …"',
      fix: 'give the translation the same headings, paragraphs, list items and marks, in the same order, as content/staff/2025-04-01/de.mdx; then run npm run translations -- mark content/staff/2025-04-01/en.mdx',
    },
  },
  {
    name: 'audience without a name in one language',
    make: (d) => edit(d, SITE, (t) => t.replace(/(name: \{[^}]*), fr: [^}]*\}/, '$1 }')),
    report: {
      file: 'content/site.yaml:19',
      message: 'the 1st audience (patient), name: missing the language(s) "fr"',
      fix: 'correct the value as described; see docs/adopting.md, "content/site.yaml"',
    },
  },
  {
    name: 'a site address with a query',
    make: (d) =>
      edit(
        d,
        SITE,
        (t) => `${t}url: https://www.praxisklinik-stadtpark.example/datenschutz/?sprache=de\n`,
      ),
    report: {
      file: 'content/site.yaml:60',
      message:
        'the site cannot be published at "https://www.praxisklinik-stadtpark.example/datenschutz/?sprache=de": it has a query (?sprache=de), and a static site cannot be published under one',
      fix: 'leave it out; a folder of the host is written as a path: https://www.praxisklinik-stadtpark.example/datenschutz/',
    },
  },
  {
    name: 'two binding languages',
    make: (d) =>
      edit(d, SITE, (t) => t.replace(/(code: en[\s\S]*?intl: en-GB)/, '$1\n    binding: true')),
    report: {
      file: 'content/site.yaml:6',
      message: 'languages: exactly one language must have binding: true (found 2)',
      fix: 'correct the value as described; see docs/adopting.md, "content/site.yaml"',
    },
  },
  {
    name: 'a longer retention in a version marked not material',
    make: (d) =>
      edit(d, VERSIONS, (t) =>
        t.replace(
          /(date: 2025-04-01\n\s+provenance: original\n\s+)material: true/,
          '$1material: false',
        ),
      ),
    report: {
      file: 'content/versions.yaml:15',
      message:
        'the 2nd version (2025-04-01) is marked material: false, but changes what matters to readers since 2024-03-01:\n    - a new retention period for "a processing whose purpose is not stated": "höchstens 30 Tage" (content/patient/2025-04-01/de.mdx:19)\n    - a new recipient for "a processing whose purpose is not stated": "einen zertifizierten Videodienstanbieter" (content/patient/2025-04-01/de.mdx:19)\n    - a new recipient for "Zur Abklärung und Weiterbehandlung": "ein von uns beauftragtes Labor" (content/patient/2025-04-01/de.mdx:10)\n    - a longer retention for "damit wir uns gegen Ansprüche nach dem Allgemeinen Gleichbehandlungsgesetz verteidigen können": "3 Monate" became "6 Monate" (content/staff/2025-04-01/de.mdx:10)',
      fix: 'set material: true for the 2nd version (2025-04-01) (and announce it in time), or change the text so that it does not do this',
    },
  },
  {
    name: 'a retention whose words stay while its mark changes, in a version marked not material',
    make: (d) => {
      edit(d, VERSIONS, (t) =>
        t.replace(
          /(date: 2025-04-01\n\s+provenance: original\n\s+)material: true/,
          '$1material: false',
        ),
      );
      edit(d, STAFF, (t) =>
        t.replace(
          '<Retention period="P6Y">6 Jahre</Retention>',
          '<Retention period="P6Y" from="contract-end">6 Jahre</Retention>',
        ),
      );
    },
    report: {
      file: 'content/versions.yaml:15',
      message:
        'the 2nd version (2025-04-01) is marked material: false, but changes what matters to readers since 2024-03-01:\n    - a new retention period for "a processing whose purpose is not stated": "höchstens 30 Tage" (content/patient/2025-04-01/de.mdx:19)\n    - a new recipient for "a processing whose purpose is not stated": "einen zertifizierten Videodienstanbieter" (content/patient/2025-04-01/de.mdx:19)\n    - a new recipient for "Zur Abklärung und Weiterbehandlung": "ein von uns beauftragtes Labor" (content/patient/2025-04-01/de.mdx:10)\n    - a longer retention for "damit wir uns gegen Ansprüche nach dem Allgemeinen Gleichbehandlungsgesetz verteidigen können": "3 Monate" became "6 Monate" (content/staff/2025-04-01/de.mdx:10)\n    - a longer retention for "Für die Lohnabrechnung": "6 Jahre" became "6 Jahre" (the words are the same; the attributes of the mark changed) (content/staff/2025-04-01/de.mdx:15)',
      fix: 'set material: true for the 2nd version (2025-04-01) (and announce it in time), or change the text so that it does not do this',
    },
  },
  {
    name: 'search question answered by a passage that does not exist',
    make: (d) =>
      edit(d, SEARCH, (t) =>
        t.replace('answers: [staff-bewerbung-2]', 'answers: [staff-bewerbung-9]'),
      ),
    report: {
      file: 'content/search.yaml:24',
      message:
        'question "Was passiert mit meiner Bewerbung nach einer Absage?" (de) names "staff-bewerbung-9", not a passage of any version',
      fix: 'name the anchor of a paragraph or list item (after # in its address on the site), or retention-<audience> for the retention schedule',
    },
  },
  {
    name: 'reader terms for a section that does not exist',
    make: (d) =>
      edit(d, SEARCH, (t) =>
        t.replace('sections: [companion-videokameras]', 'sections: [companion-kameras]'),
      ),
    report: {
      file: 'content/search.yaml:13',
      message:
        'terms.de[3] (Kamera, Videoüberwachung, Überwachungskamera…) describes section "companion-kameras", which is not an anchor of any version',
      fix: 'use the anchor of a heading or passage as it appears after # in the address on the site',
    },
  },
  {
    name: 'summary in a language the site does not have',
    make: (d) =>
      edit(d, VERSIONS, (t) =>
        t.replace('    fr: Première version', '    it: Prima versione.\n    fr: Première version'),
      ),
    report: {
      file: 'content/versions.yaml:11',
      message:
        'the summary of the 1st version (2024-03-01) has a text in "it", which is not a language of the site',
      fix: 'use the language codes of content/site.yaml (de, en, fr)',
    },
  },
  {
    name: 'correction without a reason in the binding language',
    make: (d) =>
      edit(d, VERSIONS, (t) =>
        t.replace(
          '- date: 2024-03-01\n',
          '- date: 2024-03-01\n  corrections:\n    - date: 2025-05-01\n      reason: { en: Typo. }\n',
        ),
      ),
    report: {
      file: 'content/versions.yaml:7',
      message:
        'the correction of 2025-05-01 to the 1st version (2024-03-01) gives no reason in "de", the binding language',
      fix: 'write the reason under reason: de: (readers of every language see it where theirs is missing)',
    },
  },
  {
    name: 'audience slug that is the address of another page',
    make: (d) => edit(d, SITE, (t) => t.replace('slug: { de: patienten,', 'slug: { de: suche,')),
    report: {
      file: 'content/site.yaml',
      message:
        'the audience "patient" has the slug "suche" in "de", which is the address of another page (route.search)',
      fix: 'give the audience another slug for "de" under slug:',
    },
  },
  {
    name: 'logo that runs a script',
    make: (d) =>
      writeFileSync(
        join(d, 'content/logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(1)"><script>alert(1)</script></svg>',
      ),
    report: {
      file: 'content/logo.svg',
      message: 'the SVG holds more than a drawing: an event handler (onLoad) on <svg>; <script>',
      fix: 'export it again as a plain SVG (for example with "Save as plain SVG" or svgo), or use a PNG',
    },
  },
  {
    name: 'logo file that is not there',
    make: (d) => edit(d, SITE, (t) => t.replace('logo: logo.svg', 'logo: logo.png')),
    report: {
      file: 'content/logo.png',
      message: 'content/site.yaml names this logo (brand.logo), but the file is missing',
      fix: 'put the logo at content/logo.png, or remove brand.logo from content/site.yaml',
    },
  },
  {
    name: 'a text that is not an interface text',
    make: (d) => {
      mkdirSync(join(d, 'content/strings'), { recursive: true });
      writeFileSync(join(d, 'content/strings/fr.yaml'), 'search.titel: "Chercher"\n');
    },
    report: {
      file: 'content/strings/fr.yaml:1',
      message: '"search.titel" is not an interface text',
      fix: 'check the spelling; the keys are those of src/i18n/strings/en.json',
    },
  },
  {
    name: 'component name misspelt',
    make: (d) =>
      edit(d, STAFF, (t) =>
        t
          .replace('<Purpose>Um Ihre', '<Purpse>Um Ihre')
          .replace('prüfen</Purpose>', 'prüfen</Purpse>'),
      ),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:9:3',
      message: 'unknown component <Purpse>: did you mean <Purpose>?',
      fix: 'write <Purpose> (marks the words that say why data is processed); the components are <Audiences>, <Organization>, <Email>, <Phone>, <Purpose>, <Recipients>, <Retention>, <Right>',
    },
  },
  {
    name: 'mark left open',
    make: (d) => edit(d, STAFF, (t) => t.replace('prüfen</Purpose>', 'prüfen')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:9:3',
      message: '<Purpose> is opened on line 9 but not closed before the end of its paragraph',
      fix: 'add </Purpose> right after the words it marks, in "Um Ihre Bewerbung zu prüfen, nutzen wir ein …"',
    },
  },
  {
    name: 'closing tag misspelt',
    make: (d) => edit(d, STAFF, (t) => t.replace('prüfen</Purpose>', 'prüfen</Purpse>')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:9:39',
      message: '</Purpse> does not close <Purpose> (line 9): the names differ',
      fix: 'write </Purpose>',
    },
  },
  {
    name: 'an HTML comment',
    make: (d) => edit(d, STAFF, (t) => t.replace('#### ', '<!-- zu prüfen -->\n\n#### ')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:7:2',
      message: 'an HTML comment (<!-- … -->): a statement file holds only the text readers read',
      fix: 'remove the comment (notes for editors belong in the commit message)',
    },
  },
  {
    name: 'retention period that says more than its words',
    make: (d) => edit(d, STAFF, (t) => t.replace('period="P6Y">6 Jahre', 'period="P7Y">6 Jahre')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:15:202',
      message: 'the words "6 Jahre" say 6 years, but period="P7Y" says 7 years',
      fix: 'make the two agree: period="P6Y" if the words are right (readers read the words; the summaries show the attribute)',
    },
  },
  {
    name: 'retention in words against its period',
    make: (d) =>
      edit(d, STAFF, (t) => t.replace('period="P6Y">6 Jahre', 'period="P6Y">sechs Monate')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:15:202',
      message: 'the words "sechs Monate" say 6 months, but period="P6Y" says 6 years',
      fix: 'make the two agree: period="P6M" if the words are right (readers read the words; the summaries show the attribute)',
    },
  },
  {
    name: 'a maximum without upTo',
    make: (d) =>
      edit(d, 'content/patient/2025-04-01/de.mdx', (t) =>
        t.replace('period="P30D" upTo>höchstens', 'period="P30D">höchstens'),
      ),
    report: {
      file: 'content/patient/2025-04-01/de.mdx:19:259',
      message:
        'the words "höchstens 30 Tage" say the period is a maximum, but the mark has no upTo',
      fix: 'add upTo to the mark: <Retention period="P30D" upTo>',
    },
  },
  {
    name: 'upTo where the words say no maximum',
    make: (d) =>
      edit(d, STAFF, (t) => t.replace('period="P6Y">6 Jahre', 'period="P6Y" upTo>6 Jahre')),
    report: {
      file: 'content/staff/2025-04-01/de.mdx:15:202',
      message:
        'the mark says upTo (at most), but its words "6 Jahre" do not say the period is a maximum',
      fix: 'remove upTo from the mark, or say in the words that it is a maximum',
    },
  },
  {
    name: 'a file of a published version deleted',
    make: (d) => rmSync(join(d, 'content/patient/2024-03-01/de.mdx')),
    report: {
      file: 'content/patient/2024-03-01/de.mdx',
      message:
        'this file was removed after version 2024-03-01 was published and sealed; a published version may not change',
      fix: 'restore it (git checkout -- content/patient/2024-03-01/de.mdx). To change the statement, start a new version: npm run new-version -- YYYY-MM-DD. To mend an error in the published text, add a correction (date and reason) to version 2024-03-01 in content/versions.yaml and run npm run seal -- 2024-03-01.',
    },
  },
];

const published = builtSite('secondOrganization');

describe.each(MISTAKES)('$name', ({ make, report: expected }) => {
  const dir = scenario({ content: FIXTURE });
  const before = publish(dir, published);
  make(dir);
  // What npm run build runs, in this process; the command itself is run in content-is-data.test.ts.
  const build = buildSite(dir);

  it('fails the build naming the file and the problem, leaving dist/ byte for byte', async () => {
    const { ok, report } = await build;
    expect(ok, report).toBe(false);
    expect(report).toContain(
      `\u2716 error: ${expected.file}: ${expected.message}\n  How to fix: ${expected.fix}`,
    );
    expect(report).not.toMatch(STACK_TRACE);
    expect(treeHash(join(dir, 'dist'))).toBe(before);
  });
});

describe('npm run check', () => {
  it('lists a misspelt component, a retention mark against its words, a notice period too short and a wrong e-mail address in one run, each with file, line and fix, sorted by file and line, in plain text', () => {
    const dir = scenario({ content: FIXTURE });
    expect(runScript(dir, 'new-version', ['2025-06-11']).status).toBe(0);
    edit(dir, VERSIONS, (t) =>
      t.replace(
        /(- date: 2025-06-11\n\s+provenance: original\n\s+material: true\n)\s+summary:[\s\S]*$/,
        '$1  announced: 2025-06-01\n  summary: { de: Neu., en: New., fr: Nouveau. }\n',
      ),
    );
    edit(dir, 'content/staff/2025-06-11/de.mdx', (t) =>
      t
        .replace('<Purpose>Um Ihre', '<Purpse>Um Ihre')
        .replace('prüfen</Purpose>', 'prüfen</Purpse>')
        .replace('period="P6Y">6 Jahre', 'period="P7Y">6 Jahre'),
    );
    edit(dir, ORGANIZATION, (t) => t.replace(/^email: (\S+)@/m, 'email: $1.'));
    const check = runScript(dir, 'check');
    expect(check.status).toBe(1);
    const expected = [
      // Announced for readers, so sealed before it is on the site: one more problem of its own.
      '\u2716 error: content/*/2025-06-11/: version 2025-06-11 is announced (on 2025-06-01) and so on the site, but not sealed, so it could change without a trace',
      '\u2716 error: content/organization.yaml:11: email: expected an email address such as "privacy@example.org" (found "datenschutz.praxisklinik-stadtpark.example")\n  How to fix: correct the field as described; see docs/editing.md, "Contact details"',
      '\u2716 error: content/staff/2025-06-11/de.mdx:9:3: unknown component <Purpse>: did you mean <Purpose>?\n  How to fix: write <Purpose> (marks the words that say why data is processed); the components are <Audiences>, <Organization>, <Email>, <Phone>, <Purpose>, <Recipients>, <Retention>, <Right>',
      '\u2716 error: content/staff/2025-06-11/de.mdx:15:202: the words "6 Jahre" say 6 years, but period="P7Y" says 7 years\n  How to fix: make the two agree: period="P6Y" if the words are right (readers read the words; the summaries show the attribute)',
      '\u2716 error: content/versions.yaml:37: the 3rd version (2025-06-11) is material and announced on 2025-06-01, 10 days before it takes effect; material changes are announced at least 42 days ahead (content/site.yaml, notice.materialChangeDays)\n  How to fix: announce it on or before 2025-04-30, or move its date to 2025-07-13 or later',
    ];
    for (const problem of expected) expect(check.output).toContain(problem);
    // In the order of their files and lines, each once.
    const places = expected.map((problem) => check.output.indexOf(problem));
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(check.output.split(expected[2]!).length).toBe(2);
    expect(check.output).toContain('5 errors, ');
    // Not a terminal: no colour codes, no log lines of tools, no stack trace.
    expect(check.output).not.toMatch(/\u001b\[/);
    expect(check.output).not.toMatch(/\[(vite|content|types)\]|astro/i);
    expect(check.output).not.toMatch(STACK_TRACE);
  });
});
