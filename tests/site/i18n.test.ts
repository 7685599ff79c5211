import { cpSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles, readPage, select, selectAll, visibleText } from '../helpers/html.ts';
import { makeFixture, run, TEST_SITE } from '../helpers/project.ts';

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const script = (dir: string, name: string, args: string[] = [], env: Record<string, string> = {}) =>
  run(process.execPath, [`scripts/${name}.ts`, ...args], dir, env);

function alternates(path: string): Record<string, string> {
  const page = readPage(TEST_SITE, path);
  return Object.fromEntries(
    selectAll('link[rel="alternate"][hreflang]', page).map((link) => [String(link.properties.hrefLang), new URL(String(link.properties.href)).pathname]),
  );
}

describe('Dutch and English pages', () => {
  const pages = htmlFiles(TEST_SITE).filter((file) => file.startsWith('nl/')).map((file) => file.replace(/index\.html$/, ''));

  it('every Dutch page has an English twin, with hreflang pairs both ways and x-default', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const links = alternates(path);
      expect(links.nl, path).toBe(`/${path}`);
      expect(links['x-default'], path).toBe(`/${path}`);
      const english = links.en ?? '';
      expect(alternates(english.slice(1)), english).toMatchObject({ nl: `/${path}`, en: english });
      expect(select('html', readPage(TEST_SITE, english.slice(1)))?.properties.lang).toBe('en');
    }
  });

  it('the language switch on the Dutch employee view leads to the English employee view', () => {
    const link = select('.language-switch a[hreflang="en"]', readPage(TEST_SITE, 'nl/medewerker'));
    expect(link?.properties.href).toBe('/en/employee/');
    const archived = select('.language-switch a[hreflang="en"]', readPage(TEST_SITE, 'nl/versies/2020-01-06/werkzoekende'));
    expect(archived?.properties.href).toBe('/en/versions/2020-01-06/job-seeker/');
  });

  it('every English page says it is a translation and links to the Dutch page', () => {
    for (const path of pages) {
      const english = alternates(path).en?.slice(1) ?? '';
      const notice = select('.notice--translation', readPage(TEST_SITE, english));
      expect(notice, english).toBeDefined();
      expect(select('a', notice!)?.properties.href).toBe(`/${path}`);
    }
  });

  it('writes dates the way each language does', () => {
    expect(visibleText(readPage(TEST_SITE, 'nl/versies'))).toContain('6 januari 2020');
    expect(visibleText(readPage(TEST_SITE, 'en/versions'))).toContain('6 January 2020');
  });
});

describe('a missing or stale translation', () => {
  const dir = makeFixture();
  fixtures.push(dir);
  // An unsealed version, so that its Dutch text may still change.
  rmSync(join(dir, 'content/seals.yaml'));
  unlinkSync(join(dir, 'content/visitor/2023-09-27/en.mdx'));
  const employee = join(dir, 'content/employee/2023-09-27/nl.mdx');
  writeFileSync(employee, readFileSync(employee, 'utf8').replace('Om jouw salaris uit te betalen', 'Om jouw loon uit te betalen'));

  it('is reported by the check, with the one step that marks it up to date', () => {
    const check = script(dir, 'check', ['--content']);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('content/visitor/2023-09-27/en.mdx: translation missing');
    expect(check.output).toContain('npm run translations -- mark content/employee/2023-09-27/en.mdx');
  });

  it('still builds, showing the Dutch text marked lang="nl" with a visible notice', () => {
    const build = script(dir, 'build');
    expect(build.status, build.output).toBe(0);
    const visitor = readPage(join(dir, 'dist'), 'en/visitor');
    const section = select('section.audience[lang="nl"]', visitor);
    expect(section).toBeDefined();
    expect(visibleText(visitor, 'section.audience')).toContain('This part has not been translated yet.');
    expect(visibleText(visitor, 'section.audience')).toContain('Als bezoeker van onze website kennen wij jou');
    const employeePage = readPage(join(dir, 'dist'), 'en/employee');
    expect(visibleText(employeePage, 'section.audience')).toContain('may be out of date');
    expect(visibleText(employeePage, 'section.audience')).toContain('Om jouw loon uit te betalen');
    expect(visibleText(employeePage, '.statement')).toContain('What do we do with your data?');
  });

  it('is current again after the documented mark step', () => {
    expect(script(dir, 'translations', ['mark', 'content/employee/2023-09-27/en.mdx']).status).toBe(0);
    expect(script(dir, 'check', ['--content']).output).not.toContain('content/employee/2023-09-27/en.mdx');
  });
});

describe('a third language', () => {
  it('is a locale entry, a strings file and content files, without code changes', () => {
    const dir = makeFixture();
    fixtures.push(dir);
    const locales = join(dir, 'src/i18n/locales.ts');
    writeFileSync(locales, readFileSync(locales, 'utf8').replace("{ code: 'en',", "{ code: 'de', name: 'Deutsch', dir: 'ltr', intl: 'de-DE' },\n  { code: 'en',"));
    const strings = JSON.parse(readFileSync(join(dir, 'src/i18n/strings/en.json'), 'utf8'));
    writeFileSync(
      join(dir, 'src/i18n/strings/de.json'),
      JSON.stringify({ ...strings, 'home.title': 'Wer sind Sie?', 'route.employee': 'mitarbeiter', 'route.full': 'vollstaendig', 'route.versions': 'versionen' }),
    );
    // Only one part translated: the rest falls back to Dutch.
    cpSync(join(dir, 'content/general/2023-09-27/en.mdx'), join(dir, 'content/general/2023-09-27/de.mdx'));
    rmSync(join(dir, 'content/seals.yaml'));
    const build = script(dir, 'build');
    expect(build.status, build.output).toBe(0);
    const site = join(dir, 'dist');
    expect(readdirSync(join(site, 'de'))).toEqual(expect.arrayContaining(['mitarbeiter', 'vollstaendig', 'versionen']));
    expect(visibleText(readPage(site, 'de'))).toContain('Wer sind Sie?');
    expect(select('html', readPage(site, 'de/mitarbeiter'))?.properties.lang).toBe('de');
    expect(select('section.audience[lang="nl"]', readPage(site, 'de/mitarbeiter'))).toBeDefined();
    expect(visibleText(readPage(site, 'de/mitarbeiter'), '.language-switch')).toContain('Deutsch');
  });
});
