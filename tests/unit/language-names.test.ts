// How the pages name a language of the site: by the language alone, unless two of the site's
// languages share it and only the region tells them apart.
import { describe, expect, it } from 'vitest';
import { siteLanguageName } from '../../src/i18n/language-names.ts';

describe('the name of a language of the site', () => {
  it('is the language alone when no other language of the site shares it', () => {
    expect(siteLanguageName('fr', 'de-CH', ['de-CH', 'fr-CH', 'it-CH'])).toBe('allemand');
    expect(siteLanguageName('en', 'nl-BE', ['nl-BE', 'fr-BE'])).toBe('Dutch');
    expect(siteLanguageName('nl', 'nl', ['nl', 'en'])).toBe('Nederlands');
  });

  it('names the region where two languages of the site share the language', () => {
    expect(siteLanguageName('en', 'pt-BR', ['pt-BR', 'pt-PT'])).toBe('Brazilian Portuguese');
    expect(siteLanguageName('en', 'pt-PT', ['pt-BR', 'pt-PT'])).toBe('European Portuguese');
    expect(siteLanguageName('de', 'de-AT', ['de-DE', 'de-AT'])).toBe('Österreichisches Deutsch');
  });
});
