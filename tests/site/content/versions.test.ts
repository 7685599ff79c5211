import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readPage, selectAll, textOf, visibleText } from '../../helpers/html.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const TEST_SITE = builtSite();
import { toText } from 'hast-util-to-text';
import type { ElementContent } from 'hast';

const html = (path: string) => readFileSync(join(TEST_SITE, path, 'index.html'), 'utf8');
const texts = (path: string, selector: string) => selectAll(selector, readPage(TEST_SITE, path)).map(textOf);

describeContent('the comparison of 2020-01-06 and 2023-09-27', () => {
  it.each([
    ['nl/wijzigingen/2020-01-06/2023-09-27', 'Geautomatiseerde besluitvorming', 'aan wordt gemeld door het UWV, Werkgever of opdrachtgever'],
    ['en/changes/2020-01-06/2023-09-27', 'Automated decision-making', 'are referred to us by the UWV, an employer or a client;'],
  ])('%s shows the added section and the added bullet as whole added blocks', (path, section, bullet) => {
    const added = texts(path, '.diff-change--added');
    expect(added.some((text) => text.includes(section))).toBe(true);
    expect(added.some((text) => text.includes(bullet))).toBe(true);
    const summary = visibleText(readPage(TEST_SITE, path), '.changes-list');
    expect(summary).toContain(section);
  });

  it.each([
    ['nl/wijzigingen/2020-01-06/2023-09-27', 'Deze gegevens bewaren wij ', ' maanden.'],
    ['en/changes/2020-01-06/2023-09-27', 'We keep this data for ', ' months.'],
  ])('%s shows "12" -> "6" as a word change inside an otherwise unchanged sentence', (path, before, after) => {
    const page = html(path);
    expect(page).toMatch(
      new RegExp(`${before}<del><span class="visually-hidden">[^<]+</span>12<span class="visually-hidden">[^<]+</span></del><ins><span class="visually-hidden">[^<]+</span>6<span class="visually-hidden">[^<]+</span></ins>${after}`),
    );
  });

  it('marks changes with words for screen readers and with more than colour', () => {
    const page = readPage(TEST_SITE, 'nl/wijzigingen/2020-01-06/2023-09-27');
    for (const node of selectAll('ins, del', page)) {
      const hidden = selectAll('.visually-hidden', node).map((label) => toText(label).trim());
      expect(hidden).toHaveLength(2);
    }
    expect(texts('nl/wijzigingen/2020-01-06/2023-09-27', '.diff-change--added .diff-badge')[0]).toBe('Toegevoegd');
  });

  it('marks the changed words, not the spaces around them: a space alone is never boxed as a change', () => {
    for (const path of ['nl/wijzigingen/2020-01-06/2023-09-27', 'en/changes/2020-01-06/2023-09-27']) {
      // The characters of each mark as written, without its hidden start and end labels (its first
      // and last child).
      const written = (node: ElementContent): string =>
        node.type === 'text' ? node.value : 'children' in node ? node.children.map(written).join('') : '';
      const marked = selectAll('ins, del', readPage(TEST_SITE, path)).map((node) =>
        node.children.slice(1, -1).map(written).join(''),
      );
      expect(marked.length).toBeGreaterThan(5);
      expect(marked.filter((words) => words.trim() !== '' && words !== words.trim())).toEqual([]);
    }
  });

  it('for job seekers shows only what concerns job seekers and everyone', () => {
    const text = visibleText(readPage(TEST_SITE, 'nl/wijzigingen/2020-01-06/2023-09-27/werkzoekende'));
    expect(text).toContain('Ik krijg hulp bij het zoeken naar werk');
    expect(text).toContain('Geautomatiseerde besluitvorming');
    expect(text).not.toContain('Ik werk via of bij Cachet');
    expect(text).not.toContain('loonkostenvoordeel');
    expect(text).not.toContain('Ik bezoek de website');
  });

  it('labels the reconstruction and names how to get the original', () => {
    for (const path of ['nl/versies/2020-01-06', 'nl/versies/2020-01-06/medewerker', 'nl/wijzigingen/2020-01-06/2023-09-27']) {
      expect(visibleText(readPage(TEST_SITE, path))).toContain(
        'Dit is een reconstructie ter illustratie. De oorspronkelijke tekst van 6 januari 2020 kun je opvragen via miro.cachet@planet.nl of 0575-54420.',
      );
    }
    expect(visibleText(readPage(TEST_SITE, 'nl/versies/2023-09-27'))).not.toContain('reconstructie ter illustratie');
  });
});

describeContent('version pages', () => {
  it('show a banner naming the current version on an earlier one, linking to the same audience', () => {
    const page = readPage(TEST_SITE, 'nl/versies/2020-01-06/medewerker');
    expect(visibleText(page, '.notice--version')).toContain('De huidige versie geldt sinds 27 september 2023');
    expect(selectAll('.notice--version a[href="/nl/medewerker/"]', page)).toHaveLength(1);
    expect(selectAll('.notice--version', readPage(TEST_SITE, 'nl/versies/2023-09-27'))).toHaveLength(0);
  });

  it('link to the comparisons that concern them', () => {
    const links = selectAll('.comparisons a', readPage(TEST_SITE, 'en/versions/2023-09-27/employee')).map((a) => a.properties.href);
    expect(links).toEqual(['/en/changes/2020-01-06/2023-09-27/employee/']);
  });

  it('are listed in the archive with date, summary and links', () => {
    const text = visibleText(readPage(TEST_SITE, 'nl/versies'));
    expect(text).toContain('Versie van 6 januari 2020');
    expect(text).toContain('IP-adressen en log-bestanden worden 6 in plaats van 12 maanden bewaard');
  });
});

describeContent('feeds and data', () => {
  it('has an Atom feed per language with one entry per version', () => {
    for (const locale of ['nl', 'en']) {
      const feed = readFileSync(join(TEST_SITE, locale, 'feed.xml'), 'utf8');
      expect(feed.match(/<entry>/g)).toHaveLength(2);
      expect(feed).toContain(`/${locale}/${locale === 'nl' ? 'wijzigingen' : 'changes'}/2020-01-06/2023-09-27/`);
    }
  });

  it.each([
    ['nl/versies/2023-09-27', 'nl/versies/2023-09-27.json'],
    ['en/versions/2020-01-06', 'en/versions/2020-01-06.json'],
  ])('exports every passage of %s as JSON, the one after the audiences\' sections too', (path, json) => {
    const onPage = selectAll('.statement [id]', readPage(TEST_SITE, path))
      .filter((node) => node.tagName === 'p' || node.tagName === 'li')
      .map((node) => String(node.properties.id));
    const data = JSON.parse(readFileSync(join(TEST_SITE, json), 'utf8'));
    const exported = data.sections.flatMap((section: { content: { anchor: string }[] }) => section.content.map((item) => item.anchor));
    expect(onPage.length).toBeGreaterThan(60);
    expect([...exported].sort()).toEqual([...onPage].sort());
  });

  it('exports each version per language as JSON, sections in reading order', () => {
    const data = JSON.parse(readFileSync(join(TEST_SITE, 'en/versions/2020-01-06.json'), 'utf8'));
    expect(data).toMatchObject({ version: '2020-01-06', locale: 'en', provenance: 'reconstructed', status: 'archived' });
    const headings = data.sections.map((section: { heading: string }) => section.heading);
    expect(headings).not.toContain('Automated decision-making');
    expect(headings.indexOf('I visit the website')).toBeGreaterThan(headings.indexOf('What do we do with your data?'));
    const employee = data.sections.find((section: { anchor: string }) => section.anchor === 'employee');
    expect(employee.audience).toBe('employee');
  });
});

describeContent('where a reader finds what changed', () => {
  it('opens the full comparison with the plain-language summary of the version, before the list of changes', () => {
    const page = html('nl/wijzigingen/2020-01-06/2023-09-27');
    expect(visibleText(readPage(TEST_SITE, 'nl/wijzigingen/2020-01-06/2023-09-27'), '.version-summary')).toContain('IP-adressen en log-bestanden worden 6 in plaats van 12 maanden bewaard.');
    expect(page.indexOf('class="version-summary"')).toBeGreaterThan(-1);
    expect(page.indexOf('class="version-summary"')).toBeLessThan(page.indexOf('class="changes-list"'));
  });

  it.each([
    ['nl/medewerker', '/nl/wijzigingen/2020-01-06/2023-09-27/medewerker/', 'Wat is er veranderd?'],
    ['en/employee', '/en/changes/2020-01-06/2023-09-27/employee/', 'What changed?'],
  ])('links from the validity line of %s to what changed since the version before', (path, target, words) => {
    const links = selectAll('.version-line a', readPage(TEST_SITE, path)).filter((link) => link.properties.href === target);
    expect(links.map((link) => toText(link).trim())).toEqual([words]);
  });
});
