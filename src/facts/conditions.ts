/**
 * How a condition opens, in the languages the project knows: "Als je jezelf ziek meldt", "If you
 * report sick", "Wenn Sie … abholen", "Lorsque vous …", and what the reader has done ("Je hebt je
 * ingeschreven", "You have registered"). Words like these say when data is processed, not what for:
 * a <Purpose> mark around them states no purpose, and a summary must not show them as one.
 * A language not listed has no such words, so that every mark of it counts as a purpose.
 */
const OPENINGS: Record<string, string[]> = {
  nl: [
    'als',
    'indien',
    'wanneer',
    'zodra',
    'mits',
    'tenzij',
    'ingeval',
    'in (?:het )?geval',
    'voor het geval',
    '(?:je|jij|u) (?:heb|hebt|heeft|bent|ben|had|was)',
  ],
  en: [
    'if',
    'unless',
    'whenever',
    'once',
    'in case',
    'in the event',
    'provided',
    // "When handling claims" names an activity; "When you report sick" a condition.
    'when(?! \\p{L}+ing(?![\\p{L}\\p{N}]))',
    "you(?: have|'ve|’ve| are|'re|’re| had)",
  ],
  de: [
    'wenn',
    'falls',
    'sofern',
    'sobald',
    'soweit',
    'im fall',
    'für den fall',
    'sie (?:haben|sind|hatten|waren)',
    'du (?:hast|bist|hattest|warst)',
  ],
  fr: [
    'si',
    'sauf si',
    'lorsque',
    'quand',
    'dès que',
    'au cas où',
    'dans le cas où',
    'pour le cas où',
    'en cas de',
    'vous (?:avez|êtes|aviez|étiez)',
    'tu (?:as|es|avais|étais)',
  ],
};

/** Openings that end in an apostrophe run on into the next word ("lorsqu’il", "s’il"). */
const ELIDED: Record<string, string[]> = {
  fr: ['lorsqu', 's', 'dès qu', 'en cas d'],
};

const patterns = new Map<string, RegExp | undefined>();

function patternOf(language: string): RegExp | undefined {
  const primary = language.split('-')[0]!.toLowerCase();
  if (!patterns.has(primary)) {
    const whole = (OPENINGS[primary] ?? []).map((opening) => `${opening}(?![\\p{L}\\p{N}])`);
    const elided = (ELIDED[primary] ?? []).map((opening) => `${opening}['’]`);
    const all = [...whole, ...elided];
    patterns.set(primary, all.length ? new RegExp(`^(?:${all.join('|')})`, 'iu') : undefined);
  }
  return patterns.get(primary);
}

/** Whether the words of a <Purpose> mark open a condition rather than state a purpose. */
export function isCondition(words: string, language: string): boolean {
  return patternOf(language)?.test(words.trim()) ?? false;
}
