// The generator proven on another organisation: tests/fixtures/second-organization/content, a
// German clinic with three other audiences, German as the binding language plus English and
// French (interface texts brought by its content), another country, its own retention words.
// The site is built from a copy of the project whose content/ is that folder and nothing else.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isVersionFile,
  readPage,
  select,
  selectAll,
  textOf,
  visibleText,
} from '../../helpers/html.ts';
import { builtSite } from '../../helpers/sites.ts';

const site = builtSite('secondOrganization');
const page = (path: string) => readPage(site, path);
const file = (path: string) => readFileSync(join(site, path), 'utf8');

describe('a second organisation, built with no code change', () => {
  it("has its audiences, languages and slugs as routes, and none of the first organisation's", () => {
    for (const path of [
      'de/patienten',
      'de/begleitpersonen',
      'de/mitarbeitende',
      'en/patients',
      'en/companions',
      'en/staff',
      'fr/patients',
      'fr/accompagnants',
      'fr/personnel',
      'de/vollstaendig',
      'en/full',
      'fr/complet',
      'de/versionen/2024-03-01/patienten',
      'fr/modifications/2024-03-01/2025-04-01/personnel',
      'de/speicherfristen',
      'fr/recherche',
    ]) {
      expect(existsSync(join(site, path, 'index.html')), path).toBe(true);
    }
    expect(
      readdirSync(site)
        .filter((name) => /^[a-z]{2}$/.test(name))
        .sort(),
    ).toEqual(['de', 'en', 'fr']);
    const everything = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(html|xml|json|txt|vcf)$/.test(name))
      .map((name) => file(name))
      .join('\n');
    expect(everything).not.toMatch(/Cachet|Zutphen|werkzoekende|\/nl\//i);
  });

  it("names German as the binding language on every translated page, in the reader's language", () => {
    expect(visibleText(page('en/patients'), '.notice--translation')).toContain(
      'The German text is legally binding',
    );
    expect(visibleText(page('fr/patients'), '.notice--translation')).toMatch(/texte en allemand/);
    expect(select('.notice--translation', page('de/patienten'))).toBeUndefined();
    expect(select('.notice--translation a', page('fr/patients'))?.properties.href).toBe(
      '/de/patienten/',
    );
  });

  it('pairs every page with its twins in the other languages, and points x-default at German', () => {
    const links = Object.fromEntries(
      selectAll('link[rel="alternate"][hreflang]', page('fr/personnel')).map((link) => [
        String(link.properties.hrefLang),
        new URL(String(link.properties.href)).pathname,
      ]),
    );
    expect(links).toEqual({
      de: '/de/mitarbeitende/',
      en: '/en/staff/',
      fr: '/fr/personnel/',
      'x-default': '/de/mitarbeitende/',
    });
    expect(select('html', page('fr/personnel'))?.properties.lang).toBe('fr');
  });

  it("shows each version with the contact details it was published with, and today's in the contact block", () => {
    expect(visibleText(page('de/versionen/2024-03-01'), '.statement')).toContain('0761 45873-0');
    expect(visibleText(page('de/versionen/2025-04-01'), '.statement')).toContain('0761 88791-0');
    expect(visibleText(page('de/versionen/2024-03-01'), 'footer')).toContain('0761 88791-0');
    expect(select('footer a[href^="tel:"]', page('de'))?.properties.href).toBe('tel:+49761887910');
    expect(visibleText(page('de'), 'footer address')).toContain(
      'Stadtparkallee 14 79098 Freiburg im Breisgau',
    );
  });

  it('says its own retention words, and hours as hours, in each language', () => {
    const de = visibleText(page('de/speicherfristen'));
    expect(de).toContain('10 Jahre nach der letzten Behandlung');
    expect(de).toContain('48 Stunden');
    expect(visibleText(page('en/retention'))).toContain('48 hours');
    expect(visibleText(page('fr/conservation'))).toContain('48 heures');
  });

  it('compares its versions word by word: 72 hours became 48', () => {
    const html = file('de/aenderungen/2024-03-01/2025-04-01/begleitpersonen/index.html');
    expect(html).toMatch(
      /<del>(?:<span[^>]*>[^<]*<\/span>)?72(?:<span[^>]*>[^<]*<\/span>)?<\/del><ins>(?:<span[^>]*>[^<]*<\/span>)?48(?:<span[^>]*>[^<]*<\/span>)?<\/ins> Stunden/,
    );
  });

  it('has a feed per language, and a search index per language', () => {
    for (const [locale, archive] of [
      ['de', 'versionen'],
      ['en', 'versions'],
      ['fr', 'versions'],
    ]) {
      const feed = file(`${locale}/feed.xml`);
      expect(feed.match(/<entry>/g)).toHaveLength(2);
      expect(feed).toContain(`/${locale}/${archive}/2025-04-01/`);
    }
    const entry = JSON.parse(file('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'fr']);
    expect(entry.languages.de!.page_count).toBeGreaterThan(20);
  });

  it('answers "which version applied on this date" from /de/versionen.json', () => {
    const index = JSON.parse(file('de/versionen.json')) as {
      versions: {
        version: string;
        validFrom: string;
        validUntil: string | null;
        material: boolean;
        urls: { page: string };
      }[];
    };
    const appliedOn = (day: string) =>
      index.versions.find(
        (version) =>
          version.validFrom <= day && (version.validUntil === null || day <= version.validUntil),
      )?.version;
    expect(appliedOn('2024-03-01')).toBe('2024-03-01');
    expect(appliedOn('2025-03-31')).toBe('2024-03-01');
    expect(appliedOn('2025-04-01')).toBe('2025-04-01');
    expect(appliedOn('2024-02-29')).toBeUndefined();
    expect(index.versions.map((version) => version.urls.page)).toEqual([
      'https://privacy.example.org/de/versionen/2025-04-01/',
      'https://privacy.example.org/de/versionen/2024-03-01/',
    ]);
    expect(visibleText(page('de/versionen/2024-03-01'), '.version-line')).toContain(
      'Galt vom 1. März 2024 bis zum 31. März 2025',
    );
  });

  it('sends the root address to the binding language, with its logo as the icon and every language offered', () => {
    const root = page('');
    expect(select('meta[http-equiv="refresh"]', root)?.properties.content).toBe('0; url=/de/');
    expect(select('link[rel="icon"]', root)?.properties).toMatchObject({
      href: '/brand/logo.svg',
      type: 'image/svg+xml',
    });
    const alternates = Object.fromEntries(
      selectAll('link[rel="alternate"][hreflang]', root).map((link) => [
        String(link.properties.hrefLang),
        new URL(String(link.properties.href)).pathname,
      ]),
    );
    expect(alternates).toEqual({ de: '/de/', en: '/en/', fr: '/fr/', 'x-default': '/de/' });
  });

  it('gives every page a link to the privacy statement itself, and feed entries stable ids and a category', () => {
    const full: Record<string, string> = {
      de: '/de/vollstaendig/',
      en: '/en/full/',
      fr: '/fr/complet/',
    };
    // The site's pages; the file of a version, a document to keep, links to nothing of the site.
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
      (name) => /^(de|en|fr)\/.*index\.html$/.test(name) && !isVersionFile(site, name),
    );
    expect(pages.length).toBeGreaterThan(50);
    for (const name of pages) {
      expect(
        select('link[rel="privacy-policy"]', page(name.replace(/\/?index\.html$/, '')))?.properties
          .href,
        name,
      ).toBe(full[name.slice(0, 2)]);
    }
    const feed = file('en/feed.xml');
    expect(feed).toContain('<id>tag:privacy.example.org,2024-03-01:en/2025-04-01</id>');
    expect(feed).toMatch(
      /<category label="Material change" scheme="tag:privacy\.example\.org,2024-03-01:categories" term="material"\/>/,
    );
    // "If you choose a video consultation" is a condition, no purpose: what it adds is named.
    expect(feed).toContain(
      'Patient: New recipient: a certified video service provider (purpose: not stated)',
    );
    expect(feed).not.toContain('If you choose a video consultation');
  });

  it("speaks the project's German and French, with the one French text the clinic changed", () => {
    const french = page('fr');
    expect(textOf(select('h1', french)!)).toBe('Qui êtes-vous ?');
    expect(textOf(select('#home-more', french)!)).toBe('À propos de cette déclaration');
    expect(textOf(select('#home-more', page('de'))!)).toBe('Mehr zu dieser Datenschutzerklärung');
    expect(textOf(select('.brand__title', page('de'))!)).toBe('Datenschutzerklärung');
  });

  it('leads from its name in the header to its own website, and from the title to the statement', () => {
    const header = select('.brand', page('de/patienten'))!;
    expect(select('a.brand__org', header)?.properties.href).toBe(
      'https://www.praxisklinik-stadtpark.example/',
    );
    expect(textOf(select('a.brand__org', header)!)).toBe('Praxisklinik am Stadtpark GmbH');
    expect(select('a.brand__title', header)?.properties.href).toBe('/de/');
  });

  it('wears its brand: its logo in the header, its colour made readable in both colour schemes', () => {
    const logo = select('.site-header img.brand__logo', page('de/patienten'));
    expect(logo?.properties).toMatchObject({
      src: '/brand/logo.svg',
      alt: '',
      width: 40,
      height: 40,
    });
    expect(file('brand/logo.svg')).toContain('<title>Praxisklinik am Stadtpark</title>');
    const css = readdirSync(join(site, '_astro'))
      .filter((name) => name.startsWith('site.') && name.endsWith('.css'))
      .map((name) => file(`_astro/${name}`))
      .join('');
    // #0b6e4f is readable on white as it is (6.4:1); in the dark scheme it is lightened.
    expect(css).toMatch(/--accent:#0b6e4f/i);
    expect(css).toMatch(/prefers-color-scheme:\s*dark\)\{:root\{--accent:#[0-9a-f]{6}/i);
    expect(css).not.toMatch(/prefers-color-scheme:\s*dark\)\{:root\{--accent:#0b6e4f/i);
  });

  it('links every page to the archive of versions, the retention schedule and search, in its language', () => {
    for (const [language, archive, retention, search] of [
      ['de', '/de/versionen/', '/de/speicherfristen/', '/de/suche/'],
      ['fr', '/fr/versions/', '/fr/conservation/', '/fr/recherche/'],
    ]) {
      const pages = readdirSync(join(site, language!), {
        recursive: true,
        encoding: 'utf8',
      }).filter(
        (name) => name.endsWith('index.html') && !isVersionFile(site, join(language!, name)),
      );
      expect(pages.length).toBeGreaterThan(15);
      for (const name of pages) {
        const links = selectAll(
          '.site-nav a',
          readPage(site, join(language!, name.replace(/\/?index\.html$/, ''))),
        ).map((link) => String(link.properties.href));
        expect(links, `${language}/${name}`).toEqual(
          expect.arrayContaining([archive, retention, search]),
        );
      }
    }
    // The root page, for a browser that does not follow its refresh, too.
    const root = selectAll('a', readPage(site, '')).map((link) => String(link.properties.href));
    expect(root).toEqual(
      expect.arrayContaining(['/de/versionen/', '/en/versions/', '/fr/versions/']),
    );
  });

  it("titles each audience's view for whom it is, in each language", () => {
    expect(visibleText(page('de/patienten'), 'h1')).toBe(
      'Datenschutzerklärung für Patientinnen und Patienten',
    );
    expect(visibleText(page('en/staff'), 'h1')).toMatch(/ for staff and applicants$/);
    expect(
      select('title', page('fr/accompagnants'))
        ?.children.map((child) => ('value' in child ? child.value : ''))
        .join(''),
    ).toMatch(/pour les accompagnants et proches/);
  });

  it('counts with the plural forms of each language on a comparison', () => {
    const figures = (path: string) => visibleText(page(path), '.changes-list__figures');
    expect(figures('de/aenderungen/2024-03-01/2025-04-01')).toMatch(
      /^\d+ Änderungen?: \d+ (hinzugefügt|entfernt|geändert|verschoben)(, \d+ (hinzugefügt|entfernt|geändert|verschoben))* · \d+ Wörter? hinzugefügt · \d+ Wörter? entfernt$/,
    );
    for (const path of [
      'de/aenderungen/2024-03-01/2025-04-01',
      'en/changes/2024-03-01/2025-04-01',
      'fr/modifications/2024-03-01/2025-04-01',
    ]) {
      expect(figures(path), path).not.toMatch(
        /(^|· )1 (Änderungen|Wörter|changes|words|modifications|mots)\b/,
      );
      expect(figures(path), path).not.toMatch(
        /(^|· )([02-9]|\d{2,}) (Änderung|Wort|change|word|modification|mot)\b/,
      );
      expect(figures(path), path).not.toMatch(/\b([02-9]|\d{2,}) (ajoutée|supprimée|modifiée)\b/);
    }
  });
});
