// The generator proven on another organisation: tests/fixtures/second-organization/content, a
// German clinic with three other audiences, German as the binding language plus English and
// French (interface texts brought by its content), another country, its own retention words.
// The site is built from a copy of the project whose content/ is that folder and nothing else.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, select, selectAll, visibleText } from '../../helpers/html.ts';
import { builtSite } from '../../helpers/sites.ts';

const site = builtSite('secondOrganization');
const page = (path: string) => readPage(site, path);
const file = (path: string) => readFileSync(join(site, path), 'utf8');

describe('a second organisation, built with no code change', () => {
  it('has its audiences, languages and slugs as routes, and none of the first organisation\'s', () => {
    for (const path of ['de/patienten', 'de/begleitpersonen', 'de/mitarbeitende', 'en/patients', 'en/companions', 'en/staff', 'fr/patients', 'fr/accompagnants', 'fr/personnel', 'de/vollstaendig', 'en/full', 'fr/complet', 'de/versionen/2024-03-01/patienten', 'fr/modifications/2024-03-01/2025-04-01/personnel', 'de/speicherfristen', 'fr/recherche']) {
      expect(existsSync(join(site, path, 'index.html')), path).toBe(true);
    }
    expect(readdirSync(site).filter((name) => /^[a-z]{2}$/.test(name)).sort()).toEqual(['de', 'en', 'fr']);
    const everything = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|xml|json|txt|vcf)$/.test(name)).map((name) => file(name)).join('\n');
    expect(everything).not.toMatch(/Cachet|Zutphen|werkzoekende|\/nl\//i);
  });

  it('names German as the binding language on every translated page, in the reader\'s language', () => {
    expect(visibleText(page('en/patients'), '.notice--translation')).toContain('The German text is legally binding');
    expect(visibleText(page('fr/patients'), '.notice--translation')).toMatch(/texte en allemand/);
    expect(select('.notice--translation', page('de/patienten'))).toBeUndefined();
    expect(select('.notice--translation a', page('fr/patients'))?.properties.href).toBe('/de/patienten/');
  });

  it('pairs every page with its twins in the other languages, and points x-default at German', () => {
    const links = Object.fromEntries(selectAll('link[rel="alternate"][hreflang]', page('fr/personnel')).map((link) => [String(link.properties.hrefLang), new URL(String(link.properties.href)).pathname]));
    expect(links).toEqual({ de: '/de/mitarbeitende/', en: '/en/staff/', fr: '/fr/personnel/', 'x-default': '/de/mitarbeitende/' });
    expect(select('html', page('fr/personnel'))?.properties.lang).toBe('fr');
  });

  it('shows each version with the contact details it was published with, and today\'s in the contact block', () => {
    expect(visibleText(page('de/versionen/2024-03-01'), '.statement')).toContain('0761 45873-0');
    expect(visibleText(page('de/versionen/2025-04-01'), '.statement')).toContain('0761 88791-0');
    expect(visibleText(page('de/versionen/2024-03-01'), 'footer')).toContain('0761 88791-0');
    expect(select('footer a[href^="tel:"]', page('de'))?.properties.href).toBe('tel:+49761887910');
    expect(visibleText(page('de'), 'footer address')).toContain('Stadtparkallee 14 79098 Freiburg im Breisgau');
  });

  it('says its own retention words, and hours as hours, in each language', () => {
    const de = visibleText(page('de/speicherfristen'));
    expect(de).toContain('10 Jahre, nach der letzten Behandlung');
    expect(de).toContain('48 Stunden');
    expect(visibleText(page('en/retention'))).toContain('48 hours');
    expect(visibleText(page('fr/conservation'))).toContain('48 heures');
  });

  it('compares its versions word by word: 72 hours became 48', () => {
    const html = file('de/aenderungen/2024-03-01/2025-04-01/begleitpersonen/index.html');
    expect(html).toMatch(/<del>(?:<span[^>]*>[^<]*<\/span>)?72(?:<span[^>]*>[^<]*<\/span>)?<\/del><ins>(?:<span[^>]*>[^<]*<\/span>)?48(?:<span[^>]*>[^<]*<\/span>)?<\/ins> Stunden/);
  });

  it('has a feed per language, and a search index per language', () => {
    for (const [locale, archive] of [['de', 'versionen'], ['en', 'versions'], ['fr', 'versions']]) {
      const feed = file(`${locale}/feed.xml`);
      expect(feed.match(/<entry>/g)).toHaveLength(2);
      expect(feed).toContain(`/${locale}/${archive}/2025-04-01/`);
    }
    const entry = JSON.parse(file('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'fr']);
    expect(entry.languages.de!.page_count).toBeGreaterThan(20);
  });

  it('answers "which version applied on this date" from /de/versionen.json', () => {
    const index = JSON.parse(file('de/versionen.json')) as { versions: { version: string; validFrom: string; validUntil: string | null; material: boolean; urls: { page: string } }[] };
    const appliedOn = (day: string) => index.versions.find((version) => version.validFrom <= day && (version.validUntil === null || day <= version.validUntil))?.version;
    expect(appliedOn('2024-03-01')).toBe('2024-03-01');
    expect(appliedOn('2025-03-31')).toBe('2024-03-01');
    expect(appliedOn('2025-04-01')).toBe('2025-04-01');
    expect(appliedOn('2024-02-29')).toBeUndefined();
    expect(index.versions.map((version) => version.urls.page)).toEqual(['https://privacy.example.org/de/versionen/2025-04-01/', 'https://privacy.example.org/de/versionen/2024-03-01/']);
    expect(visibleText(page('de/versionen/2024-03-01'), '.version-line')).toContain('Galt vom 1. März 2024 bis zum 31. März 2025');
  });

  it('gives every page a link to the privacy statement itself, and feed entries stable ids and a category', () => {
    expect(select('link[rel="privacy-policy"]', page('fr/recherche'))?.properties.href).toBe('/fr/complet/');
    const feed = file('en/feed.xml');
    expect(feed).toContain('<id>tag:privacy.example.org,2024-03-01:en/2025-04-01</id>');
    expect(feed).toMatch(/<category label="Material change" scheme="tag:privacy\.example\.org,2024-03-01:categories" term="material"\/>/);
    expect(feed).toContain('Patient: New purpose: If you choose a video consultation');
  });
});
