// The editors' commands change only what they must: npm run new-version adds lines to
// content/versions.yaml and changes none; npm run seal writes one version's seal and leaves every
// other byte of content/seals.yaml; npm run translations -- mark sets one line of a header, and
// refuses a translation of another structure, saying where it differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../harness/project-copy.ts';
import { CLINIC, edit, scenario, STACK_TRACE } from '../../helpers/copies.ts';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('npm run new-version', () => {
  it('adds the new entry at the end of content/versions.yaml and changes no line of it', () => {
    const dir = scenario({ content: CLINIC });
    const before = read(dir, 'content/versions.yaml');
    expect(runScript(dir, 'new-version', ['2026-01-01']).status).toBe(0);
    const after = read(dir, 'content/versions.yaml');
    // Every byte of the file as it was, then the entry, in the file's own style (a blank line
    // between entries, two spaces of indentation).
    expect(after.slice(0, before.length)).toBe(before);
    expect(after.slice(before.length)).toBe(
      '\n- date: 2026-01-01\n  provenance: original\n  material: true\n  summary:\n    de: ""\n    en: ""\n    fr: ""\n',
    );
  });
});

describe('npm run seal', () => {
  it('writes the seal of one version where it belongs, and leaves every other byte of content/seals.yaml', () => {
    const dir = scenario({ content: CLINIC });
    const sealed = read(dir, 'content/seals.yaml');
    // Without the seal of 2024-03-01 (the first of two), sealing it again writes the file as it was.
    const start = sealed.indexOf('2024-03-01:');
    const end = sealed.indexOf('2025-04-01:');
    expect(start).toBeGreaterThan(0);
    writeFileSync(join(dir, 'content/seals.yaml'), sealed.slice(0, start) + sealed.slice(end));
    const seal = runScript(dir, 'seal', ['2024-03-01']);
    expect(seal.output).toContain('\u2714 Sealed version 2024-03-01');
    expect(read(dir, 'content/seals.yaml')).toBe(sealed);
  });
});

describe('npm run translations -- mark', () => {
  it('refuses a translation whose structure differs from its binding file, names where, and changes nothing', () => {
    const dir = scenario({ content: CLINIC });
    // A translator updates the English of a new version after the German changed, and leaves out
    // the second list item.
    expect(runScript(dir, 'new-version', ['2026-01-01']).status).toBe(0);
    const translation = 'content/staff/2026-01-01/en.mdx';
    edit(dir, 'content/staff/2026-01-01/de.mdx', (text) =>
      text.replace('Danach löschen wir sie.', 'Danach vernichten wir sie.'),
    );
    edit(dir, translation, (text) => text.replace(/\n- If we turn you down[^\n]*/, ''));
    const before = read(dir, translation);
    const mark = runScript(dir, 'translations', ['mark', translation]);
    expect(mark.status).toBe(1);
    expect(mark.output).toContain(
      '\u2716 error: content/staff/2026-01-01/en.mdx:13: the translation differs in structure from content/staff/2026-01-01/de.mdx: the German has a list item here (its line 10) that the English lacks: "Wenn wir Ihnen absagen, bewahren wir Ihre Bewerbungsunterlagen …"',
    );
    expect(mark.output).toContain(`\u2716 ${translation} was not marked.`);
    expect(mark.output).not.toMatch(STACK_TRACE);
    expect(read(dir, translation)).toBe(before);
  });

  it('records the binding file a translation translates by one line of its header, and nothing else', () => {
    const dir = scenario({ content: 'tests/fixtures/second-organization/content' });
    // A stale translation (its binding file changed) of a version still to come: a new version.
    expect(runScript(dir, 'new-version', ['2026-01-01']).status).toBe(0);
    const binding = 'content/staff/2026-01-01/de.mdx';
    const translation = 'content/staff/2026-01-01/en.mdx';
    edit(dir, binding, (text) =>
      text.replace('Danach löschen wir sie.', 'Danach vernichten wir sie.'),
    );
    const before = read(dir, translation);
    const mark = runScript(dir, 'translations', ['mark', translation]);
    expect(mark.status, mark.output).toBe(0);
    const after = read(dir, translation);
    const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^ {2}source: [0-9a-f]{64}$/);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  });
});
