// The mistakes an editor makes, each as one small change to a copy of the project: npm run check
// and npm run build both name the file and the problem and say how to fix it, without a stack
// trace, and the published dist/ stays byte for byte as it was.
import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
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
const ENTRY = (date: string) =>
  `\n- date: ${date}\n  provenance: original\n  material: false\n  summary: { de: x, en: x, fr: x }\n`;

interface Mistake {
  name: string;
  make: (dir: string) => void;
  /** The file the message must name, with its line where one is known. */
  file: string | RegExp;
  problem: RegExp;
}

const MISTAKES: Mistake[] = [
  {
    name: 'invalid YAML',
    make: (d) =>
      edit(d, ORGANIZATION, (t) => t.replace('city: Freiburg im Breisgau', 'city: [Freiburg')),
    file: /content\/organization\.yaml:\d+:\d+/,
    problem: /invalid YAML/,
  },
  {
    name: 'unknown header key',
    make: (d) => edit(d, STAFF, (t) => t.replace('title:', 'titel: x\ntitle:')),
    file: `${STAFF}:2`,
    problem: /unknown field\(s\) "titel"/,
  },
  {
    name: 'wrong type',
    make: (d) => edit(d, VERSIONS, (t) => t.replace('material: true', 'material: ja')),
    file: /content\/versions\.yaml:\d+/,
    problem: /material: .*expected boolean/,
  },
  {
    name: 'impossible date',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('2026-02-30')),
    file: /content\/versions\.yaml:\d+/,
    problem: /expected a real date written as YYYY-MM-DD.*2026-02-30/,
  },
  {
    name: 'date written the German way',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('01.01.2026')),
    file: /content\/versions\.yaml:\d+/,
    problem: /expected a real date written as YYYY-MM-DD.*01\.01\.2026/,
  },
  {
    name: 'version folder without an entry',
    make: (d) =>
      cpSync(join(d, 'content/patient/2025-04-01'), join(d, 'content/patient/2026-05-01'), {
        recursive: true,
      }),
    file: 'content/patient/2026-05-01/',
    problem: /version 2026-05-01 has a folder but no entry in content\/versions\.yaml/,
  },
  {
    name: 'entry without folders',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('2026-05-01')),
    file: 'content/general/2026-05-01/de.mdx',
    problem: /listed in content\/versions\.yaml but this file is missing/,
  },
  {
    name: 'folder of an audience site.yaml does not have',
    make: (d) =>
      cpSync(join(d, 'content/patient'), join(d, 'content/patients'), { recursive: true }),
    file: 'content/patients/',
    problem: /content\/site\.yaml has no audience "patients"/,
  },
  {
    name: 'file in a language the site does not have',
    make: (d) => cpSync(join(d, STAFF), join(d, 'content/staff/2025-04-01/it.mdx')),
    file: 'content/staff/2025-04-01/it.mdx',
    problem: /expected <language>\.mdx with a language of this site \(de, en, fr\)/,
  },
  {
    name: 'MDX syntax error',
    make: (d) => edit(d, STAFF, (t) => t.replace('#### ', '#### <Email ')),
    file: /content\/staff\/2025-04-01\/de\.mdx:\d+:\d+/,
    problem: /not valid MDX/,
  },
  {
    name: 'unknown component',
    make: (d) => edit(d, GENERAL, (t) => t.replace('<Phone />', '<Telefon />')),
    file: /content\/general\/2025-04-01\/de\.mdx:\d+:\d+/,
    problem: /unknown component <Telefon>/,
  },
  {
    name: 'empty file',
    make: (d) => writeFileSync(join(d, 'content/patient/2025-04-01/en.mdx'), ''),
    file: 'content/patient/2025-04-01/en.mdx',
    problem: /the file is empty/,
  },
  {
    name: 'section twice',
    make: (d) => edit(d, STAFF, (t) => `${t}\n#### Bewerbung\n\nNoch etwas.\n`),
    file: /content\/staff\/2025-04-01\/de\.mdx:\d+/,
    problem: /the section "Bewerbung" appears twice/,
  },
  {
    name: 'version twice',
    make: (d) => appendFileSync(join(d, VERSIONS), ENTRY('2025-04-01')),
    file: /content\/versions\.yaml:\d+/,
    problem: /version 2025-04-01 is listed twice/,
  },
  {
    name: 'invalid email',
    make: (d) => edit(d, ORGANIZATION, (t) => t.replace(/^email: (\S+)@/m, 'email: $1.')),
    file: /content\/organization\.yaml:\d+/,
    problem: /email: expected an email address/,
  },
  {
    name: 'postcode of another country',
    make: (d) =>
      edit(d, ORGANIZATION, (t) => t.replace(/postalCode: "?79098"?/, 'postalCode: "7201CA"')),
    file: /content\/organization\.yaml:\d+/,
    problem: /"7201CA" is not a postcode of Germany/,
  },
  {
    name: 'phone in words',
    make: (d) => edit(d, ORGANIZATION, (t) => t.replace(/^phone: .*$/m, 'phone: "ruf uns an"')),
    file: /content\/organization\.yaml:\d+/,
    problem: /phone: expected a phone number written with digits/,
  },
  {
    name: 'no <Audiences />',
    make: (d) => edit(d, GENERAL, (t) => t.replace('<Audiences />', '')),
    file: GENERAL,
    problem: /the general sections do not say where the audience sections go/,
  },
  {
    name: 'changed sealed version',
    make: (d) =>
      edit(d, 'content/staff/2024-03-01/de.mdx', (t) => t.replace('3 Monate', '4 Monate')),
    file: 'content/staff/2024-03-01/de.mdx',
    problem: /changed after version 2024-03-01 was published and sealed/,
  },
  {
    name: 'retention word not in site.yaml',
    make: (d) => edit(d, STAFF, (t) => t.replace('from="contract-end"', 'from="retirement"')),
    file: /content\/staff\/2025-04-01\/de\.mdx:\d+:\d+/,
    problem:
      /from: expected one of unstated, last-treatment, contract-end \(site\.yaml, retention\.starts\)/,
  },
  {
    name: 'translation of another shape',
    make: (d) => edit(d, 'content/staff/2025-04-01/en.mdx', (t) => t.replace(/\n- /, '\n\n')),
    file: /content\/staff\/2025-04-01\/en\.mdx:\d+/,
    problem: /the translation does not have the structure of content\/staff\/2025-04-01\/de\.mdx/,
  },
  {
    name: 'audience without a name in one language',
    make: (d) => edit(d, SITE, (t) => t.replace(/(name: \{[^}]*), fr: [^}]*\}/, '$1 }')),
    file: /content\/site\.yaml:\d+/,
    problem: /missing the language\(s\) "fr"/,
  },
  {
    name: 'two binding languages',
    make: (d) =>
      edit(d, SITE, (t) => t.replace(/(code: en[\s\S]*?intl: en-GB)/, '$1\n    binding: true')),
    file: /content\/site\.yaml:\d+/,
    problem: /exactly one language must have binding: true \(found 2\)/,
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
    file: 'content/versions.yaml',
    problem:
      /version 2025-04-01 is marked material: false, but changes what matters to readers since 2024-03-01:\n.*a longer retention for "[^"]+": "3 Monate" became "6 Monate" \(content\/staff\/2025-04-01\/de\.mdx:\d+\)/s,
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
    file: 'content/versions.yaml',
    problem:
      /a longer retention for "Für die Lohnabrechnung": "6 Jahre" became "6 Jahre" \(the words are the same; the attributes of the mark changed\) \(content\/staff\/2025-04-01\/de\.mdx:15\)/,
  },
  {
    name: 'search question answered by a passage that does not exist',
    make: (d) =>
      edit(d, SEARCH, (t) =>
        t.replace('answers: [staff-bewerbung-2]', 'answers: [staff-bewerbung-9]'),
      ),
    file: `${SEARCH}:24`,
    problem:
      /question "Was passiert mit meiner Bewerbung nach einer Absage\?" \(de\) names "staff-bewerbung-9", not a passage of any version/,
  },
  {
    name: 'reader terms for a section that does not exist',
    make: (d) =>
      edit(d, SEARCH, (t) =>
        t.replace('sections: [companion-videokameras]', 'sections: [companion-kameras]'),
      ),
    file: `${SEARCH}:13`,
    problem: /describes section "companion-kameras", which is not an anchor of any version/,
  },
  {
    name: 'summary in a language the site does not have',
    make: (d) =>
      edit(d, VERSIONS, (t) =>
        t.replace('    fr: Première version', '    it: Prima versione.\n    fr: Première version'),
      ),
    file: VERSIONS,
    problem:
      /the summary of version 2024-03-01 has a text in "it", which is not a language of the site/,
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
    file: VERSIONS,
    problem:
      /the correction of 2025-05-01 to version 2024-03-01 gives no reason in "de", the binding language/,
  },
  {
    name: 'audience slug that is the address of another page',
    make: (d) => edit(d, SITE, (t) => t.replace('slug: { de: patienten,', 'slug: { de: suche,')),
    file: SITE,
    problem:
      /the audience "patient" has the slug "suche" in "de", which is the address of another page \(route\.search\)/,
  },
  {
    name: 'logo that runs a script',
    make: (d) =>
      writeFileSync(
        join(d, 'content/logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(1)"><script>alert(1)</script></svg>',
      ),
    file: 'content/logo.svg',
    problem: /the SVG holds more than a drawing: an event handler \(onLoad\) on <svg>; <script>/,
  },
  {
    name: 'logo file that is not there',
    make: (d) => edit(d, SITE, (t) => t.replace('logo: logo.svg', 'logo: logo.png')),
    file: 'content/logo.png',
    problem: /content\/site\.yaml names this logo \(brand\.logo\), but the file is missing/,
  },
  {
    name: 'interface text missing for a language the project lacks',
    make: (d) => edit(d, 'content/strings/fr.yaml', (t) => t.replace(/^search\.title: .*\n/m, '')),
    file: 'content/strings/fr.yaml',
    problem: /the language "fr" has no interface text for 1 key\(s\): search\.title/,
  },
];

const published = builtSite('secondOrganization');

describe.each(MISTAKES)('$name', ({ make, file, problem }) => {
  const dir = scenario({ content: FIXTURE });
  const before = publish(dir, published);
  make(dir);
  // What npm run build runs, in this process; the command itself is run in content-is-data.test.ts.
  const build = buildSite(dir);

  it('fails the build naming the file and the problem, leaving dist/ byte for byte', async () => {
    const { ok, report } = await build;
    expect(ok, report).toBe(false);
    expect(report).toMatch(
      typeof file === 'string' ? new RegExp(file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) : file,
    );
    expect(report).toMatch(problem);
    expect(report).toContain('How to fix:');
    expect(report).not.toMatch(STACK_TRACE);
    expect(treeHash(join(dir, 'dist'))).toBe(before);
  });
});

describe('npm run check', () => {
  it('reports every problem at once, and exits 1', () => {
    const dir = scenario({ content: FIXTURE });
    MISTAKES.filter((mistake) =>
      ['unknown component', 'phone in words', 'section twice'].includes(mistake.name),
    ).forEach((mistake) => mistake.make(dir));
    const check = runScript(dir, 'check');
    expect(check.status).toBe(1);
    expect(check.output).toMatch(/unknown component <Telefon>/);
    expect(check.output).toMatch(/phone: expected a phone number written with digits/);
    expect(check.output).toMatch(/the section "Bewerbung" appears twice/);
    expect(check.output).not.toMatch(STACK_TRACE);
  });
});
