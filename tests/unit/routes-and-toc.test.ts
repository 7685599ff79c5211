import { describe, expect, it } from 'vitest';
import { allPages, assertUniqueUrls, urlFor, type RouteSlugs } from '../../src/routes/urls.ts';
import { tableOfContents } from '../../src/model/table-of-contents.ts';
import type { StatementView } from '../../src/model/assemble.ts';
import type { Block } from '../../src/model/blocks.ts';

const slugs: RouteSlugs = {
  language: 'nl',
  audiences: {
    visitor: 'bezoeker',
    'client-contact': 'relatie',
    'job-seeker': 'werkzoekende',
    employee: 'medewerker',
  },
  full: 'volledig',
  versions: 'versies',
  changes: 'wijzigingen',
  search: 'zoeken',
  retention: 'bewaartermijnen',
  file: 'bestand',
};

describe('routes', () => {
  it('builds localized URLs', () => {
    expect(urlFor({ kind: 'audience', locale: 'nl', audience: 'employee' }, slugs)).toBe(
      '/nl/medewerker/',
    );
    expect(urlFor({ kind: 'full', locale: 'nl' }, slugs)).toBe('/nl/volledig/');
  });

  it('gives every version a permanent address, in full and per audience', () => {
    expect(urlFor({ kind: 'version', locale: 'nl', version: '2020-01-06' }, slugs)).toBe(
      '/nl/versies/2020-01-06/',
    );
    expect(
      urlFor(
        { kind: 'version', locale: 'nl', version: '2020-01-06', audience: 'job-seeker' },
        slugs,
      ),
    ).toBe('/nl/versies/2020-01-06/werkzoekende/');
  });

  it('compares any two versions, older first, in full and per audience', () => {
    const urls = allPages(['nl'], {
      versions: ['2020-01-06', '2023-09-27', '2025-01-01'].map((date) => ({
        date,
        audiences: Object.keys(slugs.audiences),
      })),
      current: '2023-09-27',
    }).map((page) => urlFor(page, slugs));
    const comparisons = urls.filter(
      (url) => url.startsWith('/nl/wijzigingen/') && url.split('/').length === 6,
    );
    expect(comparisons).toEqual([
      '/nl/wijzigingen/2020-01-06/2023-09-27/',
      '/nl/wijzigingen/2020-01-06/2025-01-01/',
      '/nl/wijzigingen/2023-09-27/2025-01-01/',
    ]);
    expect(urls).toContain('/nl/wijzigingen/2020-01-06/2023-09-27/medewerker/');
  });

  it('gives an audience that joins in a later version pages only from that version, and comparisons with it', () => {
    const urls = allPages(['nl'], {
      versions: [
        { date: '2020-01-06', audiences: ['employee'] },
        { date: '2027-01-01', audiences: ['employee', 'visitor'] },
      ],
      current: '2020-01-06',
    }).map((page) => urlFor(page, slugs));
    expect(urls).not.toContain('/nl/bezoeker/');
    expect(urls).not.toContain('/nl/versies/2020-01-06/bezoeker/');
    expect(urls).toContain('/nl/versies/2027-01-01/bezoeker/');
    expect(urls).toContain('/nl/wijzigingen/2020-01-06/2027-01-01/bezoeker/');
  });

  it('refuses two pages on one URL, naming the slugs to fix', () => {
    const clash = { ...slugs, full: 'medewerker' };
    expect(() =>
      assertUniqueUrls(
        allPages(['nl'], {
          versions: [{ date: '2023-09-27', audiences: Object.keys(slugs.audiences) }],
          current: '2023-09-27',
        }),
        () => clash,
      ),
    ).toThrow(/Two pages share the URL \/nl\/medewerker\//);
  });
});

describe('tableOfContents', () => {
  const block = (kind: Block['kind'], text: string, anchor: string, depth?: number): Block => ({
    kind,
    text,
    anchor,
    section: '',
    facts: [],
    rights: [],
    line: 0,
    ...(depth ? { depth } : {}),
    ...(kind === 'component' ? { name: 'Audiences' } : {}),
  });
  const part = (id: string, title: string, blocks: Block[]) => ({
    part: id,
    lang: 'nl',
    state: 'source' as const,
    document: {
      file: '',
      part: id,
      version: 'v',
      locale: 'nl',
      title,
      sha256: '',
      source: '',
      links: [],
      blocks,
    },
  });
  const view = {
    version: 'v',
    locale: 'nl',
    audiences: ['employee', 'visitor'],
    general: part('general', 'Privacy', [
      block('heading', 'A', 'a', 2),
      block('heading', 'B', 'b', 2),
      block('component', '', ''),
      block('heading', 'B sub', 'b-sub', 3),
      block('heading', 'C', 'c', 2),
    ]),
    parts: {
      employee: part('employee', 'Ik werk', [
        block('paragraph', 'Intro', 'employee-1'),
        block('heading', 'X', 'employee-x', 4),
      ]),
      visitor: part('visitor', 'Ik bezoek', [block('heading', 'Y', 'visitor-y', 4)]),
    },
  } as StatementView;

  it('nests the audience under the heading before <Audiences />, with its subsections on an audience view', () => {
    expect(tableOfContents(view, ['employee'])).toEqual([
      { anchor: 'a', text: 'A', children: [] },
      {
        anchor: 'b',
        text: 'B',
        children: [
          {
            anchor: 'employee',
            text: 'Ik werk',
            children: [{ anchor: 'employee-x', text: 'X', children: [] }],
          },
        ],
      },
      { anchor: 'c', text: 'C', children: [] },
    ]);
  });

  it('lists only the audience titles on the full statement', () => {
    expect(
      tableOfContents(view, ['visitor', 'employee'])[1]?.children.map((child) => [
        child.anchor,
        child.children.length,
      ]),
    ).toEqual([
      ['visitor', 0],
      ['employee', 0],
    ]);
  });
});
