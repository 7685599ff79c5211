import { expect, it } from 'vitest';
import { htmlFiles, isVersionFile, readPage, select, selectAll, visibleText } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const TEST_SITE = builtSite();


function alternates(path: string): Record<string, string> {
  const page = readPage(TEST_SITE, path);
  return Object.fromEntries(
    selectAll('link[rel="alternate"][hreflang]', page).map((link) => [String(link.properties.hrefLang), new URL(String(link.properties.href)).pathname]),
  );
}

describeContent('Dutch and English pages', () => {
  // The pages of the site; the file of a version is a document to keep, with no twins to switch to.
  const pages = htmlFiles(TEST_SITE).filter((file) => file.startsWith('nl/') && !isVersionFile(TEST_SITE, file)).map((file) => file.replace(/index\.html$/, ''));

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
