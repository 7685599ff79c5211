import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readPage, select, selectAll } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const TEST_SITE = builtSite();

describeContent('contact details', () => {
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
