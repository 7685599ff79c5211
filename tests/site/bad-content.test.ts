import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, run, TEST_SITE } from '../helpers/project.ts';

/** Each defect is one small change to a clean copy of the project, as an editor might make it. */
interface Defect {
  name: string;
  make: (dir: string) => void;
  /** The file the message must name. */
  file: string;
  /** What the message must say about the problem. */
  problem: RegExp;
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

const EMPLOYEE = 'content/employee/2023-09-27/nl.mdx';
const GENERAL = 'content/general/2023-09-27/nl.mdx';
const VERSIONS = 'content/versions.yaml';
const ORGANIZATION = 'content/organization.yaml';
const VERSION_ENTRY = (date: string) => `\n- date: ${date}\n  provenance: original\n  material: false\n  summary: { nl: x, en: x }\n`;

const DEFECTS: Defect[] = [
  { name: 'invalid YAML', make: (d) => edit(d, ORGANIZATION, (t) => t.replace('city: Zutphen', 'city: [Zutphen')), file: ORGANIZATION, problem: /invalid YAML/ },
  { name: 'unknown frontmatter key', make: (d) => edit(d, EMPLOYEE, (t) => t.replace('title:', 'titel: x\ntitle:')), file: EMPLOYEE, problem: /unknown field\(s\) "titel"/ },
  { name: 'wrong type', make: (d) => edit(d, VERSIONS, (t) => t.replace('material: true', 'material: yes please')), file: VERSIONS, problem: /material: .*expected boolean/ },
  { name: 'impossible date', make: (d) => appendFileSync(join(d, VERSIONS), VERSION_ENTRY('2023-02-30')), file: VERSIONS, problem: /expected a real date written as YYYY-MM-DD.*2023-02-30/ },
  { name: 'non-ISO date', make: (d) => appendFileSync(join(d, VERSIONS), VERSION_ENTRY('27-09-2024')), file: VERSIONS, problem: /expected a real date written as YYYY-MM-DD.*27-09-2024/ },
  {
    name: 'version folder without a versions.yaml entry',
    make: (d) => cpSync(join(d, 'content/visitor/2023-09-27'), join(d, 'content/visitor/2024-05-01'), { recursive: true }),
    file: 'content/visitor/2024-05-01/',
    problem: /version 2024-05-01 has a folder but no entry in content\/versions\.yaml/,
  },
  { name: 'versions.yaml entry without folders', make: (d) => appendFileSync(join(d, VERSIONS), VERSION_ENTRY('2024-05-01')), file: 'content/general/2024-05-01/nl.mdx', problem: /listed in content\/versions\.yaml but this file is missing/ },
  {
    name: 'unknown collection folder',
    make: (d) => cpSync(join(d, 'content/visitor'), join(d, 'content/visiter'), { recursive: true }),
    file: 'content/visiter/',
    problem: /unknown folder in content\//,
  },
  { name: 'unknown locale', make: (d) => cpSync(join(d, EMPLOYEE), join(d, 'content/employee/2023-09-27/de.mdx')), file: 'content/employee/2023-09-27/de.mdx', problem: /expected <locale>\.mdx with a locale of this site/ },
  { name: 'MDX syntax error', make: (d) => edit(d, EMPLOYEE, (t) => t.replace('#### Communicatie', '#### Communicatie <Email')), file: `${EMPLOYEE}:7:`, problem: /not valid MDX/ },
  { name: 'unknown component', make: (d) => edit(d, GENERAL, (t) => t.replace('<Phone />', '<Telefoon />')), file: GENERAL, problem: /unknown component <Telefoon>/ },
  { name: 'empty file', make: (d) => writeFileSync(join(d, 'content/visitor/2023-09-27/en.mdx'), ''), file: 'content/visitor/2023-09-27/en.mdx', problem: /the file is empty/ },
  { name: 'duplicate section', make: (d) => edit(d, EMPLOYEE, (t) => `${t}\n#### Communicatie\n\nNog iets.\n`), file: EMPLOYEE, problem: /the section "Communicatie" appears twice/ },
  { name: 'duplicate version', make: (d) => appendFileSync(join(d, VERSIONS), VERSION_ENTRY('2023-09-27')), file: VERSIONS, problem: /version 2023-09-27 is listed twice/ },
  { name: 'invalid email', make: (d) => edit(d, ORGANIZATION, (t) => t.replace('miro.cachet@planet.nl', 'miro.cachet.planet.nl')), file: ORGANIZATION, problem: /email: expected an email address/ },
  { name: 'invalid postcode', make: (d) => edit(d, ORGANIZATION, (t) => t.replace('"7201CA"', '"72011CA"')), file: ORGANIZATION, problem: /postalCode: expected a Dutch postcode/ },
  { name: 'invalid phone', make: (d) => edit(d, ORGANIZATION, (t) => t.replace('"0575-54420"', '"bel ons"')), file: ORGANIZATION, problem: /phone: expected a phone number written with digits/ },
  { name: 'general sections without <Audiences />', make: (d) => edit(d, GENERAL, (t) => t.replace('<Audiences />', '')), file: GENERAL, problem: /do not say where the audience sections go/ },
  { name: 'changed sealed version', make: (d) => edit(d, 'content/visitor/2020-01-06/nl.mdx', (t) => t.replace('12 maanden', '13 maanden')), file: 'content/visitor/2020-01-06/nl.mdx', problem: /changed after version 2020-01-06 was published and sealed/ },
];

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(dir, file)));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.each(DEFECTS)('$name', ({ make, file, problem }) => {
  const dir = makeFixture();
  fixtures.push(dir);
  // A good site published earlier, which a failed build must leave as it was.
  mkdirSync(join(dir, 'dist'));
  cpSync(TEST_SITE, join(dir, 'dist'), { recursive: true });
  const published = treeHash(join(dir, 'dist'));
  make(dir);

  it('fails npm run check, naming the file and the problem', () => {
    const result = run(process.execPath, ['scripts/check.ts', '--content'], dir);
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(file);
    expect(result.output).toMatch(problem);
    expect(result.output).toContain('How to fix:');
    expect(result.output).not.toMatch(/^\s+at .*\.(ts|js|mjs):\d+/m);
  });

  it('fails npm run build the same way and leaves the published dist/ byte for byte', () => {
    const result = run(process.execPath, ['scripts/build.ts'], dir);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(file);
    expect(result.output).toMatch(problem);
    expect(treeHash(join(dir, 'dist'))).toBe(published);
  });
});
