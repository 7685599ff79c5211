/**
 * Amounts of time in the words of a language ("6 maanden", "zes maanden", "twelve months",
 * "höchstens 30 Tage"): what they say, for comparing the words of a retention with its marked
 * period. Unit words come from Intl, for any language; beyond what Intl knows, this module has numbers written as
 * words ("zes", "twelve", "zwei", "trois"; Intl can write numbers in digits only) and the words
 * that make a period a maximum ("maximaal", "up to", "höchstens", "au maximum"). By the primary
 * language subtag; a language not listed has digits only and no maximum words, so that its periods
 * are compared only where they are written in digits.
 */

// prettier-ignore
const NUMBERS: Record<string, Record<string, number>> = {
  nl: {
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
    tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16,
    zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40,
    vijftig: 50, zestig: 60, negentig: 90, honderd: 100,
  },
  en: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
    nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
    fifty: 50, sixty: 60, ninety: 90, hundred: 100,
  },
  de: {
    ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4,
    fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
    neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
    neunzig: 90, hundert: 100,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
  },
};

/** Words that say a period is a maximum, as written (several words where a phrase). */
const MAXIMUM: Record<string, string[]> = {
  nl: ['maximaal', 'maximum', 'tot', 'ten hoogste', 'hooguit', 'niet langer dan'],
  en: ['up to', 'at most', 'maximum', 'no longer than', 'not longer than', 'no more than'],
  de: ['bis zu', 'höchstens', 'maximal', 'längstens', 'nicht länger als'],
  fr: ["jusqu'à", 'jusqu’à', 'au maximum', 'au plus', 'maximum', 'pas plus de'],
};

/** Unit words Intl does not write but the language uses ("année" beside Intl's "an"). */
const MORE_UNITS: Record<string, Partial<Record<string, string[]>>> = {
  nl: { year: ['jaren'] },
  fr: { year: ['année', 'années'] },
};

const primary = (language: string): string => language.toLowerCase().split('-')[0]!;

/** The number a word stands for in a language ("zes" is 6 in Dutch), if the project knows it. */
function numberWord(language: string, word: string): number | undefined {
  return NUMBERS[primary(language)]?.[word];
}

/** The words that make a period a maximum in a language; none for a language not listed. */
export function maximumWords(language: string): readonly string[] {
  return MAXIMUM[primary(language)] ?? [];
}

/** Words a language has for a unit of time beyond what Intl writes. */
function moreUnitWords(language: string, unit: string): readonly string[] {
  return MORE_UNITS[primary(language)]?.[unit] ?? [];
}

/** ISO 8601 designators of the units words can name, as Intl names the units. */
const UNITS = [
  ['year', 'Y'],
  ['month', 'M'],
  ['week', 'W'],
  ['day', 'D'],
  ['hour', 'H'],
] as const;

type Unit = (typeof UNITS)[number][0];

/** What the words of one retention say: the amounts of time they name, and whether as a maximum. */
export interface StatedDuration {
  amounts: { count: number; unit: Unit }[];
  maximum: boolean;
}

const unitWordsCache = new Map<string, Map<string, Unit>>();

/** Every form Intl writes of each unit in a language ("jaar", "maand", "maanden", "Jahre"), lower case. */
function unitWords(language: string): Map<string, Unit> {
  let words = unitWordsCache.get(language);
  if (words) return words;
  words = new Map();
  for (const [unit] of UNITS) {
    const format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' });
    // One count of each plural category the language has, so that every form is written once.
    for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 1.5]) {
      for (const part of format.formatToParts(count)) {
        if (part.type === 'unit') words.set(part.value.toLocaleLowerCase(language), unit);
      }
    }
    for (const word of moreUnitWords(language, unit)) words.set(word, unit);
  }
  unitWordsCache.set(language, words);
  return words;
}

/** The unit a word names: a form Intl writes, or one with an inflected ending ("Jahren", "maanden"). */
function unitOf(word: string, language: string): Unit | undefined {
  const words = unitWords(language);
  const exact = words.get(word);
  if (exact) return exact;
  for (const [form, unit] of words) {
    if (form.length >= 3 && word.startsWith(form) && word.length - form.length <= 2) return unit;
  }
  return undefined;
}

/** The amounts of time and the maximum that words state, in their language (a BCP 47 tag). */
export function statedDuration(text: string, language: string): StatedDuration {
  const lower = text.toLocaleLowerCase(language);
  const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(lower)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
  const amounts: StatedDuration['amounts'] = [];
  words.forEach((word, index) => {
    const count = /^\d+$/.test(word) ? Number(word) : numberWord(language, word);
    const next = words[index + 1];
    if (count === undefined || next === undefined) return;
    const unit = unitOf(next, language);
    if (unit) amounts.push({ count, unit });
  });
  const spaced = ` ${words.join(' ').replace(/[’']/g, ' ').replace(/\s+/g, ' ')} `;
  const maximum = maximumWords(language).some((phrase) =>
    spaced.includes(` ${phrase.toLocaleLowerCase(language).replace(/[’']/g, ' ')} `),
  );
  return { amounts, maximum };
}

/** The stated amounts as an ISO 8601 duration ("P1Y6M"). */
export function isoOf(amounts: StatedDuration['amounts']): string {
  const total = new Map<Unit, number>();
  for (const { count, unit } of amounts) total.set(unit, (total.get(unit) ?? 0) + count);
  const date = UNITS.filter(([unit]) => unit !== 'hour' && total.has(unit))
    .map(([unit, letter]) => `${total.get(unit)}${letter}`)
    .join('');
  return `P${date}${total.has('hour') ? `T${total.get('hour')}H` : ''}`;
}
