import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, readPage, select, selectAll } from '../helpers/html.ts';
import { astroBuild, makeFixture, TEST_SITE } from '../helpers/project.ts';
import { rmSync } from 'node:fs';

describe('contact details', () => {
  it('reach the statement sentence exactly as the seed writes it, with working links', () => {
    const page = readPage(TEST_SITE, 'nl/volledig');
    const text = readFileSync(join(TEST_SITE, 'nl/volledig/index.html'), 'utf8');
    expect(text).toContain(
      'Neem dan contact met ons op via e-mail: <a href="mailto:miro.cachet@planet.nl">miro.cachet@planet.nl</a> of via telefoonnummer <a href="tel:+3157554420">0575-54420</a>.',
    );
    const address = select('footer address', page);
    expect(address).toBeDefined();
    expect(selectAll('footer address a[href^="tel:+31"]', page)).toHaveLength(1);
  });

  it('carry schema.org data that parses', () => {
    const html = readFileSync(join(TEST_SITE, 'nl/index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? 'null')).toMatchObject({ '@type': 'Organization', email: 'miro.cachet@planet.nl' });
  });
});

describe('changing the email in organization.yaml', () => {
  let fixture: string;
  let site: string;

  beforeAll(() => {
    fixture = makeFixture();
    const file = join(fixture, 'content/organization.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('miro.cachet@planet.nl', 'privacy@voorbeeld.nl'));
    site = join(fixture, 'dist');
    const result = astroBuild(fixture, site);
    expect(result.output).toContain('Complete');
  });

  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('changes it on every page, and the old address is gone everywhere', () => {
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      expect(html, page).not.toContain('miro.cachet@planet.nl');
      if (page !== 'index.html') expect(html, page).toContain('mailto:privacy@voorbeeld.nl');
    }
  });
});
