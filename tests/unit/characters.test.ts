import { describe, expect, it } from 'vitest';
import { checkCharacters, defaultScripts, describeCodePoint } from '../../src/guard/characters.ts';

const latin = { scripts: ['Latn'], locale: 'nl-NL' };
const problems = (text: string, rules = latin) =>
  checkCharacters(text, rules).map(
    (problem) => `${problem.line}:${problem.column} ${problem.message}`,
  );

describe('hidden characters', () => {
  it.each([
    ['\u202A', 'LEFT-TO-RIGHT EMBEDDING'],
    ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
    ['\u202C', 'POP DIRECTIONAL FORMATTING'],
    ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
    ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
    ['\u2066', 'LEFT-TO-RIGHT ISOLATE'],
    ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
    ['\u2068', 'FIRST STRONG ISOLATE'],
    ['\u2069', 'POP DIRECTIONAL ISOLATE'],
    ['\u200E', 'LEFT-TO-RIGHT MARK'],
  ])('refuses the bidirectional control U+%#, naming it (%s)', (character, name) => {
    const [problem] = problems(`Wij vinden jouw ${character}privacy belangrijk.`);
    expect(problem).toMatch(
      new RegExp(`^1:17 U\\+[0-9A-F]{4} ${name}: a bidirectional control character`),
    );
  });

  it.each([
    ['\u200B', 'U+200B ZERO WIDTH SPACE'],
    ['\u200C', 'U+200C ZERO WIDTH NON-JOINER'],
    ['\u200D', 'U+200D ZERO WIDTH JOINER'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
    ['\u00AD', 'U+00AD SOFT HYPHEN'],
    ['\u034F', 'U+034F COMBINING GRAPHEME JOINER'],
    ['\uFE0F', 'U+FE0F VARIATION SELECTOR-16'],
    ['\u3164', 'U+3164 HANGUL FILLER'],
    ['\u{E0041}', 'U+E0041 TAG LATIN CAPITAL LETTER A'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\u0007', 'U+0007 ALERT'],
    ['\uE000', 'U+E000'],
  ])('refuses an invisible character inside a word (%#: %s)', (character, name) => {
    const found = problems(`pri${character}vacy`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`1:4 ${name}`);
  });

  it('counts the line and column of the file', () => {
    expect(problems('regel een\nregel\u200Btwee')).toEqual([
      expect.stringMatching(/^2:6 U\+200B ZERO WIDTH SPACE/),
    ]);
  });

  it('allows what text needs: tabs, line breaks, accents, non-breaking spaces, typographic quotes', () => {
    expect(problems('een\ttab\r\nen “één” geüpload, 7\u00A0jaar — café')).toEqual([]);
  });

  it('allows a joiner for a language that is configured to need it, and only that one', () => {
    const persian = { scripts: ['Arab'], locale: 'fa', allowed: new Set([0x200c]) };
    expect(problems('می\u200Cخواهم', persian)).toEqual([]);
    expect(problems('می\u200Dخواهم', persian)).toHaveLength(1);
  });
});

describe('look-alike letters', () => {
  it('refuses a Cyrillic letter in a Latin word, and says what the word looks like', () => {
    const [problem] = problems('Welkom bij \u0421achet.');
    expect(problem).toMatch(
      /^1:12 the word "Сachet" mixes scripts: "С" is U\+0421 CYRILLIC CAPITAL LETTER ES, not a letter of Latn; the word looks like "cachet"/,
    );
  });

  it('refuses a Greek letter in a Latin word', () => {
    expect(problems('priv\u03B1cy')[0]).toMatch(
      /"privαcy" mixes scripts: "α" is U\+03B1 GREEK SMALL LETTER ALPHA/,
    );
  });

  it('refuses a whole word of look-alike letters from another script', () => {
    expect(problems('\u0441\u0430\u0441\u0435')[0]).toMatch(
      /the word "сасе" is written in letters outside Latn .* that look like "cace"/,
    );
  });

  it('refuses mathematical letters that look like plain ones', () => {
    expect(problems('\u{1D402}\u{1D41A}\u{1D41C}\u{1D421}\u{1D41E}\u{1D42D}')[0]).toMatch(
      /MATHEMATICAL BOLD CAPITAL C/,
    );
  });

  it.each([
    ['ｐrivacy', 'ｐ', 'U+FF50 FULLWIDTH LATIN SMALL LETTER P', 'p'],
    ['Ｃachet', 'Ｃ', 'U+FF23 FULLWIDTH LATIN CAPITAL LETTER C', 'C'],
    ['oﬃce', 'ﬃ', 'U+FB03 LATIN SMALL LIGATURE FFI', 'ffi'],
    ['kaⁿs', 'ⁿ', 'U+207F SUPERSCRIPT LATIN SMALL LETTER N', 'n'],
  ])(
    'refuses a look-alike form of a letter of the same script (%s)',
    (word, letter, name, plain) => {
      expect(problems(`Welkom ${word}`)).toEqual([
        `1:${8 + word.indexOf(letter)} the word "${word}" has "${letter}" (${name}), a look-alike form of "${plain}"; search, screen readers and anyone copying the word read it as another letter`,
      ]);
    },
  );

  it('accepts the letters of the language, whatever their accents', () => {
    expect(problems('Ærø, façade, Müller, ĳsje, naïef, Œuvre, 1º, 2ª')).toEqual([]);
    expect(problems('Привет мир', { scripts: ['Cyrl'], locale: 'ru' })).toEqual([]);
    expect(defaultScripts('el')).toEqual(['Grek']);
    expect(defaultScripts('nl')).toEqual(['Latn']);
  });
});

describe('normalization', () => {
  it('reports text that is not NFC, where it starts', () => {
    const [problem] = problems('Een cafe\u0301 hier');
    expect(problem).toContain(
      '1:8 the text is not in Unicode normalization form C: "e\u0301" (U+0065 LATIN SMALL LETTER E + U+0301 COMBINING ACUTE ACCENT) is stored differently from the same-looking "\u00e9"',
    );
  });

  it('names code points the way Unicode does', () => {
    expect(describeCodePoint(0x200b)).toBe('U+200B ZERO WIDTH SPACE');
  });
});
