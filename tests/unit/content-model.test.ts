import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntryPath } from '../../src/lib/entry-path.ts';
import { loadYaml } from '../../src/lib/load-yaml.ts';
import { audiencesParentHeading } from '../../src/lib/statement-outline.ts';
import { validateUiStrings } from '../../src/lib/ui-strings.ts';
import { organizationSchema } from '../../src/schemas/organization.ts';
import { versionsSchema } from '../../src/schemas/versions.ts';
import nl from '../../src/i18n/strings/nl.json';

describe('parseEntryPath', () => {
  it('reads version and locale from the path', () => {
    expect(parseEntryPath('employee', '2023-09-27/nl.mdx', ['nl', 'en'])).toEqual({ version: '2023-09-27', locale: 'nl' });
  });
  it('rejects an impossible date, naming the file', () => {
    expect(() => parseEntryPath('employee', '2023-02-30/nl.mdx', ['nl'])).toThrow(
      /content\/employee\/2023-02-30\/nl\.mdx: the folder "2023-02-30" is not a version date/,
    );
  });
  it('rejects an unknown locale', () => {
    expect(() => parseEntryPath('visitor', '2023-09-27/de.mdx', ['nl', 'en'])).toThrow(/"de" is not a language of this site/);
  });
  it('rejects a file outside a version folder', () => {
    expect(() => parseEntryPath('visitor', 'nl.mdx', ['nl'])).toThrow(/must sit at content\/visitor\/<version>\/<locale>\.mdx/);
  });
});

function yamlFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
  writeFileSync(join(dir, 'file.yaml'), text);
  return dir;
}

describe('loadYaml', () => {
  it('names the file and the line of a YAML syntax error', () => {
    const dir = yamlFile('name: [unclosed\n');
    expect(() => loadYaml(dir, 'file.yaml', organizationSchema, 'fix it')).toThrow(/^file\.yaml: invalid YAML: .*at line \d+/s);
  });

  it('names the field, what was expected and what was found', () => {
    const dir = yamlFile('- date: 2023-02-30\n  provenance: original\n  material: true\n  summary: { nl: x }\n');
    expect(() => loadYaml(dir, 'file.yaml', versionsSchema, 'fix it')).toThrow(
      /file\.yaml: 0\.date: expected a real date written as YYYY-MM-DD .*\(found "2023-02-30"\)/,
    );
  });

  it('calls an unknown key what it usually is: a typo', () => {
    const dir = yamlFile('- date: 2023-09-27\n  provenance: original\n  materal: true\n  material: true\n  summary: { nl: x }\n');
    expect(() => loadYaml(dir, 'file.yaml', versionsSchema, 'fix it')).toThrow(/unknown field\(s\) "materal"/);
  });

  it('rejects a duplicate version', () => {
    const entry = '- date: 2023-09-27\n  provenance: original\n  material: true\n  summary: { nl: x }\n';
    const dir = yamlFile(entry + entry);
    expect(() => loadYaml(dir, 'file.yaml', versionsSchema, 'fix it')).toThrow(/version 2023-09-27 is listed twice/);
  });

  it('rejects an empty file', () => {
    expect(() => loadYaml(yamlFile('\n'), 'file.yaml', versionsSchema, 'fix it')).toThrow(/file\.yaml: the file is empty/);
  });
});

describe('organization schema', () => {
  it.each([
    ['email', { email: 'not-an-email' }, /email/],
    ['postcode', { address: { street: 'a', houseNumber: '1', postalCode: '0123 AB', city: 'x', country: 'NL' } }, /Dutch postcode/],
  ])('rejects a bad %s', (_, change, message) => {
    const valid = {
      name: 'x',
      address: { street: 'a', houseNumber: '1', postalCode: '7201CA', city: 'x', country: 'NL' },
      email: 'a@b.nl',
      phone: '0575-123456',
      supervisoryAuthority: { name: 'AP', url: 'https://autoriteitpersoonsgegevens.nl/' },
    };
    const result = organizationSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.message).toMatch(message);
  });
});

describe('audiencesParentHeading', () => {
  it('finds the heading that holds the audience sections', () => {
    expect(audiencesParentHeading('## Een\n\ntekst\n\n## Twee\n\n<Audiences />\n\n## Drie\n', 'g.mdx')).toBe('Twee');
  });
  it('explains a missing marker', () => {
    expect(() => audiencesParentHeading('## Een\n\ntekst\n', 'g.mdx')).toThrow(/g\.mdx: the general sections do not say where the audience sections go/);
  });
  it('explains a repeated marker', () => {
    expect(() => audiencesParentHeading('## Een\n\n<Audiences />\n\n<Audiences />\n', 'g.mdx')).toThrow(/appears 2 times/);
  });
});

describe('validateUiStrings', () => {
  it('accepts the Dutch strings', () => {
    expect(validateUiStrings('nl', 'nl.json', nl)['site.title']).toBe('Privacy statement');
  });
  it('names a missing key and the locale', () => {
    const { ['toc.title']: _, ...rest } = nl;
    expect(() => validateUiStrings('xx', 'src/i18n/strings/xx.json', rest)).toThrow(/missing key "toc\.title" in locale "xx"/);
  });
  it('names an extra key and the locale', () => {
    expect(() => validateUiStrings('xx', 'xx.json', { ...nl, 'toc.titel': 'x' })).toThrow(/unknown key "toc\.titel" in locale "xx"/);
  });
});
