// The site search in Chromium, on sites built for this run and served with their own response
// headers (the _headers file the build writes), so that the search page works under its header and meta CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/model/read-content.ts';
import { measureRelevance, type Relevance } from '../harness/search-relevance.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';
import { htmlFiles } from '../helpers/html.ts';
import { builtSite } from '../helpers/sites.ts';
import { ask, watchedPage } from './search-helpers.ts';
import { siteInBrowser } from './site-in-browser.ts';

// The second organisation: the behaviour of search, whatever the content.
const clinic = siteInBrowser('secondOrganization');

describe('search', () => {
  it('titles each result with where it is, and links to the passage itself, marked on arrival', async () => {
    const { page, context, problems } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      const found = await ask(page, '/de/suche/', 'Videosprechstunde');
      expect(found.results[0]).toMatchObject({
        title: 'Patientin oder Patient › Videosprechstunde',
        href: '/de/patienten/#patient-videosprechstunde-1',
      });
      for (const result of found.results)
        expect(result.href).toMatch(/^\/de\/[a-z-]+\/#[\p{L}\p{N}_-]+$/u);
      await page.click(`[data-search-results] a[href="${found.results[0]!.href}"]`);
      await page.waitForURL('**/de/patienten/#patient-videosprechstunde-1');
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target');
        return (
          element && {
            tag: element.tagName,
            text: element.textContent?.trim().slice(0, 40).trim(),
            outline: getComputedStyle(element).outlineStyle,
            background: getComputedStyle(element).backgroundColor,
          }
        );
      });
      expect(target).toMatchObject({ tag: 'LI', text: 'Wenn Sie eine Videosprechstunde wählen,' });
      expect(target!.outline !== 'none' || target!.background !== 'rgba(0, 0, 0, 0)').toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("keeps the passages for everyone under an audience filter, and opens them on that audience's page", async () => {
    const { page, context, problems } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      const all = await ask(page, '/de/suche/', 'Auskunft');
      const general = all.results.filter((result) => result.href.startsWith('/de/vollstaendig/'));
      expect(general.length).toBeGreaterThan(0);
      expect(general[0]!.title).toMatch(/^Für alle › /);
      const filtered = await ask(page, '/de/suche/', 'Auskunft', 'staff');
      const anchors = (list: { href: string }[]) => list.map((result) => result.href.split('#')[1]);
      expect(anchors(filtered.results)).toEqual(expect.arrayContaining(anchors(general)));
      for (const result of filtered.results) expect(result.href).toMatch(/^\/de\/mitarbeitende\/#/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds the retention schedule for a question about how long', async () => {
    const { page, context } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      const found = await ask(page, '/de/suche/', 'wie lange speichern Sie meine Daten');
      expect(found.results.slice(0, 5).map((result) => result.href)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\/de\/speicherfristen\/#retention-/)]),
      );
    } finally {
      await context.close();
    }
  });

  it('offers the audience views, the retention schedule and the contact details when nothing is found', async () => {
    const { page, context } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      const found = await ask(page, '/fr/recherche/', 'xyzzy');
      expect(found.results).toEqual([]);
      expect(found.status).toBe('Aucun résultat pour « xyzzy ».');
      const offered = await page
        .locator('[data-search-none]:visible a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(offered).toEqual([
        '/fr/patients/',
        '/fr/accompagnants/',
        '/fr/personnel/',
        '/fr/conservation/',
        '#contact-title',
      ]);
    } finally {
      await context.close();
    }
  });

  it('says it cannot search when the index does not load, and links to the full statement', async () => {
    const { page, context } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      await page.route('**/pagefind/**', (route) => route.abort('failed'));
      const found = await ask(page, '/en/search/', 'consent');
      expect(found.failed).toBe(true);
      expect(await page.locator('[data-search-error]').textContent()).toContain(
        'full privacy statement',
      );
      expect(await page.locator('[data-search-error] a').getAttribute('href')).toBe('/en/full/');
      expect(found.results).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('counts results with the plural rules of the language', async () => {
    const { page, context } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      const one = await ask(page, '/en/search/', 'Videosprechstunde video consultation recorded');
      // The count in words, as English says it: "1 result", "2 results", never "1 results". The
      // page shows the first results first, so the count is at least the results on the page.
      const count = Number(/^\d+/.exec(one.status)?.[0]);
      expect(count).toBeGreaterThanOrEqual(Math.max(1, one.results.length));
      expect(one.status).toBe(
        `${count} ${count === 1 ? 'result' : 'results'} for “Videosprechstunde video consultation recorded”`,
      );
    } finally {
      await context.close();
    }
  });

  it('is only on the search pages: every other page is free of scripts', () => {
    const site = builtSite('secondOrganization');
    const withScript = htmlFiles(site).filter((file) =>
      [...readFileSync(join(site, file), 'utf8').matchAll(/<script\b([^>]*)>/g)].some(
        (match) => !/type="application\/ld\+json"/.test(match[1]!),
      ),
    );
    expect(withScript).toEqual([
      'de/suche/index.html',
      'en/search/index.html',
      'fr/recherche/index.html',
    ]);
  });

  it("runs under the search page's CSP, which alone allows WebAssembly", async () => {
    const { page, context, problems } = await watchedPage(clinic.browser(), clinic.server().origin);
    try {
      const response = await page.goto('/de/suche/?q=Daten');
      expect(response?.headers()['content-security-policy']).toContain(
        "script-src 'self' 'wasm-unsafe-eval'",
      );
      expect(
        await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'),
      ).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      await page.waitForFunction(() =>
        document.querySelector('[data-search-status]')?.textContent?.trim(),
      );
      await page.goto('/de/patienten/');
      expect(
        await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'),
      ).not.toContain('wasm-unsafe-eval');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

// The project's own relevance set (content/search.yaml): the search answers readers' questions.
const project = siteInBrowser('project');
const content = readContent(PROJECT_ROOT).content!;
/** At least this share of the questions has an answering passage among the first three (set from the figures in docs/benchmarks.md). */
const IN_TOP_THREE = 0.85;
/** And the first answering passage is, on average, this high or higher (mean reciprocal rank). */
const MEAN_RECIPROCAL_RANK = 0.75;

describe.runIf(Object.values(content.search.questions).some((questions) => questions.length > 0))(
  'the relevance set of content/search.yaml',
  () => {
    let measured: Relevance[];
    beforeAll(async () => {
      measured = await measureRelevance(project.browser(), project.server().origin, content, {
        timing: false,
      });
      console.info(
        measured
          .map(
            (result) =>
              `${result.locale}: ${result.questions} questions, answer first ${(result.atOne * 100).toFixed(0)} %, in top 3 ${(result.inTopThree * 100).toFixed(0)} %, P@3 ${result.precisionAtThree.toFixed(2)}, MRR ${result.meanReciprocalRank.toFixed(2)}`,
          )
          .join('\n'),
      );
    }, 120_000);

    it('has at least 30 questions in every language of the site', () => {
      for (const language of content.site.languages)
        expect(
          content.search.questions[language.code]?.length ?? 0,
          language.code,
        ).toBeGreaterThanOrEqual(30);
    });

    it(`answers at least ${IN_TOP_THREE * 100} % of them in the first three results, in every language`, () => {
      for (const result of measured)
        expect(
          result.inTopThree,
          `${result.locale}:\n${result.misses.join('\n')}`,
        ).toBeGreaterThanOrEqual(IN_TOP_THREE);
    });

    it(`ranks the first answer high: mean reciprocal rank at least ${MEAN_RECIPROCAL_RANK}`, () => {
      for (const result of measured)
        expect(result.meanReciprocalRank, result.locale).toBeGreaterThanOrEqual(
          MEAN_RECIPROCAL_RANK,
        );
    });
  },
);
