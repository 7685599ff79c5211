import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtSite, describeContent } from '../../helpers/sites.ts';

/**
 * Every address the site published before the generator rework (tests/fixtures/published-urls.txt,
 * listed from that build). A reader's bookmark, a feed reader, a citation in a letter: each must
 * keep answering, with a page or a redirect, never a 404.
 */
const PUBLISHED = readFileSync(join(import.meta.dirname, '../../fixtures/published-urls.txt'), 'utf8').split('\n').filter(Boolean);

describeContent('addresses published earlier', () => {
  const site = builtSite();

  it('still answer, every one of them', () => {
    expect(PUBLISHED.length).toBeGreaterThan(60);
    const missing = PUBLISHED.filter((url) => !existsSync(join(site, url.endsWith('/') ? `${url}index.html` : url)));
    expect(missing).toEqual([]);
  });
});
