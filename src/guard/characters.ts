import { unicodeName } from 'unicode-name';
import { remove as removeConfusables } from 'confusables';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { LanguageConfig } from '../schemas/site-schema.ts';

/**
 * Characters a reader cannot see, or that make the text show other than it is stored: control
 * and format characters (bidirectional controls U+202A–U+202E and U+2066–U+2069, zero-width
 * space and joiners, word joiner, BOM, soft hyphen), everything Unicode marks as ignorable by
 * default, line and paragraph separators, private-use and unassigned code points. Tab, line feed
 * and carriage return are the only controls text needs.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

export interface TextRules {
  /** ISO 15924 codes of the scripts letters may be written in (Latn); 'any' before they are known. */
  scripts: readonly string[] | 'any';
  /** Code points of hidden characters the language needs (U+200C for Persian); refused otherwise. */
  allowed?: ReadonlySet<number>;
  /** For Intl.Segmenter: which language's word rules split the text into words. */
  locale: string;
}

export interface CharacterProblem {
  /** What rule the text breaks: a hidden character, not NFC, a look-alike form of a letter, a letter of another script. */
  kind: 'hidden' | 'normalization' | 'compatibility' | 'script';
  line: number;
  /** 1-based, counted in UTF-16 code units as editors do. */
  column: number;
  message: string;
  fix: string;
}

/** "U+200B ZERO WIDTH SPACE" */
export function describeCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${unicodeName(codePoint) ?? 'UNNAMED'}`;
}

/** The usual script of a language, from Intl (nl -> Latn, ru -> Cyrl, el -> Grek). */
export function defaultScripts(languageCode: string): string[] {
  const script = new Intl.Locale(languageCode).maximize().script;
  return script ? [script] : ['Latn'];
}

/**
 * Every character problem of a text: hidden characters, letters from another script than the
 * language's (a Cyrillic "а" in a Latin word looks the same and is not), and text that is not
 * in Unicode normalization form C (so that what looks the same is stored the same).
 */
export function checkCharacters(text: string, rules: TextRules): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  const lines = text.split('\n');
  const scripts = rules.scripts;
  const foreign = scripts === 'any' ? () => false : foreignLetterTest(scripts);
  const segmenter = new Intl.Segmenter(rules.locale, { granularity: 'word' });
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    for (const match of line.matchAll(HIDDEN)) {
      const codePoint = match[0].codePointAt(0)!;
      if (ALLOWED_CONTROLS.has(codePoint) || rules.allowed?.has(codePoint)) continue;
      problems.push({
        kind: 'hidden',
        line: lineNumber,
        column: match.index + 1,
        ...hiddenCharacter(codePoint, line, match.index),
      });
    }
    if (line.normalize('NFC') !== line) {
      const column = firstUnnormalized(line);
      problems.push({
        kind: 'normalization',
        line: lineNumber,
        column: column + 1,
        message: `the text is not in Unicode normalization form C: "${line.slice(column, column + 2)}" (${[...line.slice(column, column + 2)].map((c) => describeCodePoint(c.codePointAt(0)!)).join(' + ')}) is stored differently from the same-looking "${line.slice(column, column + 2).normalize('NFC')}"`,
        fix: 'retype the word, or save the file with NFC normalization (most editors do this when you retype the accented letter)',
      });
    }
    for (const segment of segmenter.segment(line)) {
      if (!segment.isWordLike) continue;
      const letters = [...segment.segment];
      const variant = letters.find(isCompatibilityLetter);
      if (variant) {
        problems.push({
          kind: 'compatibility',
          line: lineNumber,
          column: segment.index + segment.segment.indexOf(variant) + 1,
          message: `the word "${segment.segment}" has "${variant}" (${describeCodePoint(variant.codePointAt(0)!)}), a look-alike form of "${variant.normalize('NFKC')}"; search, screen readers and anyone copying the word read it as another letter`,
          fix: `retype the word with the plain letter${variant.normalize('NFKC').length > 1 ? 's' : ''} "${variant.normalize('NFKC')}"`,
        });
        continue;
      }
      const strangers = letters.filter((letter) => foreign(letter));
      if (strangers.length === 0) continue;
      const first = strangers[0]!;
      const column = segment.index + segment.segment.indexOf(first) + 1;
      const mixed =
        strangers.length < letters.filter((letter) => /[\p{L}\p{Nd}]/u.test(letter)).length;
      const lookalike = latinLookalike(segment.segment);
      problems.push({
        kind: 'script',
        line: lineNumber,
        column,
        message: mixed
          ? `the word "${segment.segment}" mixes scripts: "${first}" is ${describeCodePoint(first.codePointAt(0)!)}, not a letter of ${(scripts as string[]).join('/')}${lookalike ? `; the word looks like "${lookalike}"` : ''}`
          : `the word "${segment.segment}" is written in letters outside ${(scripts as string[]).join('/')} (${describeCodePoint(first.codePointAt(0)!)})${lookalike ? ` that look like "${lookalike}"` : ''}`,
        fix:
          mixed || lookalike
            ? 'retype the word on your own keyboard: a look-alike letter from another script makes the word read differently for search, screen readers and anyone copying it'
            : `if this language really uses these letters, add their script to languages[].scripts in content/site.yaml; otherwise retype the word`,
      });
    }
  });
  return problems;
}

/** checkCharacters as problems of a content file (errors at file:line:column), optionally of some kinds only. */
export function characterProblems(
  text: string,
  rules: TextRules,
  file: string,
  kinds?: readonly CharacterProblem['kind'][],
): ContentProblem[] {
  return checkCharacters(text, rules)
    .filter((problem) => !kinds || kinds.includes(problem.kind))
    .map((problem) => ({
      file: `${file}:${problem.line}:${problem.column}`,
      message: problem.message,
      fix: problem.fix,
      severity: 'error',
    }));
}

function hiddenCharacter(
  codePoint: number,
  line: string,
  index: number,
): { message: string; fix: string } {
  const name = describeCodePoint(codePoint);
  const around = `${line.slice(Math.max(0, index - 12), index)}⟦here⟧${line.slice(index + String.fromCodePoint(codePoint).length, index + 14)}`;
  const what = BIDI_CONTROLS.test(String.fromCodePoint(codePoint))
    ? 'a bidirectional control character, which makes text show in another order than it is stored'
    : /\p{Cc}/u.test(String.fromCodePoint(codePoint))
      ? 'a control character'
      : /[\p{Co}\p{Cn}]/u.test(String.fromCodePoint(codePoint))
        ? 'a private-use or unassigned code point, which shows as nothing or as a box'
        : 'an invisible character';
  return {
    message: `${name}: ${what}, in "${around}"`,
    fix: 'delete it (it is invisible in most editors: delete the characters around the place shown and retype them). If a language of the site needs it, allow it for that language with languages[].formatCharacters in content/site.yaml',
  };
}

/** Index of the character where the line stops being NFC: the letter before the mark that should join it. */
function firstUnnormalized(line: string): number {
  for (let end = 1; end <= line.length; end++) {
    if (line.slice(0, end).normalize('NFC') !== line.slice(0, end)) return Math.max(0, end - 2);
  }
  return 0;
}

/**
 * A letter that Unicode keeps only for compatibility with older character sets, and that stands
 * for other, plain letters (NFKC): a fullwidth "ｐ", a mathematical "𝐩", a ligature "ﬁ", a
 * superscript "ⁿ". It looks like the plain letters and is not them. The letters of Latin-1 and
 * Latin Extended-A belong to the alphabets of European languages (the ordinal indicators "º" and
 * "ª", the Dutch "ĳ") and are left alone.
 */
function isCompatibilityLetter(letter: string): boolean {
  // Hidden letters (the Hangul filler) are reported as hidden characters already.
  if (
    letter.codePointAt(0)! < 0x180 ||
    !/^\p{L}$/u.test(letter) ||
    /^\p{Default_Ignorable_Code_Point}$/u.test(letter)
  )
    return false;
  const plain = letter.normalize('NFKC');
  return plain !== letter && /^\p{L}+$/u.test(plain);
}

const scriptTests = new Map<string, (letter: string) => boolean>();

/** Whether a letter or digit is outside the given scripts; ASCII digits and marks never are. */
function foreignLetterTest(scripts: readonly string[]): (letter: string) => boolean {
  const key = scripts.join(',');
  let test = scriptTests.get(key);
  if (!test) {
    const inScripts = new RegExp(
      `^[${scripts.map((script) => `\\p{Script_Extensions=${script}}`).join('')}]$`,
      'u',
    );
    const verdicts = new Map<string, boolean>();
    test = (letter) => {
      let verdict = verdicts.get(letter);
      if (verdict === undefined) {
        verdict =
          /^[\p{L}\p{Nd}]$/u.test(letter) &&
          !/^[0-9]$/.test(letter) &&
          !/^\p{Default_Ignorable_Code_Point}$/u.test(letter) &&
          !inScripts.test(letter);
        verdicts.set(letter, verdict);
      }
      return verdict;
    };
    scriptTests.set(key, test);
  }
  return test;
}

/** What a word of look-alike letters reads as in plain Latin letters, if it does (Unicode's confusables, through the confusables package). */
function latinLookalike(word: string): string | undefined {
  const cured = removeConfusables(word).toLowerCase();
  return /^[a-z0-9]+$/.test(cured) && cured !== word.toLowerCase() ? cured : undefined;
}

/** What the characters of a language's text must obey. */
export function textRules(language: LanguageConfig): TextRules {
  return {
    scripts: language.scripts ?? defaultScripts(language.code),
    allowed: new Set(
      (language.formatCharacters ?? []).map((code) => Number.parseInt(code.slice(2), 16)),
    ),
    locale: language.intl,
  };
}
