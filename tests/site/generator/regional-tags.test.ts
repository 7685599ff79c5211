// Languages by regional tag: the physiotherapy practice of tests/fixtures/physiotherapy-practice
// writes nl-BE (binding, the formal "u", the document called "privacyverklaring") and fr-BE (its
// URL segment set to "fr"), and brings no interface texts of its own: each tag takes the project's
// texts of its language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, select, selectAll, textOf as text, visibleText } from '../../helpers/html.ts';
import { builtSite } from '../../helpers/sites.ts';

const site = builtSite('physiotherapyPractice');

describe('a site in regional language tags', () => {
  it('writes lang and hreflang as the tags are written, at the segment derived or chosen', () => {
    const dutch = readPage(site, 'nl-be');
    expect(select('html', dutch)?.properties.lang).toBe('nl-BE');
    expect(
      selectAll('link[rel="alternate"][hreflang]', dutch).map((link) => [
        link.properties.hrefLang,
        link.properties.href,
      ]),
    ).toEqual([
      ['nl-BE', 'https://www.kine-example.be/privacy/nl-be/'],
      ['fr-BE', 'https://www.kine-example.be/privacy/fr/'],
      ['x-default', 'https://www.kine-example.be/privacy/nl-be/'],
    ]);
    expect(select('html', readPage(site, 'fr'))?.properties.lang).toBe('fr-BE');
  });

  it('speaks Dutch formally and calls the document by the name the practice uses', () => {
    const dutch = readPage(site, 'nl-be');
    expect(text(select('h1', dutch)!)).toBe('Wie bent u?');
    expect(text(select('.brand__title', dutch)!)).toBe('Privacyverklaring');
    expect(select('#site-search-query', dutch)?.properties.placeholder).toBe(
      'Zoek in de privacyverklaring',
    );
  });

  it("takes the project's French for fr-BE, which brings no texts of its own", () => {
    const french = readPage(site, 'fr');
    expect(text(select('h1', french)!)).toBe('Qui êtes-vous ?');
    expect(text(select('.brand__title', french)!)).toBe('Déclaration de confidentialité');
  });

  it('names the binding language without its region, the only Dutch of the site', () => {
    expect(text(select('.notice--translation', readPage(site, 'fr'))!)).toContain(
      'Le texte en néerlandais fait foi',
    );
  });

  it('writes dates in the words of each tag', () => {
    expect(visibleText(readPage(site, 'nl-be/versies'))).toContain('1 mei 2024');
    expect(visibleText(readPage(site, 'fr/versions'))).toContain('1er mai 2024');
  });

  it('indexes each tag for search under its own language', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['fr-be', 'nl-be']);
    expect(entry.languages['nl-be']!.page_count).toBeGreaterThan(0);
  });
});
