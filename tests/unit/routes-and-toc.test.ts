import { describe, expect, it } from 'vitest';
import { allPages, assertUniqueUrls, urlFor, type RouteSlugs } from '../../src/lib/routes.ts';
import { tableOfContents } from '../../src/lib/table-of-contents.ts';

const slugs: RouteSlugs = {
  roles: { visitor: 'bezoeker', 'client-contact': 'relatie', 'job-seeker': 'werkzoekende', employee: 'medewerker' },
  full: 'volledig',
  versions: 'versies',
  changes: 'wijzigingen',
  search: 'zoeken',
  retention: 'bewaartermijnen',
};

describe('routes', () => {
  it('builds localized URLs', () => {
    expect(urlFor({ kind: 'role', locale: 'nl', role: 'employee' }, slugs)).toBe('/nl/medewerker/');
    expect(urlFor({ kind: 'full', locale: 'nl' }, slugs)).toBe('/nl/volledig/');
  });

  it('gives every version a permanent address, in full and per role', () => {
    expect(urlFor({ kind: 'version', locale: 'nl', version: '2020-01-06' }, slugs)).toBe('/nl/versies/2020-01-06/');
    expect(urlFor({ kind: 'version', locale: 'nl', version: '2020-01-06', role: 'job-seeker' }, slugs)).toBe(
      '/nl/versies/2020-01-06/werkzoekende/',
    );
  });

  it('compares any two versions, older first, in full and per role', () => {
    const urls = allPages(['nl'], ['2020-01-06', '2023-09-27', '2025-01-01']).map((page) => urlFor(page, slugs));
    const comparisons = urls.filter((url) => url.startsWith('/nl/wijzigingen/') && url.split('/').length === 6);
    expect(comparisons).toEqual([
      '/nl/wijzigingen/2020-01-06/2023-09-27/',
      '/nl/wijzigingen/2020-01-06/2025-01-01/',
      '/nl/wijzigingen/2023-09-27/2025-01-01/',
    ]);
    expect(urls).toContain('/nl/wijzigingen/2020-01-06/2023-09-27/medewerker/');
  });

  it('refuses two pages on one URL, naming the slugs to fix', () => {
    const clash = { ...slugs, full: 'medewerker' };
    expect(() => assertUniqueUrls(allPages(['nl'], ['2023-09-27']), () => clash)).toThrow(/Two pages share the URL \/nl\/medewerker\//);
  });
});

describe('tableOfContents', () => {
  const general = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 2, slug: 'b', text: 'B' },
    { depth: 3, slug: 'b-sub', text: 'B sub' },
  ];
  const employee = { slug: 'employee', title: 'Ik werk', headings: [{ depth: 4, slug: 'employee-x', text: 'X' }] };

  it('nests the audience under its parent, with its subsections on a role view', () => {
    expect(tableOfContents(general, 'B', [employee])).toEqual([
      { slug: 'a', text: 'A', children: [] },
      { slug: 'b', text: 'B', children: [{ slug: 'employee', text: 'Ik werk', children: [{ slug: 'employee-x', text: 'X', children: [] }] }] },
    ]);
  });

  it('lists only the audience titles on the full statement', () => {
    const visitor = { ...employee, slug: 'visitor', title: 'Ik bezoek' };
    expect(tableOfContents(general, 'B', [visitor, employee])[1]?.children.map((c) => c.children.length)).toEqual([0, 0]);
  });
});
