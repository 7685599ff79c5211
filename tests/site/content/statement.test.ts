import { expect, it } from 'vitest';
import { readPage, visibleText } from '../../helpers/html.ts';
import { AUDIENCE_TITLES, seedLines, seedParts, sentences, type SeedAudience } from '../../helpers/seed.ts';
import { builtSite, describeContent } from '../../helpers/sites.ts';

const TEST_SITE = builtSite();

const ROLE_PAGES: Record<SeedAudience, string> = {
  visitor: 'nl/bezoeker',
  'client-contact': 'nl/relatie',
  'job-seeker': 'nl/werkzoekende',
  employee: 'nl/medewerker',
};

describeContent('the full Dutch statement', () => {
  const text = visibleText(readPage(TEST_SITE, 'nl/volledig'));

  it('contains every sentence of the seed, word for word', () => {
    const missing = sentences(seedLines()).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('keeps the seed order of the audience sections', () => {
    const positions = Object.values(AUDIENCE_TITLES).map((title) => text.indexOf(title));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('rejoins the paragraphs the PDF extraction broke', () => {
    expect(text).toContain('Je gegevens zijn alleen toegankelijk voor degenen binnen de organisatie');
    expect(text).toContain('een verkeersongeval met regresmogelijkheid en informatie over je herstel');
  });
});

describeContent.each(Object.keys(ROLE_PAGES) as SeedAudience[])('the audience view for %s', (audience) => {
  const parts = seedParts();
  const page = readPage(TEST_SITE, ROLE_PAGES[audience]);
  const text = visibleText(page);

  it('contains the general sections and its own section, word for word', () => {
    const expected = sentences([...parts.general, ...parts.audiences[audience]]);
    expect(expected.filter((sentence) => !text.includes(sentence))).toEqual([]);
  });

  it('contains nothing of the other audiences', () => {
    const own = [...parts.general, ...parts.audiences[audience]].join(' ');
    const foreign = (Object.keys(ROLE_PAGES) as SeedAudience[])
      .filter((other) => other !== audience)
      .flatMap((other) => sentences(parts.audiences[other]))
      .filter((sentence) => !own.includes(sentence));
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.filter((sentence) => text.includes(sentence))).toEqual([]);
  });
});
