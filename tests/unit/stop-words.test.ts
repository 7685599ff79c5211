import { describe, expect, it } from 'vitest';
import { stopWordsOf } from '../../src/i18n/stop-words.ts';

describe('stop words', () => {
  it('come from the list of the language, named by its BCP 47 tag', () => {
    expect(stopWordsOf('nl')).toEqual(expect.arrayContaining(['mijn', 'de', 'het', 'en']));
    expect(stopWordsOf('en-GB')).toEqual(expect.arrayContaining(['my', 'the', 'do']));
    expect(stopWordsOf('de')).toEqual(expect.arrayContaining(['meine', 'und']));
    expect(stopWordsOf('fr')).toEqual(expect.arrayContaining(['mes', 'les']));
  });

  it('leave the words that say what a reader looks for', () => {
    for (const word of ['bewaren', 'gegevens', 'lang'])
      expect(stopWordsOf('nl')).not.toContain(word);
    for (const word of ['keep', 'data', 'long', 'delete'])
      expect(stopWordsOf('en')).not.toContain(word);
  });

  it('are none for a language without a list: every word is searched', () => {
    expect(stopWordsOf('tlh')).toEqual([]);
    expect(stopWordsOf('xx')).toEqual([]);
  });
});
