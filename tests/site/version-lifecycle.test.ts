import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, selectAll, visibleText } from '../helpers/html.ts';
import { makeFixture, run } from '../helpers/project.ts';

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function fixture(): string {
  const dir = makeFixture();
  fixtures.push(dir);
  return dir;
}
const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const script = (dir: string, name: string, args: string[] = [], env: Record<string, string> = {}) =>
  run(process.execPath, [`scripts/${name}.ts`, ...args], dir, env);

describe('a new version dated in the future', () => {
  const dir = fixture();
  const started = script(dir, 'new-version', ['2099-01-01']);

  it('is started by npm run new-version, which asks for a summary before the build passes', () => {
    expect(started.status, started.output).toBe(0);
    expect(readFileSync(join(dir, 'content/employee/2099-01-01/nl.mdx'), 'utf8')).toBe(
      readFileSync(join(dir, 'content/employee/2023-09-27/nl.mdx'), 'utf8'),
    );
    const build = script(dir, 'build');
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/content\/versions\.yaml: .*summary.*write a short summary of what changed/s);
  });

  it('is announced on the current pages and not yet current', () => {
    edit(dir, 'content/versions.yaml', (text) => text.replace(/nl: ""/, 'nl: Nieuwe bewaartermijn.').replace(/en: ""/, 'en: New retention period.'));
    edit(dir, 'content/employee/2099-01-01/nl.mdx', (text) => text.replace('2 jaar nadat je uit dienst treedt', '3 jaar nadat je uit dienst treedt'));
    const build = script(dir, 'build');
    expect(build.status, build.output).toBe(0);
    const site = join(dir, 'dist');
    const employee = readPage(site, 'nl/medewerker');
    expect(visibleText(employee, '.notice--upcoming')).toContain('Per 1 januari 2099 wijzigt deze privacyverklaring.');
    expect(selectAll('.notice--upcoming a[href="/nl/wijzigingen/2023-09-27/2099-01-01/medewerker/"]', employee)).toHaveLength(1);
    expect(visibleText(employee)).toContain('Geldig vanaf 27 september 2023');
    expect(visibleText(employee)).toContain('tot maximaal 2 jaar nadat je uit dienst treedt');
    const diff = readFileSync(join(site, 'nl/wijzigingen/2023-09-27/2099-01-01/medewerker/index.html'), 'utf8');
    expect(diff).toMatch(/<del>.*?2.*?<\/del><ins>.*?3.*?<\/ins> jaar nadat je uit dienst treedt/);
  });

  it('becomes current on the first build on or after its date', () => {
    const build = script(dir, 'build', [], { SOURCE_DATE_EPOCH: '4102444800' });
    expect(build.status, build.output).toBe(0);
    const text = visibleText(readPage(join(dir, 'dist'), 'nl/medewerker'));
    expect(text).toContain('Geldig vanaf 1 januari 2099');
    expect(text).toContain('tot maximaal 3 jaar nadat je uit dienst treedt');
  });
});

describe('a correction of a sealed version', () => {
  const dir = fixture();

  it('is refused without a recorded correction, then sealed and shown with its date and reason', () => {
    edit(dir, 'content/general/2023-09-27/en.mdx', (text) => text.replace('Privacy statement', 'Privacy Statement'));
    expect(script(dir, 'seal', ['2023-09-27']).status).toBe(1);

    edit(dir, 'content/versions.yaml', (text) =>
      text.replace(
        '- date: 2023-09-27\n',
        '- date: 2023-09-27\n  corrections:\n    - date: 2024-02-01\n      reason: { nl: Hoofdletter in de Engelse titel., en: Capital letter in the English title. }\n',
      ),
    );
    const check = script(dir, 'check', ['--content']);
    expect(check.status).toBe(1);
    expect(check.output).toContain('a correction is recorded for 2023-09-27 in content/versions.yaml; seal the corrected text: npm run seal -- 2023-09-27');

    expect(script(dir, 'seal', ['2023-09-27']).status).toBe(0);
    const build = script(dir, 'build');
    expect(build.status, build.output).toBe(0);
    const corrections = visibleText(readPage(join(dir, 'dist'), 'en/versions/2023-09-27'), '.corrections');
    expect(corrections).toContain('1 February 2024: Capital letter in the English title.');
  });
});
