// The built HTML is valid, and every link of the site's own leads somewhere: the page or file
// exists (with the trailing slash the site's URLs have) and a #fragment names an id on that page.
import { describe, expect, it } from 'vitest';
import { brokenLinks, crawlSite } from '../helpers/crawl.ts';
import { htmlFiles } from '../helpers/html.ts';
import { builtSite } from '../helpers/sites.ts';

const TEST_SITE = builtSite();
import { validateHtml } from './html-checks.ts';

describe('the built HTML', () => {
  it('passes html-validate (recommended rules) in every file', async () => {
    const files = htmlFiles(TEST_SITE);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(await validateHtml(TEST_SITE, files)).toEqual([]);
  });

  it('has no broken internal link or #anchor on any page', () => {
    const pages = crawlSite(TEST_SITE);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(brokenLinks(TEST_SITE, pages)).toEqual([]);
  });
});
