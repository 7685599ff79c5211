// The built HTML of every site is valid, and every link of the site's own leads somewhere: the page
// or file exists (with the trailing slash the site's URLs have, in the folder the site is published
// in) and a #fragment names an id on that page.
import { describe, expect, it } from 'vitest';
import { brokenLinks, crawlSite } from '../helpers/crawl.ts';
import { htmlFiles } from '../helpers/html.ts';
import { builtBase, builtSite } from '../helpers/sites.ts';
import type { SiteName } from '../setup/build-sites.ts';
import { validateHtml } from './html-checks.ts';

const SITES: SiteName[] = ['project', 'secondOrganization', 'physiotherapyPractice'];

describe.each(SITES)('the built HTML of the %s site', (name) => {
  const site = builtSite(name);

  it('passes html-validate (recommended rules) in every file', async () => {
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(await validateHtml(site, files)).toEqual([]);
  });

  it('has no broken internal link or #anchor on any page', () => {
    const pages = crawlSite(site, builtBase(name));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(brokenLinks(site, pages, builtBase(name))).toEqual([]);
  });
});
